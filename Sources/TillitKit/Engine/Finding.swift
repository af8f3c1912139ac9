/// A gap found in a document: which rule, how serious, what to say and do, the sources it
/// rests on, and exactly where — the document, the path inside it and the file position.
public struct Finding: Sendable {
  public var ruleID: String
  /// The pack the rule comes from; `tillit` for findings of the engine itself.
  public var packID: String
  public var severity: Severity
  public var title: LocalizedText
  public var message: LocalizedText
  public var remediation: LocalizedText?
  public var references: [Reference]
  public var tags: [String]
  public var documentKind: DocumentKind?
  public var documentID: String
  /// Inside the document, e.g. `indicators[3].users`; empty for the document itself.
  public var path: String
  public var location: SourceLocation
  /// Stable across edits that move lines: rule, document kind and id, and path.
  public var fingerprint: String
  /// Set when a valid waiver covers the finding: it is shown, but does not fail the run.
  public var waiver: AppliedWaiver?
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

  /// FNV-1a (64 bits) of the identifying parts, as 16 hex digits: short, deterministic on every
  /// platform, and independent of line numbers.
  static func fingerprint(rule: String, kind: DocumentKind?, document: String, path: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in "\(rule)\u{1F}\(kind?.rawValue ?? "")\u{1F}\(document)\u{1F}\(path)".utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
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
