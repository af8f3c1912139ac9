import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The tree stores each node in 16 bytes: no end mark, no resolved number, and the start column
/// packed beside the node's kind. These pin that every value and place reads back as before.
@Suite struct CompactTreeTests {
  func root(_ text: String, limits: YAMLLimits = .default) throws -> YAMLNode {
    let result = YAMLReader(limits: limits).read(text, file: "t.yaml")
    #expect(result.errors.isEmpty, "\(result.errors)")
    return try #require(result.documents.first?.root)
  }

  @Test func taggedScalarsReadBackAsTheirTagsValue() throws {
    let node = try root("f: !!float 1\ni: !!int \"12\"\nb: !!bool 'true'\nn: !!null ~\ng: !!float -2.5\n")
    #expect(node["f"]?.value == .float(1))
    #expect(node["i"]?.value == .int(12))
    #expect(node["b"]?.value == .bool(true))
    #expect(node["n"]?.value == .null)
    #expect(node["g"]?.value == .float(-2.5))
  }

  @Test(arguments: [
    ("999999999999999999", YAMLScalar.Value.int(999_999_999_999_999_999)),
    ("9223372036854775807", .int(Int.max)), ("-9223372036854775808", .int(Int.min)),
    ("9223372036854775808", .float(9_223_372_036_854_775_808)), ("+007", .int(7)), ("-0", .int(0)),
    ("-12", .int(-12)), ("0", .int(0)), ("-a", .string), ("--1", .string), ("1-2", .string), ("12a", .string),
  ])
  func integersResolveExactlyOnBothSidesOfTheShortPath(text: String, expected: YAMLScalar.Value) throws {
    let node = try #require(try root("v: \(text)\n")["v"])
    #expect(node.value == expected)
    #expect(node.text == text)
  }

  @Test(arguments: ["nul", "nulll", "NuLL", "tRUE", "truth", "falsey", "FaLSE", "f", "n", "t", "name", "type"])
  func wordsThatOnlyLookLikeCoreValuesStayStrings(word: String) throws {
    let node = try #require(try root("v: \(word)\n")["v"])
    #expect(node.value == .string)
  }

  @Test func keysRepeatedAcrossItemsReadBackAsWrittenWhenTheirTextIsShared() throws {
    // aXb and aYb fall in the same slot of the key table (same length and end bytes).
    let node = try root(
      "- {aXb: 1, aYb: 2, id: x}\n- {aYb: 3, aXb: 4, id: id}\n- {aXb: aXb, &k id: 5, other: *k}\n")
    let keys = node.items.map { $0.pairs.map(\.keyText) }
    #expect(keys == [["aXb", "aYb", "id"], ["aYb", "aXb", "id"], ["aXb", "id", "other"]])
    #expect(node.items[1]["aXb"]?.value == .int(4))
    #expect(node.items[2]["aXb"]?.text == "aXb")
    #expect(node.items[2]["other"]?.text == "id")
  }

  @Test func aDuplicateKeyIsStillFoundWhenItsTextIsShared() throws {
    let marked = MarkedText("- name: a\n  1️⃣name: b\n- name: c\n  id: d\n  2️⃣name: e\n")
    let result = YAMLReader().read(marked.text, file: "t.yaml")
    let places = result.errors.compactMap { error -> TillitYAML.SourceLocation? in
      if case .duplicateKey(_, _, let second) = error { return second }
      return nil
    }
    #expect(places == [marked.location("1️⃣", file: "t.yaml"), marked.location("2️⃣", file: "t.yaml")])
  }

  @Test func aDocumentWithNothingInItIsDroppedButAnExplicitNullIsKept() throws {
    let result = YAMLReader().read("---\n---\n~\n---\n# only a comment\n---\nnull\n", file: "t.yaml")
    #expect(result.errors.isEmpty)
    #expect(result.documents.map(\.index) == [1, 3])
    #expect(result.documents.map(\.root.isNull) == [true, true])
  }

  @Test func aColumnPastSixteenMillionIsClampedNotWrapped() throws {
    // Only reachable with a file limit raised past the default 16 MiB.
    let spaces = String(repeating: " ", count: 16_777_300)
    let node = try root("[" + spaces + "x]\n", limits: YAMLLimits(maxFileBytes: 32 << 20))
    #expect(node.items.count == 1)
    let item = node.items[0]
    #expect(item.start == Mark(line: 1, column: 16_777_215))
    #expect(item.text == "x")
  }

  @Test(arguments: [
    "", " ", " \t ", "\u{3000}", "\u{A0}", " \u{301}", "\u{2028}", "a", " a ", "\u{200B}", "å", " \u{301}x",
    "\u{FEFF}",
  ])
  func blankTextIsDecidedAsStringWhitespaceDecidesIt(text: String) throws {
    let escaped = text.unicodeScalars.map { "\\U\(String(format: "%08X", $0.value))" }.joined()
    let node = try #require(try root("v: \"\(escaped)\"\n")["v"])
    #expect(node.text == text)
    #expect(node.isBlankText == text.allSatisfy(\.isWhitespace))
  }
}
