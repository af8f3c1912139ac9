/// CEL's operators on values: heterogeneous equality, ordering across numeric types, and
/// arithmetic that reports overflow instead of wrapping.
extension Value {
  /// Equality as CEL defines it: values of different kinds are unequal (not an error), numbers
  /// compare by value across int, uint and double, NaN equals nothing.
  public static func equal(_ lhs: Value, _ rhs: Value) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b && a.unicodeScalars.elementsEqual(b.unicodeScalars)
    case (.bytes(let a), .bytes(let b)): return a == b
    case (.type(let a), .type(let b)): return a.name == b.name
    case (.timestamp(let a), .timestamp(let b)): return a == b
    case (.duration(let a), .duration(let b)): return a == b
    case (.date(let a), .date(let b)): return a == b
    case (.period(let a), .period(let b)): return a == b
    case (.list(let a), .list(let b)):
      guard a.count == b.count else { return false }
      for (x, y) in zip(a.items, b.items) where !equal(x, y) { return false }
      return true
    case (.map(let a), .map(let b)):
      guard a.count == b.count else { return false }
      for (key, value) in zip(a.keys, a.values) {
        guard let other = b[key], equal(value, other) else { return false }
      }
      return true
    default:
      if let order = numericOrder(lhs, rhs) { return order == 0 }
      return false
    }
  }

  /// -1, 0 or 1 for two numbers of any numeric kind; nil if either is not a number or is NaN.
  static func numericOrder(_ lhs: Value, _ rhs: Value) -> Int? {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)): return a < b ? -1 : a == b ? 0 : 1
    case (.uint(let a), .uint(let b)): return a < b ? -1 : a == b ? 0 : 1
    case (.double(let a), .double(let b)):
      if a.isNaN || b.isNaN { return nil }
      return a < b ? -1 : a == b ? 0 : 1
    case (.int(let a), .uint(let b)):
      if a < 0 { return -1 }
      let ua = UInt64(a)
      return ua < b ? -1 : ua == b ? 0 : 1
    case (.uint, .int): return numericOrder(rhs, lhs).map { -$0 }
    case (.int(let a), .double(let b)): return compare(integer: a, double: b)
    case (.double, .int): return numericOrder(rhs, lhs).map { -$0 }
    case (.uint(let a), .double(let b)): return compare(unsigned: a, double: b)
    case (.double, .uint): return numericOrder(rhs, lhs).map { -$0 }
    default: return nil
    }
  }

  /// An int or uint meets a double as a double, as CEL implementations compare them (so
  /// 9223372036854775807 equals 9223372036854775808.0: the int rounds to that double).
  private static func compare(integer a: Int64, double b: Double) -> Int? {
    if b.isNaN { return nil }
    let x = Double(a)
    return x < b ? -1 : x == b ? 0 : 1
  }

  private static func compare(unsigned a: UInt64, double b: Double) -> Int? {
    if b.isNaN { return nil }
    let x = Double(a)
    return x < b ? -1 : x == b ? 0 : 1
  }

  /// Ordering for `<`, `<=`, `>`, `>=`; nil when the kinds cannot be ordered (an error) and
  /// for NaN (every comparison with NaN is false).
  static func order(_ lhs: Value, _ rhs: Value, function: String) throws -> Int? {
    switch (lhs, rhs) {
    case (.bool(let a), .bool(let b)): return a == b ? 0 : (!a ? -1 : 1)
    case (.string(let a), .string(let b)):
      // By code point, which is UTF-8 byte order; Swift's String ordering is not.
      return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
        ? -1 : (a.unicodeScalars.elementsEqual(b.unicodeScalars) ? 0 : 1)
    case (.bytes(let a), .bytes(let b)): return a.lexicographicallyPrecedes(b) ? -1 : (a == b ? 0 : 1)
    case (.timestamp(let a), .timestamp(let b)): return a < b ? -1 : a == b ? 0 : 1
    case (.duration(let a), .duration(let b)): return a < b ? -1 : a == b ? 0 : 1
    case (.date(let a), .date(let b)): return a < b ? -1 : a == b ? 0 : 1
    case (.period(let a), .period(let b)):
      let x = a.approximateDays
      let y = b.approximateDays
      return x < y ? -1 : x == y ? 0 : 1
    default:
      switch (lhs, rhs) {
      case (.int, .int), (.int, .uint), (.int, .double), (.uint, .int), (.uint, .uint), (.uint, .double),
        (.double, .int), (.double, .uint), (.double, .double):
        return numericOrder(lhs, rhs)
      default:
        throw EvaluationError.overload(function, lhs, rhs)
      }
    }
  }

  static func add(_ lhs: Value, _ rhs: Value) throws -> Value {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)):
      let (r, o) = a.addingReportingOverflow(b)
      if o { throw EvaluationError(.overflow("int +")) }
      return .int(r)
    case (.uint(let a), .uint(let b)):
      let (r, o) = a.addingReportingOverflow(b)
      if o { throw EvaluationError(.overflow("uint +")) }
      return .uint(r)
    case (.double(let a), .double(let b)): return .double(a + b)
    case (.string(let a), .string(let b)): return .string(a + b)
    case (.bytes(let a), .bytes(let b)): return .bytes(a + b)
    case (.list(let a), .list(let b)): return .list(ListValue(a.items + b.items))
    case (.timestamp(let t), .duration(let d)), (.duration(let d), .timestamp(let t)):
      guard let r = Timestamp(seconds: t.seconds &+ d.seconds, nanos: t.nanos + d.nanos),
        abs(d.seconds) <= Duration.maxSeconds
      else { throw EvaluationError(.overflow("timestamp +")) }
      return .timestamp(r)
    case (.duration(let a), .duration(let b)):
      guard let r = a + b else { throw EvaluationError(.overflow("duration +")) }
      return .duration(r)
    case (.date(let d), .period(let p)), (.period(let p), .date(let d)):
      return .date(try shifted(d, by: p, sign: 1, what: "date + period"))
    case (.period(let a), .period(let b)):
      return .period(Period(years: a.years + b.years, months: a.months + b.months, days: a.days + b.days))
    default: throw EvaluationError.overload(Operator.add.rawValue, lhs, rhs)
    }
  }

  static func subtract(_ lhs: Value, _ rhs: Value) throws -> Value {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)):
      let (r, o) = a.subtractingReportingOverflow(b)
      if o { throw EvaluationError(.overflow("int -")) }
      return .int(r)
    case (.uint(let a), .uint(let b)):
      let (r, o) = a.subtractingReportingOverflow(b)
      if o { throw EvaluationError(.overflow("uint -")) }
      return .uint(r)
    case (.double(let a), .double(let b)): return .double(a - b)
    case (.timestamp(let t), .duration(let d)):
      guard let r = Timestamp(seconds: t.seconds &- d.seconds, nanos: t.nanos - d.nanos) else {
        throw EvaluationError(.overflow("timestamp -"))
      }
      return .timestamp(r)
    case (.timestamp(let a), .timestamp(let b)):
      guard let r = Duration(seconds: a.seconds - b.seconds, nanos: Int64(a.nanos) - Int64(b.nanos)) else {
        throw EvaluationError(.overflow("timestamp - timestamp"))
      }
      return .duration(r)
    case (.duration(let a), .duration(let b)):
      guard let negated = -b, let r = a + negated else { throw EvaluationError(.overflow("duration -")) }
      return .duration(r)
    case (.date(let d), .period(let p)):
      return .date(try shifted(d, by: p, sign: -1, what: "date - period"))
    case (.date(let a), .date(let b)):
      // Whole days between two dates: the difference most rules want ("days since last use").
      return .int(Int64(a.daysSinceEpoch - b.daysSinceEpoch))
    default: throw EvaluationError.overload(Operator.subtract.rawValue, lhs, rhs)
    }
  }

  /// Calendar arithmetic as `CalendarDate.adding` does it (years and months first, the day
  /// clamped to the month's end, then days), but a result outside the years `date()` accepts
  /// is an error instead of a date no document could hold.
  static func shifted(_ date: CalendarDate, by period: Period, sign: Int, what: String) throws -> CalendarDate {
    let outOfRange = EvaluationError(.dateOutOfRange(what))
    // Periods parse to at most seven digits a part, and sums of them stay far from overflow;
    // the checks are for a pathological sum all the same.
    let (yearMonths, o1) = period.years.multipliedReportingOverflow(by: 12)
    let (months, o2) = yearMonths.addingReportingOverflow(period.months)
    let (shift, o3) = months.multipliedReportingOverflow(by: sign)
    let (total, o4) = (date.year * 12 + date.month - 1).addingReportingOverflow(shift)
    guard !(o1 || o2 || o3 || o4), total >= 12 else { throw outOfRange }
    let year = total / 12
    let month = total % 12 + 1
    guard
      let clamped = CalendarDate(
        year: year, month: month, day: min(date.day, CalendarDate.daysIn(month: month, year: year)))
    else { throw outOfRange }
    let (days, o5) = period.days.multipliedReportingOverflow(by: sign)
    let (epochDay, o6) = clamped.daysSinceEpoch.addingReportingOverflow(days)
    // Days since 1970 of 0001-01-01 and 9999-12-31: outside them the conversion is not a date.
    guard !(o5 || o6), (-719_162)...2_932_896 ~= epochDay else { throw outOfRange }
    let result = CalendarDate(daysSinceEpoch: epochDay)
    guard let valid = CalendarDate(year: result.year, month: result.month, day: result.day) else { throw outOfRange }
    return valid
  }

  static func multiply(_ lhs: Value, _ rhs: Value) throws -> Value {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)):
      let (r, o) = a.multipliedReportingOverflow(by: b)
      if o { throw EvaluationError(.overflow("int *")) }
      return .int(r)
    case (.uint(let a), .uint(let b)):
      let (r, o) = a.multipliedReportingOverflow(by: b)
      if o { throw EvaluationError(.overflow("uint *")) }
      return .uint(r)
    case (.double(let a), .double(let b)): return .double(a * b)
    default: throw EvaluationError.overload(Operator.multiply.rawValue, lhs, rhs)
    }
  }

  static func divide(_ lhs: Value, _ rhs: Value) throws -> Value {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)):
      if b == 0 { throw EvaluationError(.divisionByZero) }
      let (r, o) = a.dividedReportingOverflow(by: b)
      if o { throw EvaluationError(.overflow("int /")) }
      return .int(r)
    case (.uint(let a), .uint(let b)):
      if b == 0 { throw EvaluationError(.divisionByZero) }
      return .uint(a / b)
    case (.double(let a), .double(let b)): return .double(a / b)
    default: throw EvaluationError.overload(Operator.divide.rawValue, lhs, rhs)
    }
  }

  static func remainder(_ lhs: Value, _ rhs: Value) throws -> Value {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)):
      if b == 0 { throw EvaluationError(.moduloByZero) }
      let (r, o) = a.remainderReportingOverflow(dividingBy: b)
      if o { throw EvaluationError(.overflow("int %")) }
      return .int(r)
    case (.uint(let a), .uint(let b)):
      if b == 0 { throw EvaluationError(.moduloByZero) }
      return .uint(a % b)
    default: throw EvaluationError.overload(Operator.remainder.rawValue, lhs, rhs)
    }
  }

  static func negate(_ value: Value) throws -> Value {
    switch value {
    case .int(let a):
      if a == Int64.min { throw EvaluationError(.overflow("-int")) }
      return .int(-a)
    case .double(let d): return .double(-d)
    case .duration(let d):
      guard let r = -d else { throw EvaluationError(.overflow("-duration")) }
      return .duration(r)
    default: throw EvaluationError.overload(Operator.negate.rawValue, value)
    }
  }

  /// `e in list` (heterogeneous equality) and `k in map` (key presence).
  static func contains(_ container: Value, _ element: Value) throws -> Bool {
    switch container {
    case .list(let list): return list.items.contains { equal($0, element) }
    case .map(let map): return map.hasKey(element)
    default: throw EvaluationError.overload(Operator.in.rawValue, element, container)
    }
  }

  /// `container[index]`.
  static func index(_ container: Value, _ index: Value) throws -> Value {
    switch container {
    case .list(let list):
      let position: Int64
      switch index {
      case .int(let i): position = i
      case .uint(let u): position = u > UInt64(Int64.max) ? Int64.max : Int64(u)
      case .double(let d) where d.rounded() == d && abs(d) < 9e18: position = Int64(d)
      default: throw EvaluationError.overload(Operator.index.rawValue, container, index)
      }
      guard position >= 0, position < list.count else {
        throw EvaluationError(.indexOutOfRange(position, count: list.count))
      }
      return list[Int(position)]
    case .map(let map):
      guard MapValue.isValidKey(index) || index.isNumber else {
        throw EvaluationError.overload(Operator.index.rawValue, container, index)
      }
      guard let value = map[index] else { throw EvaluationError(.noSuchKey(index.debugText)) }
      return value
    default:
      throw EvaluationError.overload(Operator.index.rawValue, container, index)
    }
  }

  var isNumber: Bool {
    switch self {
    case .int, .uint, .double: return true
    default: return false
    }
  }

  /// A short rendering for error messages.
  var debugText: String {
    switch self {
    case .string(let s): return "'\(s)'"
    default: return (try? StringFormatter.plain(self)) ?? type.name
    }
  }
}
