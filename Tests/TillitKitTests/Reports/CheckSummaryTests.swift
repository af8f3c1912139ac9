import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The summary line of a check (text, GitHub and Markdown reports) reads as a sentence in each
/// language: a word in the singular for one, counts with the language's thousands separator.
@Suite struct CheckSummaryTests {
  static func report(errors: Int, warnings: Int, baselined: Int = 0, documents: Int, language: Language)
    -> CheckReport
  {
    let findings = (0..<(errors + warnings + baselined)).map { i in
      var finding = ParallelReportWritingTests.finding(i)
      finding.severity = i < errors ? .error : .warning
      finding.baselined = i >= errors + warnings
      return finding
    }
    return CheckReport(
      findings: findings, documentCount: documents, fileCount: 1, today: CalendarDate("2026-11-29")!,
      failOn: .error, language: language, packs: [])
  }

  @Test func oneOfEachIsSaidInTheSingularInEnglish() {
    let report = Self.report(errors: 1, warnings: 1, documents: 1, language: .en)
    #expect(TextReporter(color: false).summary(report) == "1 document checked: 1 error, 1 warning, 0 info, 0 waived.")
  }

  @Test func oneWarningIsOneVarningInSwedish() {
    let report = Self.report(errors: 0, warnings: 1, documents: 2, language: .sv)
    #expect(
      TextReporter(color: false).summary(report)
        == "2 dokument kontrollerade: 0 fel, 1 varning, 0 info, 0 undantagna.")
  }

  @Test func oneDocumentIsKontrolleratInSwedish() {
    let report = Self.report(errors: 0, warnings: 0, documents: 1, language: .sv)
    #expect(
      TextReporter(color: false).summary(report) == "1 dokument kontrollerat: 0 fel, 0 varningar, 0 info, 0 undantagna."
    )
  }

  @Test func manyDocumentsAreCountedWithTheLanguagesThousandsSeparator() {
    let english = Self.report(errors: 2, warnings: 0, documents: 12_345, language: .en)
    #expect(
      TextReporter(color: false).summary(english)
        == "12,345 documents checked: 2 errors, 0 warnings, 0 info, 0 waived.")
    let swedish = Self.report(errors: 2, warnings: 0, documents: 12_345, language: .sv)
    #expect(
      TextReporter(color: false).summary(swedish)
        == "12\u{A0}345 dokument kontrollerade: 2 fel, 0 varningar, 0 info, 0 undantagna.")
  }

  @Test func findingsInTheBaselineAreNamedOnlyWhenThereAreSome() {
    let report = Self.report(errors: 0, warnings: 2, baselined: 3, documents: 4, language: .en)
    #expect(
      TextReporter(color: false).summary(report)
        == "4 documents checked: 0 errors, 2 warnings, 0 info, 0 waived, 3 baselined.")
  }

  @Test func theMarkdownHeadingCountsDocumentsInTheSingularForOne() {
    let report = Self.report(errors: 1, warnings: 0, documents: 1, language: .en)
    #expect(ReportFormat.markdown.render(report, color: false).hasPrefix("## tillit: 1 document checked\n"))
  }
}
