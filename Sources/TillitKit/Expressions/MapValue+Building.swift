extension MapValue {
  /// A map of the given string keys, in sorted order, built at once: what `MapValue()` and
  /// one `insert` per key give, without looking each key up before inserting it (a key
  /// given twice keeps its first value, as `insert` would). The engine's facts build one
  /// such map per document and element, so this is on the path of every check.
  init(sortingStringKeys entries: KeyValuePairs<String, Value>) {
    let order = entries.indices.sorted { a, b in
      let (x, y) = (entries[a].key, entries[b].key)
      return x != y ? x < y : a < b
    }
    var keys: [Value] = []
    var values: [Value] = []
    var index: [MapKey: Int]? = order.count >= MapValue.indexThreshold ? [:] : nil
    keys.reserveCapacity(order.count)
    values.reserveCapacity(order.count)
    var previous: String?
    for i in order {
      let (key, value) = entries[i]
      if key == previous { continue }
      previous = key
      index?[.string(key)] = keys.count
      keys.append(.string(key))
      values.append(value)
    }
    self.init()
    storage = .entries(keys: keys, values: values, index: keys.count >= MapValue.indexThreshold ? index : nil)
  }
}
