import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Inputs that used to be accepted silently or blamed on the wrong thing.
@Suite struct YAMLReaderRobustnessTests {
  let reader = YAMLReader()

  @Test(arguments: [
    ("!!int", "a"), ("!!int", "1.5"), ("!!float", "abc"), ("!!bool", "maybe"), ("!!null", "x"),
  ])
  func aCoreSchemaTagThatDoesNotFitItsValueIsAnErrorAtItsPlace(tag: String, value: String) {
    let result = reader.read("a: 1\nb: \(tag) \(value)\n", file: "t.yaml")
    #expect(
      result.errors == [.tagMismatch(tag: tag, value: value, SourceLocation(file: "t.yaml", line: 2, column: 4))])
    let message = result.errors.first?.diagnostic.message
    #expect(message?.en.contains("does not fit tag \(tag)") == true)
    #expect(message?.sv.contains("passar inte taggen \(tag)") == true)
  }

  @Test func aCoreSchemaTagGivesItsTypeToAValueThatFits() throws {
    let result = reader.read("a: !!float 1\nb: !!int \"5\"\nc: !!bool true\n", file: "t.yaml")
    #expect(result.errors.isEmpty)
    let root = try #require(result.documents.first?.root)
    #expect(root["a"]?.value == .float(1))
    #expect(root["b"]?.value == .int(5))
    #expect(root["c"]?.value == .bool(true))
  }

  @Test func aNULByteIsReportedAsAControlCharacterAtItsPlace() throws {
    let result = reader.read("a: 1\nb: x\u{0}y\n", file: "t.yaml")
    #expect(result.errors == [.controlCharacter(codePoint: 0, SourceLocation(file: "t.yaml", line: 2, column: 5))])
    let message = try #require(result.errors.first).diagnostic.message
    #expect(message.en.contains("U+0000 (NUL, a zero byte) is not allowed in YAML"))
    #expect(message.sv.contains("U+0000 (NUL, en nollbyte) är inte tillåtet i YAML"))
    #expect(!message.en.contains("quote the value"))
  }

  @Test func anEscapeCharacterIsReportedAsAControlCharacter() {
    let result = reader.read("a: x\u{1B}[31my\n", file: "t.yaml")
    #expect(result.errors == [.controlCharacter(codePoint: 0x1B, SourceLocation(file: "t.yaml", line: 1, column: 5))])
  }

  static let utf16Cases: [(String, [UInt8])] = [
    ("UTF-16", [0xFF, 0xFE] + Array("a: 1\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
    ("UTF-16", [0xFE, 0xFF] + Array("a: 1\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
    ("UTF-16", Array("a: 1\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
    ("UTF-32", [0xFF, 0xFE, 0, 0] + Array("a: 1\n".utf8).flatMap { [$0, 0, 0, 0] }),
    ("UTF-32", [0, 0, 0xFE, 0xFF] + Array("a: 1\n".utf8).flatMap { [0, 0, 0, $0] }),
  ]

  @Test(arguments: utf16Cases)
  func aUTF16OrUTF32FileIsAskedToBeSavedAsUTF8(encoding: String, bytes: [UInt8]) throws {
    let result = reader.read(bytes: bytes, file: "t.yaml")
    #expect(result.errors == [.unsupportedEncoding(file: "t.yaml", encoding: encoding)])
    let message = try #require(result.errors.first).diagnostic.message
    #expect(message.en.contains("saved as \(encoding), not UTF-8; save it as UTF-8"))
    #expect(message.sv.contains("sparad som \(encoding), inte UTF-8; spara den som UTF-8"))
    #expect(!message.en.contains("Latin-1"))
  }

  @Test func aUTF8FileIsNotMistakenForAWideEncoding() {
    #expect(YAMLReader.wideEncoding(of: Array("a: 1\n".utf8)) == nil)
    #expect(YAMLReader.wideEncoding(of: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)) == nil)
    #expect(YAMLReader.wideEncoding(of: []) == nil)
  }

  @Test func theNewErrorsHaveMessagesInBothLanguages() {
    let location = SourceLocation(file: "t.yaml", line: 1, column: 1)
    let errors: [YAMLError] = [
      .tagMismatch(tag: "!!int", value: "a", location), .controlCharacter(codePoint: 7, location),
      .controlCharacter(codePoint: 0x85, location), .unsupportedEncoding(file: "t.yaml", encoding: "UTF-16"),
    ]
    for error in errors {
      let message = error.diagnostic.message
      #expect(!message.sv.isEmpty && !message.en.isEmpty && message.sv != message.en, "\(error)")
    }
  }
}
