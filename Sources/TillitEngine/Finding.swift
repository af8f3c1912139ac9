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
  public var title: LocalizedText { shared.title }
  /// Rendered in the language of the run (see `Engine.messageLanguage`), or in both.
  public var message: LocalizedText {
    get { LocalizedText(sv: messageText, en: extra?.english ?? messageText) }
    set {
      messageText = Finding.compacted(newValue.sv)
      let english = newValue.en == newValue.sv ? nil : Finding.compacted(newValue.en)
      setExtra(english: .some(english))
    }
  }
  /// The message in Swedish, and in English too unless `extra` holds an English one: a run
  /// renders one language, and a finding then holds its text once.
  private var messageText: String
  public var remediation: LocalizedText? { shared.remediation }
  public var references: [Reference] { shared.references }
  public var tags: [String] { shared.tags }
  public var documentID: String
  /// Inside the document, e.g. `indicators[3].users`; empty for the document itself.
  public var path: String
  public var location: SourceLocation {
    get { SourceLocation(file: file, line: Int(line), column: Int(column)) }
    set {
      file = newValue.file
      line = Int32(clamping: newValue.line)
      column = Int32(clamping: newValue.column)
    }
  }
  /// The location in parts: 8 bytes for line and column instead of 16.
  private var file: String
  private var line: Int32
  private var column: Int32
  /// Stable across edits that move lines: rule, document kind and id, and path; 16 hex digits.
  public var fingerprint: String {
    let hex = String(fingerprintValue, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
  /// The fingerprint as a number: 8 bytes in the finding instead of a 16-character text.
  let fingerprintValue: UInt64
  /// Set when a valid waiver covers the finding: it is shown, but does not fail the run.
  public var waiver: AppliedWaiver? {
    get { extra?.waiver }
    set { setExtra(waiver: .some(newValue)) }
  }
  /// Set when an open Action names the finding: who acts and by when, shown in every report.
  public var action: AppliedAction? {
    get { extra?.action }
    set { setExtra(action: .some(newValue)) }
  }
  /// Whether a waiver covers the finding, without copying the waiver out of its box.
  package var isWaived: Bool { extra?.waiver != nil }
  /// Neither waived nor in the baseline: a finding that counts.
  package var isOpen: Bool { extra?.waiver == nil && !baselined }
  /// Message parts that could not be evaluated (shown as their source); `tillit test` fails on them.
  var messageProblems: [String] {
    get { extra?.problems ?? [] }
    set { setExtra(problems: .some(newValue)) }
  }
  /// What most findings lack (a second language, a waiver, message problems), boxed: inline,
  /// it would make every one of a large run's findings larger.
  private var extra: Extra?
  public var severity: Severity
  public var documentKind: DocumentKind?
  /// True when the finding is in the baseline given with `--baseline`: known before, shown
  /// as such, and not failing the run.
  public var baselined = false

  public struct AppliedWaiver: Sendable, Hashable {
    public var id: String
    public var reason: String?
    public var approvedBy: String?
    public var until: CalendarDate?
    public var location: SourceLocation
  }

  /// The open Action that names a finding (see `ActionApplication`).
  public struct AppliedAction: Sendable, Hashable {
    public var id: String
    /// The role or person who acts, as the Action writes it (an id in machine formats).
    public var owner: String
    /// The owner as a reader knows them: the role's name when the Organization has the role.
    public var ownerName: LocalizedText
    public var due: CalendarDate
    public var status: ActionStatus
    public var caseNumber: String?
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

  /// Immutable, so a finding stays a value: a change makes a new box.
  private final class Extra: Sendable {
    let english: String?
    let waiver: AppliedWaiver?
    let problems: [String]
    let action: AppliedAction?

    init(english: String?, waiver: AppliedWaiver?, problems: [String], action: AppliedAction? = nil) {
      self.english = english
      self.waiver = waiver
      self.problems = problems
      self.action = action
    }
  }

  /// Replaces the parts given (`.some`), keeps the others; no box when nothing is left.
  private mutating func setExtra(
    english: String?? = nil, waiver: AppliedWaiver?? = nil, problems: [String]? = nil,
    action: AppliedAction?? = nil
  ) {
    let english = english ?? extra?.english
    let waiver = waiver ?? extra?.waiver
    let problems = problems ?? extra?.problems ?? []
    let action = action ?? extra?.action
    extra =
      english == nil && waiver == nil && problems.isEmpty && action == nil
      ? nil : Extra(english: english, waiver: waiver, problems: problems, action: action)
  }

  /// The text in storage of its own size: a rendered message or path grows by appending, which
  /// leaves up to as much room again, and a large run holds hundreds of thousands of them.
  static func compacted(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      // Up to 15 bytes a text is held inline, without storage.
      bytes.count <= 15
        ? String(decoding: bytes, as: UTF8.self)
        : String(unsafeUninitializedCapacity: bytes.count) { buffer in buffer.initialize(fromContentsOf: bytes) }
    }
  }

  init(
    ruleID: String, shared: Shared, severity: Severity, message: LocalizedText, documentKind: DocumentKind?,
    documentID: String, path: String, location: SourceLocation, fingerprint: UInt64
  ) {
    self.ruleID = ruleID
    self.shared = shared
    self.severity = severity
    self.messageText = Finding.compacted(message.sv)
    if message.en != message.sv { extra = Extra(english: Finding.compacted(message.en), waiver: nil, problems: []) }
    self.documentKind = documentKind
    self.documentID = documentID
    self.path = Finding.compacted(path)
    self.file = location.file
    self.line = Int32(clamping: location.line)
    self.column = Int32(clamping: location.column)
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
    if a.file != b.file { return a.file.utf8.lexicographicallyPrecedes(b.file.utf8) }
    if a.line != b.line { return a.line < b.line }
    if a.column != b.column { return a.column < b.column }
    if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
    return a.path < b.path
  }
}
