extension MapValue {
  /// A map of the given string keys, in sorted order, built at once: what `MapValue()` and
  /// one `insert` per key give, without looking each key up before inserting it (a key
  /// given twice keeps its first value, as `insert` would). The engine's facts build one
  /// such map per document and element, so this is on the path of every check.
  init(sortingStringKeys entries: KeyValuePairs<String, Value>) {
    // Each pair is read once: reading one from the literal copies its value.
    var names: [String] = []
    var given: [Value] = []
    names.reserveCapacity(entries.count)
    given.reserveCapacity(entries.count)
    for (key, value) in entries {
      names.append(key)
      given.append(value)
    }
    // Insertion sort of positions: a literal has a dozen keys at most, and one written in
    // order costs one comparison per key.
    var order = Array(names.indices)
    for i in order.indices.dropFirst() {
      let moving = order[i]
      var j = i
      while j > 0, names[moving] < names[order[j - 1]] {
        order[j] = order[j - 1]
        j -= 1
      }
      order[j] = moving
    }
    var keys: [Value] = []
    var values: [Value] = []
    var index: [MapKey: Int]? = order.count >= MapValue.indexThreshold ? [:] : nil
    keys.reserveCapacity(order.count)
    values.reserveCapacity(order.count)
    var previous: String?
    for i in order {
      let key = names[i]
      if key == previous { continue }
      previous = key
      index?[.string(key)] = keys.count
      keys.append(.string(key))
      values.append(given[i])
    }
    self.init()
    storage = .entries(keys: keys, values: values, index: keys.count >= MapValue.indexThreshold ? index : nil)
  }
}
