import CEL
import TillitYAML

/// Typed reads of a validated node's fields. Validation has already refused malformed values,
/// so these return nil for absent (or null) fields and never need to report errors themselves.
extension YAMLNode {
  package func text(_ key: String) -> String? {
    guard let node = self[key] else { return nil }
    switch node.valueKind {
    case nil, .null, .bool: return nil
    default: return node.text
    }
  }

  package func int(_ key: String) -> Int? {
    if case .int(let i) = self[key]?.value { return i }
    return nil
  }

  package func double(_ key: String) -> Double? {
    switch self[key]?.value {
    case .int(let i): return Double(i)
    case .float(let d): return d
    default: return nil
    }
  }

  package func bool(_ key: String) -> Bool? {
    if case .bool(let b) = self[key]?.value { return b }
    return nil
  }

  package func date(_ key: String) -> CalendarDate? { text(key).flatMap(CalendarDate.init) }

  package func period(_ key: String) -> Period? { text(key).flatMap(Period.init) }

  package func frequency(_ key: String) -> Frequency? {
    guard let node = self[key] else { return nil }
    if node.isMapping { return node.double("per_year").map(Frequency.perYear) }
    return node.text.flatMap { Frequency.names.contains($0) ? .named($0) : nil }
  }

  /// A list of texts; absent or null gives the empty list (blank, for the rules).
  package func texts(_ key: String) -> [String] {
    guard let list = self[key] else { return [] }
    return list.items.compactMap { item in
      item.isNull ? nil : item.text
    }
  }

  /// The mapping elements of a list field; absent or null gives the empty list.
  package func objects(_ key: String) -> [YAMLNode] {
    guard let list = self[key] else { return [] }
    return list.items.filter(\.isMapping)
  }

  /// A mapping field, or nil when absent or null.
  package func object(_ key: String) -> YAMLNode? {
    guard let node = self[key], node.isMapping else { return nil }
    return node
  }

  package func localizedName(_ key: String) -> LocalizedName? {
    guard let node = self[key], !node.isNull else { return nil }
    if node.isMapping { return LocalizedName(sv: node.text("sv"), en: node.text("en")) }
    return node.text.map { LocalizedName(sv: $0, en: $0) }
  }
}

/// A name given in Swedish, English or both; each language falls back to the other.
public struct LocalizedName: Sendable, Hashable {
  public var sv: String?
  public var en: String?

  public func text(_ language: Language) -> String {
    switch language {
    case .sv: return sv ?? en ?? ""
    case .en: return en ?? sv ?? ""
    }
  }
}
