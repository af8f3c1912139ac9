import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// What a rule's expressions know of their variables before running, derived from
/// `DocumentSchema` (the one description of each kind), so a pack's `doc.feedbak.arena` is a
/// load error at `feedbak` rather than an evaluation error on every document.
///
/// Declared: `doc` (the rule's kind), `item` (an element of a `for_each` list of the
/// document), `org` (always an Organization) and `thresholds` (only threshold names exist
/// there). Not declared, so never refused: `ws`, `facts`, `index`, the pack's `vars`, and
/// `item` over a list of facts.
///
/// Public so that `tillit eval --input` can declare the same types for its `doc` as a rule of
/// that kind has.
public enum RuleFieldTypes {
  /// Each kind's type, converted from its shape once.
  static let byKind: [DocumentKind: FieldType] = Dictionary(
    uniqueKeysWithValues: DocumentKind.allCases.map { ($0, type(of: .object(DocumentSchema.shape(of: $0)))) })

  /// `thresholds`: whichever of them a pack, the configuration or the Organization sets.
  static let thresholds = type(of: .object(ObjectShape("Thresholds", DocumentSchema.thresholdFields)))

  /// The variables' types for the expressions of a rule of `kind`, with `forEach` if it has one.
  public static func roots(kind: DocumentKind, forEach: FieldPath? = nil) -> [String: FieldType] {
    var roots = ["doc": byKind[kind]!, "org": byKind[.organization]!, "thresholds": thresholds]
    if let element = elementType(kind: kind, forEach: forEach) { roots["item"] = element }
    return roots
  }

  /// The variables' types for a pack's `variables:`, evaluated for the documents of every rule
  /// of the pack: `doc` admits the fields of all the kinds its rules apply to (every kind when
  /// it has no rules), `item` those of every `for_each` element over a document's list.
  static func variableRoots(rules: [(kind: DocumentKind, forEach: FieldPath?)]) -> [String: FieldType] {
    // Each kind and each list once, in a fixed order (the order messages name them in): a
    // pack of thousands of rules over one kind merges nothing.
    let used = Set(rules.map(\.kind))
    let kinds = rules.isEmpty ? DocumentKind.allCases : DocumentKind.allCases.filter(used.contains)
    let doc = kinds.dropFirst().reduce(byKind[kinds[0]]!) { $0.merged(with: byKind[$1]!) }
    var roots = ["doc": doc, "org": byKind[.organization]!, "thresholds": thresholds]
    // `item` is known only when every rule with a for_each runs over a list of its document.
    var lists: [(kind: DocumentKind, forEach: FieldPath)] = []
    var seen = Set<String>()
    for rule in rules {
      if let forEach = rule.forEach, seen.insert("\(rule.kind.rawValue) \(forEach)").inserted {
        lists.append((rule.kind, forEach))
      }
    }
    let elements = lists.compactMap { elementType(kind: $0.kind, forEach: $0.forEach) }
    if !lists.isEmpty, elements.count == lists.count {
      roots["item"] = elements.dropFirst().reduce(elements[0]) { $0.merged(with: $1) }
    }
    return roots
  }

  /// The type of an element of the document's list `forEach`; nil for none, or for a list of facts.
  private static func elementType(kind: DocumentKind, forEach: FieldPath?) -> FieldType? {
    guard let forEach, !forEach.isFacts,
      case .list(let element)? = forEach.resolve(in: .object(DocumentSchema.shape(of: kind)))
    else { return nil }
    return type(of: element)
  }

  /// A value of the kind `text` names ("expected a whole number"), as the expression library
  /// takes it: its own message type, since it knows nothing of tillit.
  private static func scalar(_ text: LocalizedText) -> FieldType {
    .scalar(CELMessage(text))
  }

  /// A shape as expressions see it: `DocumentValue` gives every object field a value and
  /// turns a localized text into `{sv, en}` and a frequency into a word or `{per_year}`.
  static func type(of shape: Shape) -> FieldType {
    switch shape {
    case .object(let object):
      return .record(
        RecordType(
          name: object.name, fields: object.fields.map { ($0.key, type(of: $0.shape)) },
          planner: DocumentReadPlanner(shape: object)))
    case .list(let element): return .list(type(of: element))
    case .dictionary(let value): return .map(type(of: value))
    case .any: return .dynamic
    case .localizedText:
      let text = scalar(Texts.fieldTypeText)
      return .record(RecordType(name: "LocalizedText", fields: [("sv", text), ("en", text)]))
    case .frequency:
      // A word (`weekly`) or `{per_year: N}`: only `per_year` can ever be read from it.
      return .record(
        RecordType(name: "Frequency", fields: [("per_year", scalar(Texts.fieldTypeNumber))]))
    case .text: return scalar(Texts.fieldTypeText)
    case .expression: return scalar(Texts.fieldTypeExpression)
    case .documentID: return scalar(Texts.fieldTypeId)
    case .integer: return scalar(Texts.fieldTypeWholeNumber)
    case .number: return scalar(Texts.fieldTypeNumber)
    case .boolean: return scalar(Texts.fieldTypeBoolean)
    case .date: return scalar(Texts.fieldTypeDate)
    case .period: return scalar(Texts.fieldTypePeriod)
    case .oneOf: return scalar(Texts.fieldTypeWordFromList)
    case .countryCode: return scalar(Texts.fieldTypeCountryCode)
    case .booleanOrAuto: return scalar(Texts.fieldTypeBooleanOrAuto)
    case .planEntryReference:
      return scalar(Texts.fieldTypePlanEntryReference)
    }
  }
}
