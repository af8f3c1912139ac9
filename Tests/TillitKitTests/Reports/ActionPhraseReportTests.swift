import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Every report shows who acts on a finding with an open action, and by when (issue #17 item 4).
@Suite struct ActionPhraseReportTests {
  func report(language: Language) throws -> CheckReport {
    let action =
      "apiVersion: tillit/v1\nkind: Action\nid: a1\nfinding: {rule: TRUST-P02, target: f}\nowner: hr_partner\ndue: 2027-03-31\nstatus: in_progress\n"
    let findings = try EngineTests().check(["f.yaml": EngineTests.followUp, "a.yaml": action])
    return CheckReport(
      findings: findings, documentCount: 3, fileCount: 3, today: EngineTests.today, failOn: .error,
      language: language, packs: [])
  }

  func rendered(_ format: ReportFormat, _ language: Language = .en) throws -> String {
    var text = ""
    format.write(try report(language: language), color: false, to: &text)
    return text
  }

  @Test(arguments: [ReportFormat.text, .markdown, .html, .sarif, .github])
  func eachReportShowsWhoActsAndByWhen(format: ReportFormat) throws {
    #expect(try rendered(format).contains("action a1: hr_partner by 2027-03-31"))
  }

  @Test func theSwedishPhraseSaysWhoActsAndByWhenInSwedish() throws {
    #expect(try rendered(.text, .sv).contains("[åtgärd a1: hr_partner senast 2027-03-31]"))
  }
}
