import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// One rule of a pack, compiled: when it applies, what must hold, and what to say.
public struct Rule: Sendable {
  public let id: String
  /// The pack that defines it (a pack that extends another keeps the other's rules).
  public let packID: String
  /// The severity of its findings, unless `escalation` raises it. A configuration or an
  /// extending pack that sets the severity sets it for every finding: the escalation is
  /// dropped, so that what the user wrote is what they get.
  public internal(set) var severity: Severity {
    didSet { escalation = nil }
  }
  /// A condition under which a finding takes another severity (see `Rule.Escalation`).
  public internal(set) var escalation: Escalation? = nil
  public let title: LocalizedText
  public let description: LocalizedText?
  let message: (sv: MessageTemplate, en: MessageTemplate)
  public let remediation: LocalizedText?
  /// The kind of document this compiled rule checks. A rule written for several kinds
  /// (`applies_to: [DataCollection, FollowUp]`) is compiled once per kind, each with that
  /// kind's fields; the copies share the id and are listed once.
  public let appliesTo: DocumentKind
  /// Every kind the rule is written for, in the order written (for listings).
  public internal(set) var declaredKinds: [DocumentKind] = []
  /// The list inside the document the rule checks element by element, e.g. `indicators` or
  /// `indicators[*].decisions`; findings then point at the element.
  public let forEach: FieldPath?
  /// Where inside the document (or the element) a finding points, e.g. `purpose.law`.
  public let path: String?
  let when: CompiledExpression?
  let assertion: CompiledExpression
  public let whenSource: String?
  public let assertSource: String
  public let references: [Reference]
  public let tags: [String]
  let examples: [RuleExample]
  /// Where the rule is written (its `id`).
  public let location: SourceLocation
  /// The pack-variable context the rule was compiled in (see `RuleScope`).
  let scope: RuleScope
  /// Whether any of its expressions (or the pack variables) mention `facts`: documents whose
  /// rules never read facts do not pay for computing them.
  let usesFacts: Bool

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
