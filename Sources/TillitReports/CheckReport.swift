import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// Everything a reporter needs about one check run.
public struct CheckReport: Sendable {
  public var findings: [Finding] {
    didSet { tally = Tally(findings) }
  }
  /// The counts every report prints, worked out in one pass when the findings are set.
  private var tally: Tally
  public var documentCount: Int
  public var fileCount: Int
  public var today: CalendarDate
  public var failOn: FailThreshold
  public var language: Language
  public var packs: [PolicyPack]
  /// Fail when more than this many (open) warnings: `--max-warnings`.
  public var maxWarnings: Int?
  /// The documents checked (kind, id, file), for reports that list what passed (JUnit).
  public var documents: [(kind: DocumentKind, id: String, file: String)]
  /// Reporting-burden totals, for summaries (Markdown).
  public var burden: BurdenAnalysis.Totals?
  /// The whole burden analysis and each collection's DPIA screening, for the HTML report.
  public var burdenAnalysis: BurdenAnalysis?
  public var screenings: [(id: String, name: String, file: String, status: String?, screening: DPIAScreening)] = []
  public var organizationName = ""
  /// How much the HTML report shows in full (`--top`, and the caps that keep a large
  /// workspace's page small).
  public var htmlLimits = HTMLLimits()
  /// True when the workspace, a pack or `tillit.yaml` could not be read: the findings are then
  /// the problems that stopped it (`TILLIT-LOAD`), and the run fails (exit 2).
  public var loadFailed = false
  /// Actions whose finding is no longer reported: an info line in text and JSON, not a finding
  /// (nothing is wrong; someone should close the action).
  public var readyToClose: [ActionReview] = []

  public init(
    findings: [Finding], documentCount: Int, fileCount: Int, today: CalendarDate, failOn: FailThreshold,
    language: Language, packs: [PolicyPack], maxWarnings: Int? = nil,
    documents: [(kind: DocumentKind, id: String, file: String)] = [], burden: BurdenAnalysis.Totals? = nil
  ) {
    self.findings = findings
    self.tally = Tally(findings)
    self.documentCount = documentCount
    self.fileCount = fileCount
    self.today = today
    self.failOn = failOn
    self.language = language
    self.packs = packs
    self.maxWarnings = maxWarnings
    self.documents = documents
    self.burden = burden
  }

  /// Findings that count: neither waived nor in the baseline.
  public var open: [Finding] { findings.filter { $0.waiver == nil && !$0.baselined } }

  /// Open findings (neither waived nor baselined) of one severity.
  public func count(_ severity: Severity) -> Int { tally.open[severity, default: 0] }

  public var waivedCount: Int { tally.waived }

  public var baselinedCount: Int { tally.baselined }

  /// True when something open is at or above `--fail-on`, or there are more open warnings
  /// than `--max-warnings`: exit code 1.
  public var fails: Bool {
    loadFailed
      || Severity.allCases.contains { failOn.fails($0) && count($0) > 0 }
      || (maxWarnings.map { count(.warning) > $0 } ?? false)
  }

  /// Counts of a run's findings, from one walk over them. The walk reads each finding where
  /// it lies: a large workspace has hundreds of thousands, and a copy of one retains every
  /// text in it.
  struct Tally: Sendable {
    var open: [Severity: Int] = [:]
    var waived = 0
    var baselined = 0

    init(_ findings: [Finding]) {
      findings.withUnsafeBufferPointer { buffer in
        for i in buffer.indices {
          if buffer[i].isWaived {
            waived += 1
          } else if buffer[i].baselined {
            baselined += 1
          } else {
            open[buffer[i].severity, default: 0] += 1
          }
        }
      }
    }
  }

  /// Every rule in use, for reports that describe their rules (SARIF).
  public var rules: [Rule] { packs.flatMap(\.distinctRules) }
}
