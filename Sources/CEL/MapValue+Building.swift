extension MapValue {
  /// A map of the given string keys, in sorted order, built at once: what `MapValue()` and
  /// one `insert` per key give, without looking each key up before inserting it (a key
  /// given twice keeps its first value, as `insert` would). The engine's facts build one
  /// such map per document and element, so this is on the path of every check.
  package init(sortingStringKeys entries: KeyValuePairs<String, Value>) {
    // Each pair is read once: reading one from the literal copies its value.
    var names: [String] = []
    var given: [Value] = []
    names.reserveCapacity(entries.count)
    given.reserveCapacity(entries.count)
    for (key, value) in entries {
      names.append(key)
      given.append(value)
    }
    self.init(sortingStringKeys: names, values: given)
  }

  /// The same from the keys and values as two arrays, for a map whose keys are chosen while
  /// it is built (a document's facts, only those its rules read).
  package init(sortingStringKeys names: [String], values given: [Value]) {
    precondition(names.count == given.count)
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
    // Sorted text keys are searched in order up to `sortedScanLimit`: a facts object of a dozen
    // keys is built for every document and element and read a few times, and hashing every key
    // into an index cost more than all its reads.
    var index: [MapKey: Int]? = order.count > MapValue.sortedScanLimit ? [:] : nil
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
    storage = .entries(keys: keys, values: values, index: keys.count > MapValue.sortedScanLimit ? index : nil)
  }

  /// The most keys a map built by `init(sortingStringKeys:)` is searched in order with.
  static let sortedScanLimit = 32

  /// A map of keys known to be distinct and valid, in the order given, sharing the caller's
  /// array of them: many maps with the same keys then hold them once.
  package init(uniqueKeys keys: [Value], values: [Value]) {
    precondition(keys.count == values.count && keys.count < MapValue.indexThreshold)
    self.init()
    storage = .entries(keys: keys, values: values, index: nil)
  }

  /// Whether `self[key]` would find something, without making the value: a program's record
  /// answers from what it knows of its fields (a document object from its schema alone).
  func hasKey(_ key: String) -> Bool {
    if case .record(let record) = storage { return record.hasField(key) }
    return self[key] != nil
  }

  /// `hasKey(_:)` for a key of any type (`'x' in m`).
  func hasKey(_ key: Value) -> Bool {
    if case .record(let record) = storage {
      guard case .string(let name) = key else { return false }
      return record.hasField(name)
    }
    return self[key] != nil
  }
}
