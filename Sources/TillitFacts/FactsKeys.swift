import CEL

/// Which of a document's facts its rules read: the keys their expressions select on `facts`
/// by name (`facts.indicators` → `indicators`), or every key when an expression reads `facts`
/// other than through a named field (`size(facts)`, `facts[k]`).
///
/// A document's facts are built for these keys only: a fact no rule of the run reads (a
/// collection's `same_data_elsewhere` when no pack asks for it) costs nothing.
public struct FactsKeys: Sendable, Hashable {
  /// The keys read; nil when any may be.
  public private(set) var names: Set<String>?

  /// No fact at all.
  public init() {
    names = []
  }

  /// Exactly these keys.
  public init(only names: Set<String>) {
    self.names = names
  }

  /// Every key.
  public static let all = FactsKeys(anyOf: nil)

  private init(anyOf names: Set<String>?) {
    self.names = names
  }

  /// What an expression with these references reads of `facts`.
  public init(_ references: ExpressionReferences) {
    names = references.wholeNames.contains("facts") ? nil : references.fields["facts"] ?? []
  }

  public func union(_ other: FactsKeys) -> FactsKeys {
    guard let names, let others = other.names else { return .all }
    return FactsKeys(only: names.union(others))
  }

  public func contains(_ key: String) -> Bool {
    names?.contains(key) ?? true
  }
}
