import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// Everything a reporter needs about one check run.
public struct CheckReport: Sendable {
  public var findings: [Finding]
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

  public init(
    findings: [Finding], documentCount: Int, fileCount: Int, today: CalendarDate, failOn: FailThreshold,
    language: Language, packs: [PolicyPack], maxWarnings: Int? = nil,
    documents: [(kind: DocumentKind, id: String, file: String)] = [], burden: BurdenAnalysis.Totals? = nil
  ) {
    self.findings = findings
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

  // Counting walks the findings without copying them: a large workspace has hundreds of
  // thousands, and `open` would copy each one.
  // (By position: a closure over the elements is handed copies, which retain every text.)
  public func count(_ severity: Severity) -> Int {
    findings.indices.reduce(0) {
      $0 + (findings[$1].severity == severity && findings[$1].isOpen ? 1 : 0)
    }
  }

  public var waivedCount: Int { findings.indices.reduce(0) { $0 + (findings[$1].isWaived ? 1 : 0) } }

  public var baselinedCount: Int {
    findings.indices.reduce(0) { $0 + (!findings[$1].isWaived && findings[$1].baselined ? 1 : 0) }
  }

  /// True when something open is at or above `--fail-on`, or there are more open warnings
  /// than `--max-warnings`: exit code 1.
  public var fails: Bool {
    findings.indices.contains { findings[$0].isOpen && failOn.fails(findings[$0].severity) }
      || (maxWarnings.map { count(.warning) > $0 } ?? false)
  }

  /// Every rule in use, for reports that describe their rules (SARIF).
  public var rules: [Rule] { packs.flatMap(\.distinctRules) }
}
