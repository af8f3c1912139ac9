import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// One definition of line and column everywhere (LF, CRLF and a lone CR end a line; NEL,
/// U+2028 and U+2029 do not): libyaml's marks, invalid-byte places, the renderer's excerpt and
/// expression offsets all agree with what an editor shows.
@Suite struct LineMapTests {
  let reader = YAMLReader()

  @Test func lfCRLFAndALoneCREachEndOneLine() {
    let bytes = Array("a\nb\r\nc\rd".utf8)
    let map = LineMap(bytes: bytes)
    #expect(map.lineCount == 4)
    bytes.withUnsafeBufferPointer { buffer in
      #expect((1...4).map { map.text(ofLine: $0, in: buffer) } == ["a", "b", "c", "d"])
      #expect(map.position(ofByte: 7, in: buffer) == (4, 1))
    }
  }

  @Test func lineAndParagraphSeparatorsAndNELDoNotEndALine() {
    #expect(LineMap.lines(of: "a\u{2028}b\u{2029}c\u{85}d\ne") == ["a\u{2028}b\u{2029}c\u{85}d", "e"])
  }

  @Test func aLineSeparatorInsideAValueDoesNotMoveLaterNodesDown() throws {
    let result = reader.read("a: \"x\u{2028}y\"\nb: 1\nc: \"zä\u{2029}q w\"\n", file: "t.yaml")
    #expect(result.errors.isEmpty)
    let root = try #require(result.documents.first?.root)
    #expect(root["b"]?.start == Mark(line: 2, column: 4))
    #expect(root["c"]?.start == Mark(line: 3, column: 4))
    #expect(root.pairs.last?.keyMark == Mark(line: 3, column: 1))
  }

  @Test func aSyntaxErrorAfterALineSeparatorIsOnALineThatExists() {
    let text = "a: x\u{2028}y\nb: [1, 2\n"
    let result = reader.read(text, file: "t.yaml")
    let location = result.errors.first?.location
    #expect(location != nil)
    #expect((location?.line ?? 99) <= LineMap.lines(of: text).count)
  }

  @Test func invalidBytesAfterALoneCRAreReportedOnTheirLine() {
    let bytes = Array("a: 1\rb: ".utf8) + [0xFF] + Array("\r".utf8)
    let result = reader.read(bytes: bytes, file: "t.yaml")
    #expect(result.errors == [.invalidUTF8(SourceLocation(file: "t.yaml", line: 2, column: 4))])
  }

  @Test(
    arguments: [
      [0xED, 0xA0, 0x80],  // a UTF-16 surrogate written as UTF-8
      [0xE0, 0x80, 0xAF],  // an overlong "/"
      [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
    ] as [[UInt8]])
  func invalidUTF8ThatLooksWellFormedIsReportedWhereItIs(bad: [UInt8]) {
    let bytes = Array("a: ".utf8) + bad + Array("\nb: 1\n".utf8)
    let result = reader.read(bytes: bytes, file: "t.yaml")
    #expect(result.errors == [.invalidUTF8(SourceLocation(file: "t.yaml", line: 1, column: 4))])
  }

  @Test func aTabAfterALoneCRIsStillRecognisedAsATab() {
    let result = reader.read("a:\r\t- x\r", file: "t.yaml")
    guard case .syntax(let location, let problem, _, _)? = result.errors.first else {
      Issue.record("expected a syntax error, got \(result.errors)")
      return
    }
    #expect(problem == .tab)
    #expect(location.line == 2)
  }

  @Test func theRendererShowsTheLineTheLocationNamesWhenLinesEndInCR() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("x.yaml", "a: 1\rb: montly\rc: 3\r")
    var renderer = DiagnosticRenderer(language: .en, useColor: false)
    let text = renderer.render(
      Diagnostic(
        location: SourceLocation(file: file, line: 2, column: 4), message: LocalizedText(sv: "fel", en: "bad")))
    #expect(text == "\(file):2:4: error: bad\n    b: montly\n       ^\n")
  }

  @Test func theRendererDoesNotSplitALineAtALineSeparator() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("x.yaml", "a: x\u{2028}y\nb: 2\n")
    var renderer = DiagnosticRenderer(language: .en, useColor: false)
    let text = renderer.render(
      Diagnostic(
        location: SourceLocation(file: file, line: 2, column: 4), message: LocalizedText(sv: "fel", en: "bad")))
    #expect(text.contains("\n    b: 2\n"))
  }

  @Test func anExpressionOffsetIsMappedBackOnTheRightLineWhenLinesEndInCR() throws {
    let text = "x: 1\rwhen: doc.a == 1 && nme\r"
    let node = try #require(reader.read(text, file: "p.yaml").documents.first?.root["when"])
    #expect(node.start == Mark(line: 2, column: 7))
    let location = ExpressionLocator.location(ofOffset: 14, in: node, fileText: text)
    #expect(location == SourceLocation(file: "p.yaml", line: 2, column: 21))
  }

  @Test func marksOnALongLineAfterALineSeparatorAreTranslatedInOnePass() throws {
    let items = (0..<10).map(String.init).joined(separator: ", ")
    let node = try #require(reader.read("a: \"x\u{2028}y\"\nb: [\(items)]\n", file: "t.yaml").documents.first?.root)
    let list = try #require(node["b"]?.items)
    #expect(list.map(\.start) == (0..<10).map { Mark(line: 2, column: 5 + 3 * $0) })
  }

  @Test(.timeLimit(.minutes(1)))
  func aHugeOneLineListAfterALineSeparatorIsReadInLinearTime() {
    let items = (0..<200_000).map(String.init).joined(separator: ",")
    let result = reader.read("a: \"x\u{2028}y\"\nb: [\(items)]\n", file: "t.yaml")
    #expect(result.errors.isEmpty)
    #expect(result.documents.first?.root["b"]?.items.last?.start.line == 2)
  }

  @Test func aByteOrderMarkIsNotCountedInLineOneByTheLineSplitter() {
    #expect(LineMap.lines(of: "\u{FEFF}a: 1\rb") == ["a: 1", "b"])
  }
}
