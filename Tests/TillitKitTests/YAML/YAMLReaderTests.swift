import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

@Suite struct YAMLReaderTests {
  let reader = YAMLReader()

  func root(_ text: String) throws -> YAMLNode {
    let result = reader.read(text, file: "t.yaml")
    #expect(result.errors.isEmpty, "\(result.errors)")
    return try #require(result.documents.first?.root)
  }

  @Test(arguments: ["NO", "yes", "no", "on", "off", "Yes", "y", "n", "SE"])
  func yaml11BooleanWordsStayStrings(word: String) throws {
    let node = try #require(try root("country: \(word)\n")["country"])
    #expect(node.value == .string)
    #expect(node.text == word)
  }

  @Test(arguments: [
    ("true", YAMLScalar.Value.bool(true)), ("false", .bool(false)), ("True", .bool(true)),
    ("FALSE", .bool(false)), ("~", .null), ("null", .null), ("", .null), ("42", .int(42)),
    ("-7", .int(-7)), ("0o17", .int(15)), ("0x1F", .int(31)), ("3.5", .float(3.5)),
    ("1e3", .float(1000)), (".5", .float(0.5)), ("-.inf", .float(-.infinity)),
  ])
  func plainScalarsResolveByTheCoreSchema(text: String, expected: YAMLScalar.Value) throws {
    let node = try #require(try root("v: \(text)\n")["v"])
    #expect(node.value == expected)
  }

  @Test(arguments: ["1.2.3", "9.2.h", "2025-01-15", "P3Y", "012abc", "1_000", "0b101", "+"])
  func numberLikeTextThatIsNotACoreNumberStaysAString(text: String) throws {
    let node = try #require(try root("v: \(text)\n")["v"])
    #expect(node.value == .string)
    #expect(node.text == text)
  }

  @Test func quotedAndBlockScalarsAreAlwaysStrings() throws {
    let node = try root("a: 'true'\nb: \"42\"\nc: |\n  null\n")
    #expect(node["a"]?.value == .string)
    #expect(node["b"]?.value == .string)
    #expect(node["c"]?.value == .string)
    #expect(node["c"]?.text == "null\n")
  }

  @Test func aTooLargeIntegerIsStillANumber() throws {
    let node = try #require(try root("v: 123456789012345678901234567890\n")["v"])
    guard case .float = node.value else {
      Issue.record("expected a float, got \(String(describing: node.value))")
      return
    }
  }

  @Test func nodesKnowTheirOneBasedLineAndColumnInUnicodeScalars() throws {
    let marked = MarkedText("namn: Åsa Öberg\nroll: 1️⃣lärare\nlista:\n  - 2️⃣x\n")
    let node = try root(marked.text)
    let roll = try #require(node["roll"])
    #expect(roll.start.location(in: "t.yaml") == marked.location("1️⃣", file: "t.yaml"))
    let item = try #require(node["lista"]?.items.first)
    #expect(item.start.location(in: "t.yaml") == marked.location("2️⃣", file: "t.yaml"))
  }

  @Test func columnsCountUnicodeScalarsNotBytes() throws {
    let marked = MarkedText("{ä: 1, ö: 1️⃣2}\n")
    let node = try root(marked.text)
    #expect(node["ö"]?.start.location(in: "t.yaml") == marked.location("1️⃣", file: "t.yaml"))
  }

  @Test func duplicateKeyIsAnErrorWithBothLocations() {
    let marked = MarkedText("1️⃣legal_basis: consent\nx: 1\n2️⃣legal_basis: public_task\n")
    let result = reader.read(marked.text, file: "t.yaml")
    #expect(
      result.errors == [
        .duplicateKey(
          key: "legal_basis", first: marked.location("1️⃣", file: "t.yaml")!,
          second: marked.location("2️⃣", file: "t.yaml")!)
      ])
  }

  @Test func duplicateKeysInALargeMappingAreFoundToo() {
    var text = (0..<40).map { "k\($0): \($0)\n" }.joined()
    text += "k3: again\n"
    let result = reader.read(text, file: "t.yaml")
    guard case .duplicateKey(let key, let first, let second)? = result.errors.first else {
      Issue.record("no duplicate-key error: \(result.errors)")
      return
    }
    #expect(key == "k3")
    #expect(first.line == 4)
    #expect(second.line == 41)
  }

  @Test func multiDocumentStreamsGiveEveryDocument() throws {
    let result = reader.read("a: 1\n---\nb: 2\n---\nc: 3\n", file: "t.yaml")
    #expect(result.errors.isEmpty)
    #expect(result.documents.map(\.index) == [0, 1, 2])
    #expect(result.documents[2].root["c"]?.value == .int(3))
    #expect(result.documents[2].root.start.line == 5)
  }

  @Test func aSyntaxErrorInALaterDocumentIsReportedWithItsPlace() {
    let result = reader.read("a: 1\n---\nb: [1, 2\nc: 3\n", file: "t.yaml")
    #expect(result.documents.count == 1)
    guard case .syntax(let location, _, _, _)? = result.errors.first else {
      Issue.record("expected a syntax error, got \(result.errors)")
      return
    }
    #expect(location.file == "t.yaml")
    #expect(location.line >= 3)
  }

  @Test func byteOrderMarkAndCRLFLineEndsAreAccepted() throws {
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    bytes += Array("apiVersion: tillit/v1\r\nkind: Waiver\r\nid: w\r\n".utf8)
    let result = reader.read(bytes: bytes, file: "t.yaml")
    #expect(result.errors.isEmpty)
    let root = try #require(result.documents.first?.root)
    #expect(root["apiVersion"]?.text == "tillit/v1")
    #expect(root["id"]?.text == "w")
    #expect(root["id"]?.start == Mark(line: 3, column: 5))
  }

  @Test func invalidUTF8IsAnErrorAtItsPlace() {
    let bytes = Array("a: 1\nb: caf".utf8) + [0xE9] + Array(" x\n".utf8)
    let result = reader.read(bytes: bytes, file: "t.yaml")
    #expect(result.errors == [.invalidUTF8(SourceLocation(file: "t.yaml", line: 2, column: 7))])
  }

  @Test func aTabInIndentationIsReportedAsSuch() {
    let result = reader.read("a:\n\t- x\n", file: "t.yaml")
    guard case .syntax(let location, let problem, _, _)? = result.errors.first else {
      Issue.record("expected a syntax error, got \(result.errors)")
      return
    }
    #expect(problem == .tab)
    #expect(location == SourceLocation(file: "t.yaml", line: 2, column: 1))
  }

  @Test func badIndentationComesOutWithLineAndColumnInOurErrorType() {
    let result = reader.read("a:\n  b: 1\n c: 2\n", file: "t.yaml")
    guard case .syntax(let location, let problem, let raw, _)? = result.errors.first else {
      Issue.record("expected a syntax error, got \(result.errors)")
      return
    }
    #expect(problem == .badIndentation)
    #expect(location.line == 3)
    #expect(!raw.isEmpty)
  }

  @Test func anUnclosedQuoteIsReportedAsSuch() {
    let result = reader.read("a: \"open\nb: 1\n", file: "t.yaml")
    guard case .syntax(_, let problem, _, _)? = result.errors.first else {
      Issue.record("expected a syntax error, got \(result.errors)")
      return
    }
    #expect(problem == .unclosedQuote)
  }

  @Test func aFileOverTheSizeLimitIsRefusedBeforeParsing() {
    let small = YAMLReader(limits: YAMLLimits(maxFileBytes: 10))
    let result = small.read("a: 1234567890\n", file: "t.yaml")
    #expect(result.errors == [.fileTooLarge(file: "t.yaml", bytes: 14, limit: 10)])
  }

  @Test func deepNestingIsRefused() {
    let text = "a: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n"
    let result = reader.read(text, file: "t.yaml")
    guard case .tooDeep(let location, let limit)? = result.errors.first else {
      Issue.record("expected tooDeep, got \(result.errors)")
      return
    }
    #expect(limit == 128)
    #expect(location.line == 1)
  }

  @Test func nestingUpToTheLimitIsFine() {
    let text = String(repeating: "[", count: 128) + String(repeating: "]", count: 128) + "\n"
    #expect(reader.read(text, file: "t.yaml").errors.isEmpty)
  }

  @Test func anAliasBombIsRefusedFastWithoutExpanding() {
    var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1..<12 {
      let name = "l\(i)"
      let previous = i == 1 ? "a" : "l\(i - 1)"
      text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
    }
    let clock = ContinuousClock()
    var result: YAMLReadResult?
    let elapsed = clock.measure { result = reader.read(text, file: "t.yaml") }
    guard case .aliasExpansionTooLarge? = result?.errors.first else {
      Issue.record("expected aliasExpansionTooLarge, got \(String(describing: result?.errors))")
      return
    }
    // Not a timing test of speed, a guard against expansion: expanding would take minutes.
    #expect(elapsed < .seconds(5))
  }

  @Test func tooManyAliasesAreRefused() {
    let text = "a: &a 1\nb: [" + Array(repeating: "*a", count: 1001).joined(separator: ", ") + "]\n"
    guard case .tooManyAliases(_, let limit)? = reader.read(text, file: "t.yaml").errors.first else {
      Issue.record("expected tooManyAliases")
      return
    }
    #expect(limit == 1000)
  }

  @Test func anAliasIsTheAnchoredValue() throws {
    let node = try root("base: &b {x: 1}\ncopy: *b\n")
    #expect(node["copy"]?["x"]?.value == .int(1))
  }

  @Test func anUndefinedAliasIsAnError() {
    guard case .undefinedAlias(let name, _)? = reader.read("a: *nothing\n", file: "t.yaml").errors.first else {
      Issue.record("expected undefinedAlias")
      return
    }
    #expect(name == "nothing")
  }

  @Test func mergeKeysAreRefusedWithAClearError() {
    let result = reader.read("base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n", file: "t.yaml")
    #expect(result.errors == [.mergeKey(SourceLocation(file: "t.yaml", line: 3, column: 3))])
  }

  @Test func complexKeysAreRefused() {
    guard case .complexKey? = reader.read("? [a, b]\n: 1\n", file: "t.yaml").errors.first else {
      Issue.record("expected complexKey")
      return
    }
  }

  @Test func unknownTagsAreRefusedAndStrTagMakesAString() throws {
    #expect(reader.read("a: !custom 1\n", file: "t.yaml").errors.count == 1)
    let node = try root("a: !!str 12\n")
    #expect(node["a"]?.value == .string)
  }

  @Test func anEmptyFileHasNoDocuments() {
    let result = reader.read("# only a comment\n", file: "t.yaml")
    #expect(result.errors.isEmpty)
    #expect(result.documents.isEmpty)
  }

  @Test func everyYAMLErrorHasAMessageInBothLanguages() {
    let location = SourceLocation(file: "t.yaml", line: 1, column: 1)
    let errors: [YAMLError] = [
      .unreadableFile(file: "t.yaml", reason: LocalizedText(sv: "x", en: "x")),
      .fileTooLarge(file: "t.yaml", bytes: 2, limit: 1),
      .invalidUTF8(location), .syntax(location, problem: .tab, raw: "x", context: nil),
      .duplicateKey(key: "k", first: location, second: location), .tooDeep(location, limit: 1),
      .tooManyAliases(location, limit: 1), .aliasExpansionTooLarge(location, limit: 1),
      .undefinedAlias(name: "a", location), .mergeKey(location), .complexKey(location),
      .unsupportedTag(tag: "!x", location),
    ]
    for error in errors {
      let message = error.diagnostic.message
      #expect(!message.sv.isEmpty && !message.en.isEmpty && message.sv != message.en, "\(error)")
    }
  }
}
