import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The `github` format within the annotations a step shows: ten of each kind, the notice about
/// the rest taking one of the notices' places, and every other finding a plain log line that
/// the runner cannot read as a command.
@Suite struct GitHubAnnotationBudgetTests {
  static func report(errors: Int, notes: Int, message: String = "Message") -> CheckReport {
    let findings = (0..<(errors + notes)).map { i in
      var finding = ParallelReportWritingTests.finding(i)
      finding.severity = i < errors ? .error : .info
      finding.message = LocalizedText(sv: message, en: message)
      return finding
    }
    return CheckReport(
      findings: findings, documentCount: 1, fileCount: 1, today: CalendarDate("2026-11-29")!, failOn: .error,
      language: .en, packs: [])
  }

  static func lines(_ report: CheckReport) -> [String] {
    ReportFormat.github.render(report, color: false).split(separator: "\n").map(String.init)
  }

  @Test func theNoticeAboutTheRestTakesTheTenthNoticesPlace() {
    let lines = Self.lines(Self.report(errors: 11, notes: 10))
    #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
    #expect(lines.filter { $0.hasPrefix("::notice ") }.count == 10)
    // One error over its ten, and the tenth note, which gave its place to the notice.
    #expect(
      lines.contains(
        "::notice title=tillit::2 findings were not annotated (GitHub shows at most 10 of each kind per step). Every finding is in the log above and in the SARIF and JSON reports."
      ))
    #expect(lines.filter { $0.hasPrefix("error: f.yaml:") || $0.hasPrefix("info: f.yaml:") }.count == 2)
  }

  @Test func tenOfEachKindAreAllAnnotatedWithoutANotice() {
    let lines = Self.lines(Self.report(errors: 10, notes: 10))
    #expect(lines.filter { $0.hasPrefix("::") }.count == 20)
    #expect(!lines.contains { $0.hasPrefix("::notice title=tillit::") })
  }

  @Test func aPlainLineCannotStartAForgedCommand() {
    let lines = Self.lines(Self.report(errors: 12, notes: 0, message: "x\n::error file=forged.yaml::forged"))
    #expect(!lines.contains { $0.hasPrefix("::error file=forged.yaml") })
    #expect(lines.filter { $0.hasPrefix("error: f.yaml:") }.count == 2)
  }
}
