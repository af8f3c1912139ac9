/// A value of tillit's expression language (CEL, with dates and periods added).
///
/// Lists and maps are value types; documents become maps and lists whose `origin` remembers
/// the YAML node they were read from, so a finding can point at the place.
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
  /// A calendar date as documents write it (`2025-01-15`): tillit's addition.
  case date(CalendarDate)
  /// An ISO 8601 period (`P3Y`): tillit's addition.
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

/// A list, with the YAML node it was read from when it comes from a document.
public struct ListValue: Sendable {
  public var items: [Value]
  public var origin: YAMLNode?

  public init(_ items: [Value], origin: YAMLNode? = nil) {
    self.items = items
    self.origin = origin
  }
}

/// A map with keys of type int, uint, bool or string, in insertion order.
///
/// Lookups follow CEL's heterogeneous equality: `{1: 'a'}[1u]` and `{1: 'a'}[1.0]` find the
/// entry, because numeric keys are indexed by their numeric value.
public struct MapValue: Sendable {
  public private(set) var keys: [Value] = []
  public private(set) var values: [Value] = []
  private var index: [MapKey: Int] = [:]
  public var origin: YAMLNode?

  public init(origin: YAMLNode? = nil) {
    self.origin = origin
  }

  public var count: Int { keys.count }

  /// Adds an entry; false if the key is already present (or cannot be a key).
  @discardableResult
  public mutating func insert(_ key: Value, _ value: Value) -> Bool {
    guard let mapKey = MapKey(key), index[mapKey] == nil else { return false }
    index[mapKey] = keys.count
    keys.append(key)
    values.append(value)
    return true
  }

  public subscript(key: Value) -> Value? {
    guard let mapKey = MapKey(key), let position = index[mapKey] else { return nil }
    return values[position]
  }

  public subscript(key: String) -> Value? {
    guard let position = index[.string(key)] else { return nil }
    return values[position]
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
