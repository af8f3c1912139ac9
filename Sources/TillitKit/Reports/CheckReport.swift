/// Everything a reporter needs about one check run.
public struct CheckReport: Sendable {
  public var findings: [Finding]
  public var documentCount: Int
  public var fileCount: Int
  public var today: CalendarDate
  public var failOn: FailThreshold
  public var language: Language
  public var packs: [PolicyPack]

  public init(
    findings: [Finding], documentCount: Int, fileCount: Int, today: CalendarDate, failOn: FailThreshold,
    language: Language, packs: [PolicyPack]
  ) {
    self.findings = findings
    self.documentCount = documentCount
    self.fileCount = fileCount
    self.today = today
    self.failOn = failOn
    self.language = language
    self.packs = packs
  }

  /// Findings that count: not waived.
  public var open: [Finding] { findings.filter { $0.waiver == nil } }

  public func count(_ severity: Severity) -> Int { open.filter { $0.severity == severity }.count }

  public var waivedCount: Int { findings.count - open.count }

  /// True when something not waived is at or above `--fail-on`: exit code 1.
  public var fails: Bool { open.contains { failOn.fails($0.severity) } }
}
