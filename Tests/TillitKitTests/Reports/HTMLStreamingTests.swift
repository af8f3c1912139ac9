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

  static func finding(rule: String, document: String, line: Int, severity: Severity = .warning) -> Finding {
    var finding = Self.finding(document: document, line: line, severity: severity)
    finding.ruleID = rule
    return finding
  }

  @Test func findingsAreGroupedByRuleAcrossDocumentsWithTheOpenOnesFirst() throws {
    var waived = Self.finding(rule: "R-A", document: "a", line: 3, severity: .warning)
    waived.waiver = Finding.AppliedWaiver(
      id: "w", reason: nil, approvedBy: nil, until: nil, location: SourceLocation(file: "w.yaml", line: 1, column: 1))
    let findings = [
      waived, Self.finding(rule: "R-B", document: "b", line: 2, severity: .info),
      Self.finding(rule: "R-A", document: "b", line: 4),
      Self.finding(rule: "R-C", document: "c", line: 5, severity: .error),
    ]
    let html = HTMLReporter(report: Self.report(findings)).render()
    let articles = Array(html.components(separatedBy: "<article class=\"rule\"").dropFirst())
    // Errors first, then warnings, then info; one article per rule whatever the documents.
    #expect(articles.count == 3)
    #expect(articles[0].contains("<code>R-C</code>") && articles[0].contains("Message 5"))
    let rule = articles[1]
    #expect(rule.contains("<code>R-A</code>") && rule.contains("2 findings"))
    let open = try #require(rule.range(of: "Message 4"))
    let waivedPlace = try #require(rule.range(of: "Message 3"))
    #expect(open.lowerBound < waivedPlace.lowerBound)
    #expect(rule.contains("waived by w"))
    #expect(articles[2].contains("<code>R-B</code>"))
  }

  @Test func theOpenFindingsPerPackAreCountedWithTheLanguagesSeparator() {
    var waived = Self.finding(document: "a", line: 3, pack: "gdpr", severity: .error)
    waived.waiver = Finding.AppliedWaiver(
      id: "w", reason: nil, approvedBy: nil, until: nil, location: SourceLocation(file: "w.yaml", line: 1, column: 1))
    let findings = [waived] + (0..<1_234).map { Self.finding(document: "d\($0)", line: $0 + 10) }
    var report = Self.report(findings)
    let html = HTMLReporter(report: report).render()
    // gdpr is listed (its one finding is waived) with nothing open.
    #expect(
      html.contains(
        "<tr><th scope=\"row\">gdpr</th><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td></tr>"))
    #expect(
      html.contains(
        "<tr><th scope=\"row\">trust</th><td class=\"num\">0</td><td class=\"num\">1,234</td><td class=\"num\">0</td></tr>"
      ))
    #expect(html.contains("<span class=\"number\">1,234</span> warnings"))
    report.language = .sv
    let swedish = HTMLReporter(report: report).render()
    #expect(swedish.contains("<span class=\"number\">1\u{00A0}234</span> varningar"))
  }
}
