import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The findings of the JSON and SARIF reports are rendered on every core a slice at a time:
/// the bytes must be those of writing them one after another, at every slice boundary.
@Suite struct ParallelReportWritingTests {
  /// What `values(of:body:)` must reproduce: each item written in turn by one writer.
  static func oneByOne(_ items: [Int]) -> String {
    var json = PrettyJSONWriter(output: "")
    json.beginObject()
    json.key("items")
    json.beginArray()
    for item in items { Self.write(item, to: &json) }
    json.endArray()
    json.field("z", true)
    json.endObject()
    return json.output
  }

  static func write<Output>(_ item: Int, to json: inout PrettyJSONWriter<Output>) {
    json.beginObject()
    json.field("n", item)
    json.key("parts")
    json.beginArray()
    for part in 0..<(item % 3) { json.string("p\(part)") }
    json.endArray()
    json.endObject()
  }

  @Test(arguments: [0, 1, 1023, 1024, 1025, 16 * 1024, 16 * 1024 + 1, 40_000])
  func valuesRenderedOnEveryCoreAreTheBytesOfWritingThemOneByOne(count: Int) {
    let items = Array(0..<count)
    var json = PrettyJSONWriter(output: "")
    json.beginObject()
    json.key("items")
    json.beginArray()
    json.values(of: items) { item, json in Self.write(item, to: &json) }
    json.endArray()
    json.field("z", true)
    json.endObject()
    #expect(json.output == Self.oneByOne(items))
  }

  static func finding(_ i: Int) -> Finding {
    let path = "indicators[\(i)].users"
    return Finding(
      ruleID: "TRUST-P01",
      shared: Finding.Shared(
        packID: "trust", title: LocalizedText(sv: "Rubrik", en: "Title"), remediation: nil, references: [], tags: []),
      severity: .warning, message: LocalizedText(sv: "Meddelande \(i)", en: "Message \(i)"), documentKind: .followUp,
      documentID: "f\(i)", path: path, location: SourceLocation(file: "f.yaml", line: i + 1, column: 3),
      fingerprint: Finding.fingerprint(rule: "TRUST-P01", kind: .followUp, document: "f\(i)", path: path))
  }

  @Test(arguments: [ReportFormat.json, .sarif])
  func aReportOfManySlicesHoldsEveryFindingOnceInOrder(format: ReportFormat) throws {
    let findings = (0..<2500).map(Self.finding)
    let report = CheckReport(
      findings: findings, documentCount: 2500, fileCount: 1, today: CalendarDate("2026-11-29")!, failOn: .error,
      language: .en, packs: [])
    let text = format.render(report, color: false)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let list: [[String: Any]]
    if format == .json {
      list = try #require(object["findings"] as? [[String: Any]])
    } else {
      let runs = try #require(object["runs"] as? [[String: Any]])
      list = try #require(runs.first?["results"] as? [[String: Any]])
    }
    #expect(list.count == findings.count)
    let messages = list.map { item -> String in
      if let message = item["message"] as? String { return message }
      return (item["message"] as? [String: Any])?["text"] as? String ?? ""
    }
    #expect(messages == findings.map(\.message.en))
  }
}

extension ParallelReportWritingTests {
  @Test(arguments: [ReportFormat.json, .sarif, .text])
  func slicesHandedStraightToAFileAreTheBytesOfTheRenderedText(format: ReportFormat) throws {
    let report = CheckReport(
      findings: (0..<2500).map(Self.finding), documentCount: 2500, fileCount: 1,
      today: CalendarDate("2026-11-29")!, failOn: .error, language: .sv, packs: [])
    let folder = try TemporaryFolder()
    let path = folder.path + "/report"
    try OutputFile.write(to: path) { stream in
      var stream = stream
      format.write(report, color: false, to: &stream)
    }
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written == format.render(report, color: false))
  }
}

/// The text report is made in slices too: a file's heading must come once, before its first
/// finding, also when the file's findings straddle two slices.
@Suite struct ParallelTextReportTests {
  @Test func fileHeadingsFallWhereOneWriterPutsThemAcrossSliceBoundaries() {
    let findings = (0..<2500).map { i -> Finding in
      var finding = ParallelReportWritingTests.finding(i)
      finding.location = SourceLocation(file: "file\(i / 700).yaml", line: i + 1, column: 3)
      return finding
    }
    let report = CheckReport(
      findings: findings, documentCount: 2500, fileCount: 4, today: CalendarDate("2026-11-29")!, failOn: .error,
      language: .en, packs: [])
    let lines = ReportFormat.text.render(report, color: false).split(separator: "\n", omittingEmptySubsequences: false)
    // Each file: its heading, its findings, a blank line; then the summary and the final newline.
    #expect(lines.count == 4 + 2500 + 4 + 2)
    var expected: [String] = []
    for file in 0..<4 {
      expected.append("file\(file).yaml")
      for i in (file * 700)..<min(2500, (file + 1) * 700) { expected.append("Message \(i)") }
      expected.append("")
    }
    for (line, wanted) in zip(lines, expected) {
      if wanted.hasPrefix("Message") {
        #expect(line.hasSuffix(": " + wanted))
      } else {
        #expect(line == wanted)
      }
    }
  }
}
