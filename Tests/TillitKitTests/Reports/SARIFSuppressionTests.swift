import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Why code scanning shows an alert as dismissed (a SARIF suppression's justification) is
/// written in the report's language, around the waiver's own words.
@Suite struct SARIFSuppressionTests {
  static func justifications(_ findings: [Finding], language: Language) throws -> [String] {
    let report = CheckReport(
      findings: findings, documentCount: 1, fileCount: 1, today: CalendarDate("2026-11-29")!, failOn: .error,
      language: language, packs: [])
    let text = ReportFormat.sarif.render(report, color: false)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    return results.compactMap { ($0["suppressions"] as? [[String: Any]])?.first?["justification"] as? String }
  }

  static func findings() -> [Finding] {
    var waived = ParallelReportWritingTests.finding(0)
    waived.waiver = Finding.AppliedWaiver(
      id: "u1", reason: "Rapporten ersätts av en dialog", approvedBy: "Skolchef", until: CalendarDate("2027-06-30"),
      location: SourceLocation(file: "waivers.yaml", line: 3, column: 5))
    var baselined = ParallelReportWritingTests.finding(1)
    baselined.baselined = true
    return [waived, baselined]
  }

  @Test func aWaiverAndTheBaselineAreGivenAsReasonsInSwedish() throws {
    #expect(
      try Self.justifications(Self.findings(), language: .sv) == [
        "u1: Rapporten ersätts av en dialog (t.o.m. 2027-06-30), godkänt av Skolchef", "i baslinjen",
      ])
  }

  @Test func aWaiverAndTheBaselineAreGivenAsReasonsInEnglish() throws {
    #expect(
      try Self.justifications(Self.findings(), language: .en) == [
        "u1: Rapporten ersätts av en dialog (until 2027-06-30), approved by Skolchef", "in the baseline",
      ])
  }
}
