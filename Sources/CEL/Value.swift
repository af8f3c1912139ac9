/// A value of the expression language (CEL, with calendar dates and periods added).
///
/// Lists and maps are value types; a program's data can become maps and lists whose `origin`
/// remembers where they were read from (tillit: the YAML node, so a finding points at it).
public enum Value: Sendable {
  case null
  case bool(Bool)
  case int(Int64)
  case uint(UInt64)
  case double(Double)
  case string(String)
  case bytes([UInt8])
  case list(ListValue)
  case map(MapValue)
  case type(ValueType)
  case timestamp(Timestamp)
  case duration(Duration)
  /// A calendar date (`2025-01-15`): an addition to CEL, for rules over dates without times.
  case date(CalendarDate)
  /// An ISO 8601 period (`P3Y`): an addition to CEL, years and months as the calendar counts them.
  case period(Period)

  public var type: ValueType {
    switch self {
    case .null: return .null
    case .bool: return .bool
    case .int: return .int
    case .uint: return .uint
    case .double: return .double
    case .string: return .string
    case .bytes: return .bytes
    case .list: return .list
    case .map: return .map
    case .type: return .type
    case .timestamp: return .timestamp
    case .duration: return .duration
    case .date: return .date
    case .period: return .period
    }
  }

  public static func list(_ items: [Value]) -> Value { .list(ListValue(items)) }

  public var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }
}

/// The runtime types, with CEL's names (`type(1) == int`).
public enum ValueType: Sendable, Hashable {
  case null, bool, int, uint, double, string, bytes, list, map, type, timestamp, duration, date, period
  /// A type named by the user that tillit does not know (e.g. a protobuf message name).
  case named(String)

  public var name: String {
    switch self {
    case .null: return "null_type"
    case .bool: return "bool"
    case .int: return "int"
    case .uint: return "uint"
    case .double: return "double"
    case .string: return "string"
    case .bytes: return "bytes"
    case .list: return "list"
    case .map: return "map"
    case .type: return "type"
    case .timestamp: return "google.protobuf.Timestamp"
    case .duration: return "google.protobuf.Duration"
    case .date: return "date"
    case .period: return "period"
    case .named(let name): return name
    }
  }

  /// The identifiers that denote types in expressions.
  static let byName: [String: ValueType] = {
    var table: [String: ValueType] = [:]
    for type in [
      ValueType.null, .bool, .int, .uint, .double, .string, .bytes, .list, .map, .type, .timestamp, .duration,
      .date, .period,
    ] {
      table[type.name] = type
    }
    return table
  }()
}

/// A list, with where it was read from when a program gave it (`origin`).
///
/// A program's list can be read lazily (`LazyList`): its elements are made when asked for, so
/// an expression that only counts them never makes them.
public struct ListValue: Sendable {
  enum Storage: Sendable {
    case items([Value])
    case lazy(any LazyList)
  }

  var storage: Storage
  /// Where the list was read from (for a program's own use, such as locating findings).
  public var origin: (any Sendable)?

  public init(_ items: [Value], origin: (any Sendable)? = nil) {
    storage = .items(items)
    self.origin = origin
  }

  public init(lazy source: any LazyList, origin: (any Sendable)? = nil) {
    storage = .lazy(source)
    self.origin = origin
  }

  public var items: [Value] {
    switch storage {
    case .items(let items): return items
    case .lazy(let source): return (0..<source.count).map(source.element(at:))
    }
  }

  public var count: Int {
    switch storage {
    case .items(let items): return items.count
    case .lazy(let source): return source.count
    }
  }

  public var isEmpty: Bool { count == 0 }

  public subscript(position: Int) -> Value {
    switch storage {
    case .items(let items): return items[position]
    case .lazy(let source): return source.element(at: position)
    }
  }
}

/// A map with keys of type int, uint, bool or string, in insertion order.
///
/// Lookups follow CEL's heterogeneous equality: `{1: 'a'}[1u]` and `{1: 'a'}[1.0]` find the
/// entry, because numeric keys are indexed by their numeric value. A program's record can be
/// read lazily (`LazyRecord`): a field is made when it is looked up.
public struct MapValue: Sendable {
  enum Storage: Sendable {
    case entries(keys: [Value], values: [Value], index: [MapKey: Int]?)
    /// A record of named fields, each made when it is read.
    case record(any LazyRecord)
  }

  var storage: Storage = .entries(keys: [], values: [], index: nil)
  /// Where the map was read from (for a program's own use, such as locating findings).
  public var origin: (any Sendable)?

  public init(origin: (any Sendable)? = nil) {
    self.origin = origin
  }

  public init(record: any LazyRecord, origin: (any Sendable)? = nil) {
    storage = .record(record)
    self.origin = origin
  }

  /// Small maps are searched in order; from this size on they keep a hash index.
  static let indexThreshold = 12

  public var keys: [Value] {
    switch storage {
    case .entries(let keys, _, _): return keys
    case .record(let record): return record.fieldNames.map { .string($0) }
    }
  }

  public var values: [Value] {
    switch storage {
    case .entries(_, let values, _): return values
    case .record(let record): return record.fieldNames.map { record.field($0) ?? .null }
    }
  }

  public var count: Int {
    switch storage {
    case .entries(let keys, _, _): return keys.count
    case .record(let record): return record.fieldNames.count
    }
  }

  /// Adds an entry; false if the key is already present (or cannot be a key).
  @discardableResult
  public mutating func insert(_ key: Value, _ value: Value) -> Bool {
    guard let mapKey = MapKey(key), self[key] == nil else { return false }
    var (keys, values, index) = materialized()
    storage = .entries(keys: [], values: [], index: nil)  // release the buffers for in-place appends
    if index == nil, keys.count + 1 >= MapValue.indexThreshold {
      var built: [MapKey: Int] = [:]
      for (i, existing) in keys.enumerated() { if let k = MapKey(existing) { built[k] = i } }
      index = built
    }
    index?[mapKey] = keys.count
    keys.append(key)
    values.append(value)
    storage = .entries(keys: keys, values: values, index: index)
    return true
  }

  private func materialized() -> (keys: [Value], values: [Value], index: [MapKey: Int]?) {
    switch storage {
    case .entries(let keys, let values, let index): return (keys, values, index)
    case .record: return (keys, values, nil)
    }
  }

  public subscript(key: Value) -> Value? {
    switch storage {
    case .record:
      guard case .string(let name) = key else { return nil }
      return self[name]
    case .entries(let keys, let values, let index):
      guard let mapKey = MapKey(key) else { return nil }
      if let index { return index[mapKey].map { values[$0] } }
      for (i, existing) in keys.enumerated() where MapKey(existing) == mapKey { return values[i] }
      return nil
    }
  }

  public subscript(key: String) -> Value? {
    switch storage {
    case .record(let record): return record.field(key)
    case .entries(let keys, let values, let index):
      if let index { return index[.string(key)].map { values[$0] } }
      for (i, existing) in keys.enumerated() {
        if case .string(let s) = existing, s == key { return values[i] }
      }
      return nil
    }
  }

  /// The key forms a map accepts; doubles find integral keys but cannot be keys themselves.
  static func isValidKey(_ value: Value) -> Bool {
    switch value {
    case .int, .uint, .bool, .string: return true
    default: return false
    }
  }
}

/// How a map indexes its keys: numbers by value, so int, uint and double keys meet.
enum MapKey: Hashable {
  case integer(Int64)
  case largeUnsigned(UInt64)
  case bool(Bool)
  case string(String)

  init?(_ value: Value) {
    switch value {
    case .int(let i): self = .integer(i)
    case .uint(let u): self = u <= UInt64(Int64.max) ? .integer(Int64(u)) : .largeUnsigned(u)
    case .double(let d):
      guard d.rounded() == d else { return nil }
      if d >= -9_223_372_036_854_775_808.0 && d < 9_223_372_036_854_775_808.0 {
        self = .integer(Int64(d))
      } else if d >= 0 && d < 18_446_744_073_709_551_616.0 {
        self = .largeUnsigned(UInt64(d))
      } else {
        return nil
      }
    case .bool(let b): self = .bool(b)
    case .string(let s): self = .string(s)
    default: return nil
    }
  }
}

extension Value: Equatable {
  /// Same kind and equal by CEL's rules: stricter than CEL's `==` (1 and 1.0 differ here),
  /// which is what tests and golden comparisons want.
  public static func == (lhs: Value, rhs: Value) -> Bool {
    lhs.type == rhs.type && Value.equal(lhs, rhs)
  }
}
