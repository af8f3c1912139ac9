import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// One rule of a pack, compiled: when it applies, what must hold, and what to say.
///
/// What never changes after loading is held once, in a shared `Compiled` object: the engine
/// walks every rule for every document, and copying a rule is then one reference, not twenty.
public struct Rule: Sendable {
  /// The parts of a rule fixed when its pack is loaded.
  final class Compiled: Sendable {
    let id: String
    let packID: String
    let title: LocalizedText
    let description: LocalizedText?
    let message: (sv: MessageTemplate, en: MessageTemplate)
    let remediation: LocalizedText?
    let appliesTo: DocumentKind
    let forEach: FieldPath?
    let path: String?
    let when: CompiledExpression?
    let assertion: CompiledExpression
    let whenSource: String?
    let assertSource: String
    let references: [Reference]
    let tags: [String]
    let examples: [RuleExample]
    let location: SourceLocation
    let scope: RuleScope
    let usesFacts: Bool
    let factsKeys: FactsKeys

    init(
      id: String, packID: String, title: LocalizedText, description: LocalizedText?,
      message: (sv: MessageTemplate, en: MessageTemplate), remediation: LocalizedText?, appliesTo: DocumentKind,
      forEach: FieldPath?, path: String?, when: CompiledExpression?, assertion: CompiledExpression,
      whenSource: String?, assertSource: String, references: [Reference], tags: [String], examples: [RuleExample],
      location: SourceLocation, scope: RuleScope, usesFacts: Bool, factsKeys: FactsKeys
    ) {
      self.id = id
      self.packID = packID
      self.title = title
      self.description = description
      self.message = message
      self.remediation = remediation
      self.appliesTo = appliesTo
      self.forEach = forEach
      self.path = path
      self.when = when
      self.assertion = assertion
      self.whenSource = whenSource
      self.assertSource = assertSource
      self.references = references
      self.tags = tags
      self.examples = examples
      self.location = location
      self.scope = scope
      self.usesFacts = usesFacts
      self.factsKeys = factsKeys
    }
  }

  let compiled: Compiled

  public var id: String { compiled.id }
  /// The pack that defines it (a pack that extends another keeps the other's rules).
  public var packID: String { compiled.packID }
  /// The severity of its findings, unless `escalation` raises it. A configuration or an
  /// extending pack that sets the severity sets it for every finding: the escalation is
  /// dropped, so that what the user wrote is what they get.
  public internal(set) var severity: Severity {
    didSet { escalation = nil }
  }
  /// A condition under which a finding takes another severity (see `Rule.Escalation`).
  public internal(set) var escalation: Escalation? = nil
  public var title: LocalizedText { compiled.title }
  public var description: LocalizedText? { compiled.description }
  var message: (sv: MessageTemplate, en: MessageTemplate) { compiled.message }
  public var remediation: LocalizedText? { compiled.remediation }
  /// The kind of document this compiled rule checks. A rule written for several kinds
  /// (`applies_to: [DataCollection, FollowUp]`) is compiled once per kind, each with that
  /// kind's fields; the copies share the id and are listed once.
  public var appliesTo: DocumentKind { compiled.appliesTo }
  /// Every kind the rule is written for, in the order written (for listings).
  public internal(set) var declaredKinds: [DocumentKind] = []
  /// The list inside the document the rule checks element by element, e.g. `indicators` or
  /// `indicators[*].decisions`; findings then point at the element.
  public var forEach: FieldPath? { compiled.forEach }
  /// Where inside the document (or the element) a finding points, e.g. `purpose.law`.
  public var path: String? { compiled.path }
  var when: CompiledExpression? { compiled.when }
  var assertion: CompiledExpression { compiled.assertion }
  public var whenSource: String? { compiled.whenSource }
  public var assertSource: String { compiled.assertSource }
  public var references: [Reference] { compiled.references }
  public var tags: [String] { compiled.tags }
  var examples: [RuleExample] { compiled.examples }
  /// Where the rule is written (its `id`).
  public var location: SourceLocation { compiled.location }
  /// The pack-variable context the rule was compiled in (see `RuleScope`).
  var scope: RuleScope { compiled.scope }
  /// Whether any of its expressions (or the pack variables) mention `facts`: documents whose
  /// rules never read facts do not pay for computing them.
  var usesFacts: Bool { compiled.usesFacts }
  /// Which facts its expressions (and the pack variables they read, and its `for_each`) read:
  /// a document's facts are built for the keys its rules read, no others.
  var factsKeys: FactsKeys { compiled.factsKeys }

  init(
    id: String, packID: String, severity: Severity, title: LocalizedText, description: LocalizedText?,
    message: (sv: MessageTemplate, en: MessageTemplate), remediation: LocalizedText?, appliesTo: DocumentKind,
    forEach: FieldPath?, path: String?, when: CompiledExpression?, assertion: CompiledExpression,
    whenSource: String?, assertSource: String, references: [Reference], tags: [String], examples: [RuleExample],
    location: SourceLocation, scope: RuleScope, usesFacts: Bool, factsKeys: FactsKeys = .all
  ) {
    compiled = Compiled(
      id: id, packID: packID, title: title, description: description, message: message, remediation: remediation,
      appliesTo: appliesTo, forEach: forEach, path: path, when: when, assertion: assertion, whenSource: whenSource,
      assertSource: assertSource, references: references, tags: tags, examples: examples, location: location,
      scope: scope, usesFacts: usesFacts, factsKeys: factsKeys)
    self.severity = severity
  }

  /// The kinds it is written for, as a listing shows them ("DataCollection, FollowUp").
  public var kindsText: String {
    (declaredKinds.isEmpty ? [appliesTo] : declaredKinds).map(\.rawValue).joined(separator: ", ")
  }

  public var messageText: LocalizedText {
    LocalizedText(sv: message.sv.plainText, en: message.en.plainText)
  }

  public var exampleCount: (passing: Int, failing: Int) {
    (examples.filter { $0.expected.isEmpty }.count, examples.filter { !$0.expected.isEmpty }.count)
  }
}

/// The variables a rule's expressions were compiled against: the engine's fixed ones and the
/// defining pack's computed `variables`, whose values are remembered per target.
final class RuleScope: Sendable {
  let packID: String
  let computedCount: Int
  /// The most slots any expression of the scope needs.
  let slotCount: Int
  /// The computed variables that may read `item` or `index` (directly or through another
  /// variable): forgotten from one element of a `for_each` to the next; the others are worked
  /// out once per document.
  let elementDependent: [Int]

  init(packID: String, computedCount: Int, slotCount: Int, elementDependent: [Int] = []) {
    self.packID = packID
    self.computedCount = computedCount
    self.slotCount = slotCount
    self.elementDependent = elementDependent
  }

  /// The variables every rule expression sees, in slot order.
  static let variables = ["doc", "org", "thresholds", "item", "index", "ws", "facts"]
}

/// An inline example of a rule: a document, and the findings of the rule expected on it.
struct RuleExample: Sendable {
  var name: String?
  var document: YAMLNode
  var organization: YAMLNode?
  /// Further documents of the example's workspace.
  var also: [YAMLNode] = []
  /// (rule id, path) pairs; empty for an example that must pass.
  /// A severity given checks the finding's own (a rule with `escalate` has two).
  var expected: [(rule: String, path: String, severity: Severity?)]
  var location: SourceLocation
}

/// A path of field names through a document's schema, where `[*]` steps into every element of
/// a list: `indicators[*].decisions`.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
  public let keys: [String]
  public let description: String

  init?(_ text: String) {
    var keys: [String] = []
    for part in text.split(separator: ".", omittingEmptySubsequences: false) {
      var key = String(part)
      if key.hasSuffix("[*]") { key.removeLast(3) }
      guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
      keys.append(key)
    }
    guard !keys.isEmpty else { return nil }
    self.keys = keys
    self.description = text
  }

  /// Whether the path names a list of the fact layer (`facts.non_eea_endpoints`), not of the document.
  public var isFacts: Bool { keys.count > 1 && keys[0] == "facts" }

  /// The shape at the end of the path, or nil if a key is not in the schema. Every step but
  /// the last must go through objects or lists of objects.
  func resolve(in shape: Shape) -> Shape? {
    var current = shape
    for key in keys {
      switch current {
      case .object(let object): guard let field = object.field(key) else { return nil }; current = field.shape
      case .list(.object(let object)): guard let field = object.field(key) else { return nil }; current = field.shape
      default: return nil
      }
    }
    return current
  }
}
