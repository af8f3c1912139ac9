import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The streamed JSON and SARIF reports must keep the bytes `JSONEncoder` gave them.
@Suite struct PrettyJSONWriterTests {
  struct Sample: Encodable {
    var empty: [Int] = []
    var list = ["a", "b"]
    var nested = [[String]()]
    var number = -5
    var object = ["k": "v"]
    var skipped: String? = nil
    var text = "q\"b\\s/n\nr\rt\tb\u{08}f\u{0C}c\u{01}\u{1F}d\u{7F}ö😀\u{2028}"
    var yes = true
  }

  @Test func layoutAndEscapingAreThoseOfJSONEncoder() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let expected = String(decoding: try encoder.encode(Sample()), as: UTF8.self)
    let sample = Sample()
    var json = PrettyJSONWriter(output: "")
    json.beginObject()
    json.key("empty")
    json.beginArray()
    json.endArray()
    json.field("list", sample.list)
    json.key("nested")
    json.beginArray()
    json.beginArray()
    json.endArray()
    json.endArray()
    json.field("number", sample.number)
    json.key("object")
    json.beginObject()
    json.field("k", "v")
    json.endObject()
    json.field("skipped", sample.skipped)
    json.field("text", sample.text)
    json.field("yes", sample.yes)
    json.endObject()
    #expect(json.output == expected)
  }

  @Test func anEmptyTopLevelListIsLaidOutAsJSONEncoderDoes() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var json = PrettyJSONWriter(output: "")
    json.beginArray()
    json.endArray()
    #expect(json.output == String(decoding: try encoder.encode([Int]()), as: UTF8.self))
  }
}
