import TillitYAML

/// The label of each value of the schema's value sets, in Swedish and English
/// (`legal_obligation` → "rättslig förpliktelse" / "legal obligation"), so that messages and
/// reports name what an official knows instead of the YAML word (RULES.md §9.5).
///
/// The labels are in the layer's catalogue (`texts/TillitModel.yaml`, keys
/// `value.<field>.<value>`); they are gathered into a table once because a message meets a
/// value only while it runs. A field key stands for its value set: where one key has several
/// sets (`kind`, `status`, `type`, `source`) their union is one set, since none of their values
/// reads differently in two of them.
public enum ValueLabels {
  private static let prefix = "value."

  /// Keys whose values are those of another key's set: the Art. 9 categories of an exception
  /// (`special_category_basis[].categories`) are a field's `special`; a forum `meets` at a
  /// frequency.
  private static let sameSetAs = ["categories": "special", "meets": "frequency"]

  /// Label by field key, then value (lower-cased: criteria are written `C1`).
  private static let byField: [String: [String: LocalizedText]] = {
    var table: [String: [String: LocalizedText]] = [:]
    for entry in Texts.entries where entry.key.hasPrefix(prefix) {
      let rest = entry.key.dropFirst(prefix.count)
      guard let dot = rest.firstIndex(of: ".") else { continue }
      let field = String(rest[..<dot])
      let value = String(rest[rest.index(after: dot)...])
      table[field, default: [:]][value] = LocalizedText(sv: entry.sv, en: entry.en)
    }
    return table
  }()

  /// Label by value alone, for the values that read the same in every set that has them.
  private static let byValue: [String: LocalizedText] = {
    var labels: [String: LocalizedText] = [:]
    var ambiguous: Set<String> = []
    for (_, values) in byField {
      for (value, label) in values {
        if let other = labels[value], other != label { ambiguous.insert(value) }
        labels[value] = label
      }
    }
    return labels.filter { !ambiguous.contains($0.key) }
  }()

  /// The label of `value` of the field `field` (its key, as `legal_basis`), or nil when the
  /// field has no value set or the value is not in it.
  public static func label(field: String, value: String) -> LocalizedText? {
    byField[sameSetAs[field] ?? field]?[value.lowercased()]
  }

  /// Whether `field` (a key) has a value set: its values are then labelled by it alone.
  public static func hasValueSet(_ field: String) -> Bool { byField[sameSetAs[field] ?? field] != nil }

  /// The label of `value` when it is a value of some set and reads the same in every set that
  /// has it (`legal_obligation`, `health`), for values whose field is not known (a list a pack
  /// builds, a fact); nil for a value of two sets with different labels (`other`) and for any
  /// other text.
  public static func label(value: String) -> LocalizedText? {
    byValue[value.lowercased()]
  }

  /// Every value set of the document kinds: the field key and its values, from the schema, so
  /// a test can require a label for each. `apiVersion` and `kind` are not values people read.
  public static var schemaValueSets: [(field: String, values: [String])] {
    var sets: [(field: String, values: [String])] = []
    func walk(_ shape: Shape, key: String?) {
      switch shape {
      case .oneOf(let values):
        if let key, key != "apiVersion", key != "kind" || values.count > 1 { sets.append((key, values)) }
      case .list(let element): walk(element, key: key)
      case .dictionary(let value): walk(value, key: key)
      case .object(let object): for field in object.fields { walk(field.shape, key: field.key) }
      default: break
      }
    }
    for kind in DocumentKind.allCases { walk(.object(DocumentSchema.shape(of: kind)), key: nil) }
    return sets
  }
}
