import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// A gap found in a document: which rule, how serious, what to say and do, the sources it
/// rests on, and exactly where — the document, the path inside it and the file position.
public struct Finding: Sendable {
  public var ruleID: String
  /// What every finding of a rule has in common, held once per rule rather than copied into
  /// each of a large workspace's million findings.
  let shared: Shared
  /// The pack the rule comes from; `tillit` for findings of the engine itself.
  public var packID: String { shared.packID }
  public var severity: Severity
  public var title: LocalizedText { shared.title }
  /// Rendered in the language of the run (see `Engine.messageLanguage`), or in both.
  public var message: LocalizedText
  public var remediation: LocalizedText? { shared.remediation }
  public var references: [Reference] { shared.references }
  public var tags: [String] { shared.tags }
  public var documentKind: DocumentKind?
  public var documentID: String
  /// Inside the document, e.g. `indicators[3].users`; empty for the document itself.
  public var path: String
  public var location: SourceLocation
  /// Stable across edits that move lines: rule, document kind and id, and path; 16 hex digits.
  public var fingerprint: String {
    let hex = String(fingerprintValue, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
  /// The fingerprint as a number: 8 bytes in the finding instead of a 16-character text.
  let fingerprintValue: UInt64
  /// Set when a valid waiver covers the finding: it is shown, but does not fail the run.
  public var waiver: AppliedWaiver? {
    get { waiverBox?.waiver }
    set { waiverBox = newValue.map(WaiverBox.init) }
  }
  /// Boxed: most findings have no waiver, and an inline one would make every finding larger.
  private var waiverBox: WaiverBox?
  /// Whether a waiver covers the finding, without copying the waiver out of its box.
  package var isWaived: Bool { waiverBox != nil }
  /// Neither waived nor in the baseline: a finding that counts.
  package var isOpen: Bool { waiverBox == nil && !baselined }
  /// True when the finding is in the baseline given with `--baseline`: known before, shown
  /// as such, and not failing the run.
  public var baselined = false
  /// Message parts that could not be evaluated (shown as their source); `tillit test` fails on them.
  var messageProblems: [String] = []

  public struct AppliedWaiver: Sendable, Hashable {
    public var id: String
    public var reason: String?
    public var approvedBy: String?
    public var until: CalendarDate?
    public var location: SourceLocation
  }

  /// The parts of a finding that come from its rule alone.
  final class Shared: Sendable {
    let packID: String
    let title: LocalizedText
    let remediation: LocalizedText?
    let references: [Reference]
    let tags: [String]

    init(packID: String, title: LocalizedText, remediation: LocalizedText?, references: [Reference], tags: [String]) {
      self.packID = packID
      self.title = title
      self.remediation = remediation
      self.references = references
      self.tags = tags
    }

    convenience init(_ rule: Rule) {
      self.init(
        packID: rule.packID, title: rule.title, remediation: rule.remediation, references: rule.references,
        tags: rule.tags)
    }
  }

  private final class WaiverBox: Sendable {
    let waiver: AppliedWaiver
    init(_ waiver: AppliedWaiver) { self.waiver = waiver }
  }

  init(
    ruleID: String, shared: Shared, severity: Severity, message: LocalizedText, documentKind: DocumentKind?,
    documentID: String, path: String, location: SourceLocation, fingerprint: UInt64
  ) {
    self.ruleID = ruleID
    self.shared = shared
    self.severity = severity
    self.message = message
    self.documentKind = documentKind
    self.documentID = documentID
    self.path = path
    self.location = location
    self.fingerprintValue = fingerprint
  }

  /// FNV-1a (64 bits) of the identifying parts (shown as 16 hex digits): short, deterministic
  /// on every platform, and independent of line numbers.
  static func fingerprint(rule: String, kind: DocumentKind?, document: String, path: String) -> UInt64 {
    // The parts one after another, each followed by 0x1F but the last: the bytes of the
    // joined text, without making it (every finding has a fingerprint).
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (i, part) in [rule, kind?.rawValue ?? "", document, path].enumerated() {
      if i > 0 {
        hash ^= 0x1F
        hash = hash &* 0x0000_0100_0000_01B3
      }
      for byte in part.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
      }
    }
    return hash
  }

  /// The order of every report: by file, place, rule, then path.
  static func precedes(_ a: Finding, _ b: Finding) -> Bool {
    if a.location.file != b.location.file {
      return a.location.file.utf8.lexicographicallyPrecedes(b.location.file.utf8)
    }
    if a.location.line != b.location.line { return a.location.line < b.location.line }
    if a.location.column != b.location.column { return a.location.column < b.location.column }
    if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
    return a.path < b.path
  }
}
