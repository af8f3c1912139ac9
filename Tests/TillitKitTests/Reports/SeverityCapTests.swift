import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Which findings a capped SARIF run keeps: errors, then warnings, then notes, each open before
/// accepted and in report order; and a run within the cap is written exactly as before.
@Suite struct SeverityCapTests {
  static func finding(_ i: Int, _ severity: Severity) -> Finding {
    var finding = ParallelReportWritingTests.finding(i)
    finding.severity = severity
    return finding
  }

  @Test func aSARIFRunOverTheLimitKeepsTheErrorsAndSaysHowManyNotesItLeftOut() throws {
    // Notes first in report order, errors last: the cap must still keep every error.
    let notes = (0..<20_000).map { Self.finding($0, .info) }
    let errors = (20_000..<26_000).map { Self.finding($0, .error) }
    let report = CheckReport(
      findings: notes + errors, documentCount: 26_000, fileCount: 1, today: CalendarDate("2026-11-29")!,
      failOn: .error, language: .en, packs: [])
    let text = ReportFormat.sarif.render(report, color: false)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == ReportLimits.sarifResultsPerRun)
    #expect(results.filter { $0["level"] as? String == "error" }.count == 6_000)
    // Kept notes are the first 19,000, shown in report order before the errors.
    let lines = results.compactMap {
      (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]).flatMap {
        ($0["region"] as? [String: Any])?["startLine"] as? Int
      }
    }
    #expect(lines == Array(1...19_000) + Array(20_001...26_000))
    let byLevel = (run["properties"] as? [String: Any])?["tillit/omittedResultsByLevel"] as? [String: Int]
    #expect(byLevel == ["error": 0, "warning": 0, "note": 1_000])
    let notification = try #require(
      ((run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"] as? [[String: Any]])?.first)
    #expect(
      (notification["message"] as? [String: Any])?["text"] as? String
        == "1,000 results were left out (0 errors, 0 warnings, 1,000 notes): code scanning accepts at most 25,000 per run. The most serious were kept; the JSON report holds them all."
    )
  }

  @Test func theOmittedCountsAreWrittenWithTheLanguagesThousandsSeparatorAndNumber() {
    let text = Texts.sarifResultsOmitted(omitted: 256_494, errors: 1, warnings: 1, notes: 256_492, limit: 25_000)
    #expect(
      text.en
        == "256,494 results were left out (1 error, 1 warning, 256,492 notes): code scanning accepts at most 25,000 per run. The most serious were kept; the JSON report holds them all."
    )
    #expect(
      text.sv
        == "256\u{A0}494 resultat utelämnades (1 fel, 1 varning, 256\u{A0}492 upplysningar): kodgranskningen tar emot högst 25\u{A0}000 per körning. De allvarligaste behölls; hela rapporten finns i JSON-rapporten."
    )
  }

  @Test func withinASeverityTheOpenFindingsAreKeptBeforeTheBaselinedOnes() {
    // Baselined warnings first in report order, open ones after: the open ones must all stay.
    let accepted = (0..<5).map { i -> Finding in
      var finding = Self.finding(i, .warning)
      finding.baselined = true
      return finding
    }
    let open = (5..<8).map { Self.finding($0, .warning) }
    let cap = SeverityCap(accepted + open, limit: 4)
    #expect(cap.kept == [0, 5, 6, 7])
    #expect(cap.omitted == [.warning: 4])
  }

  @Test func aSARIFRunAtTheLimitIsWrittenWithoutInvocationOrCount() throws {
    let report = CheckReport(
      findings: (0..<ReportLimits.sarifResultsPerRun).map { Self.finding($0, .warning) }, documentCount: 1,
      fileCount: 1, today: CalendarDate("2026-11-29")!, failOn: .error, language: .en, packs: [])
    let text = ReportFormat.sarif.render(report, color: false)
    #expect(!text.contains("\"invocations\""))
    #expect(!text.contains("tillit/omittedResults"))
  }
}
