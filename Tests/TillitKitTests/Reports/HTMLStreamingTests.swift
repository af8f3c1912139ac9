import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The HTML report goes to its file document by document, as the other formats do, and
/// groups a document's findings under it wherever they lie in the list.
@Suite struct HTMLStreamingTests {
  /// Remembers how the text arrived.
  struct RecordingStream: TextOutputStream {
    var text = ""
    var writes = 0
    var largestWrite = 0

    mutating func write(_ string: String) {
      text += string
      writes += 1
      largestWrite = max(largestWrite, string.utf8.count)
    }
  }

  static func finding(document: String, line: Int, pack: String = "trust", severity: Severity = .warning) -> Finding {
    Finding(
      ruleID: "R-\(line)",
      shared: Finding.Shared(
        packID: pack, title: LocalizedText(sv: "Rubrik", en: "Title"), remediation: nil, references: [], tags: []),
      severity: severity, message: LocalizedText(sv: "Meddelande \(line)", en: "Message \(line)"),
      documentKind: .followUp, documentID: document, path: "",
      location: SourceLocation(file: "f.yaml", line: line, column: 1),
      fingerprint: Finding.fingerprint(rule: "R-\(line)", kind: .followUp, document: document, path: ""))
  }

  static func report(_ findings: [Finding]) -> CheckReport {
    CheckReport(
      findings: findings, documentCount: 3, fileCount: 1, today: CalendarDate("2026-11-29")!, failOn: .error,
      language: .en, packs: [])
  }

  @Test func theHTMLReportIsWrittenDocumentByDocumentNotAsOneText() {
    let findings = (0..<300).map { Self.finding(document: "d\($0)", line: $0 + 1) }
    var stream = RecordingStream()
    ReportFormat.html.write(Self.report(findings), color: false, to: &stream)
    #expect(stream.text == HTMLReporter(report: Self.report(findings)).render())
    #expect(stream.writes > 300)
    #expect(stream.largestWrite < stream.text.utf8.count / 10)
  }

  @Test func aDocumentsFindingsAreGroupedUnderItInTheOrderOfItsFirstFinding() throws {
    var waived = Self.finding(document: "a", line: 3, pack: "gdpr", severity: .error)
    waived.waiver = Finding.AppliedWaiver(
      id: "w", reason: nil, approvedBy: nil, until: nil, location: SourceLocation(file: "w.yaml", line: 1, column: 1))
    let findings = [
      Self.finding(document: "a", line: 1), Self.finding(document: "b", line: 2), waived,
      Self.finding(document: "b", line: 4, severity: .info),
    ]
    let html = HTMLReporter(report: Self.report(findings)).render()
    let articles = html.components(separatedBy: "<article class=\"document\">").dropFirst()
    #expect(articles.count == 2)
    let first = try #require(articles.first)
    #expect(first.contains("<h3>a ") && first.contains("Message 1") && first.contains("Message 3"))
    #expect(articles.last?.contains("Message 2") == true && articles.last?.contains("Message 4") == true)
    // Open findings per pack: gdpr is listed (its one finding is waived) with nothing open.
    #expect(
      html.contains(
        "<tr><th scope=\"row\">gdpr</th><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td></tr>"))
    #expect(
      html.contains(
        "<tr><th scope=\"row\">trust</th><td class=\"num\">0</td><td class=\"num\">2</td><td class=\"num\">1</td></tr>")
    )
  }
}
