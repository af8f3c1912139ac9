import CEL

/// A document's facts object, built key by key with only the keys its rules read: a fact
/// that is not asked for is never worked out (its value is an autoclosure).
struct FactsObject {
  let keys: FactsKeys
  private var names: [String] = []
  private var values: [Value] = []

  init(keys: FactsKeys) {
    self.keys = keys
  }

  mutating func add(_ key: String, _ value: @autoclosure () -> Value) {
    guard keys.contains(key) else { return }
    names.append(key)
    values.append(value())
  }

  /// The map, its keys sorted as every facts object's are.
  var value: Value { .map(MapValue(sortingStringKeys: names, values: values)) }
}
