import Foundation

/// Every function expressions can call: CEL's standard library, its strings extension, and
/// the small domain additions tillit's rules need (dates, periods, frequencies, legal
/// references). Built once; the compiler looks names up here.
public enum StandardLibrary {
  static let functions: [String: Function] = {
    var table: [String: Function] = [:]
    for function in core + conversions + strings + time + calendar {
      precondition(table[function.name] == nil, "function \(function.name) is defined twice")
      table[function.name] = chargingProducers.contains(function.name) ? charging(function) : function
    }
    return table
  }()

  /// Functions whose result is text or a list no longer than their input (or, for NFKC in
  /// `norm_name`, a few times it): their result is counted like the others' (`Activation.charge`)
  /// by wrapping them here. Those that can multiply their input count inside themselves.
  static let chargingProducers: Set<String> = [
    "bytes", "lowerAscii", "upperAscii", "substring", "trim", "reverse",
  ]

  private static func charging(_ function: Function) -> Function {
    let implementation = function.implementation
    let name = function.name
    return Function(name, global: function.globalArities, member: function.memberArities) { args, activation in
      let result = try implementation(args, activation)
      try activation.charge(result, function: name)
      return result
    }
  }

  /// The error of a call whose argument types no overload accepts: for extension functions too.
  public static func overload(_ name: String, _ arguments: [Value]) -> EvaluationError {
    EvaluationError(.noMatchingOverload(function: name, types: arguments.map(\.type.name)))
  }

  // MARK: Core

  static let core: [Function] = [
    Function("size", global: [1], member: [0]) { args, _ in
      switch args[0] {
      case .string(let s): return .int(Int64(s.unicodeScalars.count))
      case .bytes(let b): return .int(Int64(b.count))
      case .list(let l): return .int(Int64(l.count))
      case .map(let m): return .int(Int64(m.count))
      default: throw overload("size", args)
      }
    },
    Function("contains", member: [1]) { args, _ in
      guard case .string(let s) = args[0], case .string(let part) = args[1] else { throw overload("contains", args) }
      return .bool(scalarIndex(of: part, in: Array(s.unicodeScalars), from: 0) != nil)
    },
    Function("startsWith", member: [1]) { args, _ in
      guard case .string(let s) = args[0], case .string(let prefix) = args[1] else {
        throw overload("startsWith", args)
      }
      return .bool(s.unicodeScalars.starts(with: prefix.unicodeScalars))
    },
    Function("endsWith", member: [1]) { args, _ in
      guard case .string(let s) = args[0], case .string(let suffix) = args[1] else { throw overload("endsWith", args) }
      return .bool(s.unicodeScalars.reversed().starts(with: suffix.unicodeScalars.reversed()))
    },
    Function("matches", global: [2], member: [1]) { args, activation in
      guard case .string(let s) = args[0], case .string(let pattern) = args[1] else { throw overload("matches", args) }
      // A pattern computed while evaluating; a literal one is compiled once by the compiler.
      try activation.spend(pattern.utf8.count)
      return .bool(try RegularExpression(pattern).matches(s))
    },
  ]

  // MARK: Conversions

  static let conversions: [Function] = [
    Function("int", global: [1]) { args, _ in
      switch args[0] {
      case .int: return args[0]
      case .uint(let u):
        guard u <= UInt64(Int64.max) else { throw EvaluationError(.overflow("int(uint)")) }
        return .int(Int64(u))
      case .double(let d):
        guard d.isFinite, d > -9_223_372_036_854_775_808.0, d < 9_223_372_036_854_775_808.0 else {
          throw EvaluationError(.overflow("int(double)"))
        }
        return .int(Int64(d.rounded(.towardZero)))
      case .string(let s):
        guard let i = Int64(s) else { throw EvaluationError(.invalidArgument("int('\(s)')")) }
        return .int(i)
      case .timestamp(let t): return .int(t.seconds)
      default: throw overload("int", args)
      }
    },
    Function("uint", global: [1]) { args, _ in
      switch args[0] {
      case .uint: return args[0]
      case .int(let i):
        guard i >= 0 else { throw EvaluationError(.overflow("uint(int)")) }
        return .uint(UInt64(i))
      case .double(let d):
        guard d.isFinite, d >= 0, d < 18_446_744_073_709_551_616.0 else {
          throw EvaluationError(.overflow("uint(double)"))
        }
        return .uint(UInt64(d.rounded(.towardZero)))
      case .string(let s):
        guard let u = UInt64(s) else { throw EvaluationError(.invalidArgument("uint('\(s)')")) }
        return .uint(u)
      default: throw overload("uint", args)
      }
    },
    Function("double", global: [1]) { args, _ in
      switch args[0] {
      case .double: return args[0]
      case .int(let i): return .double(Double(i))
      case .uint(let u): return .double(Double(u))
      case .string(let s):
        guard let d = parseDouble(s) else { throw EvaluationError(.invalidArgument("double('\(s)')")) }
        return .double(d)
      default: throw overload("double", args)
      }
    },
    Function("string", global: [1]) { args, activation in
      switch args[0] {
      case .list, .map, .null, .type: throw overload("string", args)
      default:
        let text = Value.string(try StringFormatter.plain(args[0]))
        try activation.charge(text, function: "string")
        return text
      }
    },
    Function("bytes", global: [1]) { args, _ in
      switch args[0] {
      case .bytes: return args[0]
      case .string(let s): return .bytes(Array(s.utf8))
      default: throw overload("bytes", args)
      }
    },
    Function("bool", global: [1]) { args, _ in
      switch args[0] {
      case .bool: return args[0]
      case .string(let s):
        switch s {
        case "1", "t", "T", "true", "TRUE", "True": return .bool(true)
        case "0", "f", "F", "false", "FALSE", "False": return .bool(false)
        default: throw EvaluationError(.invalidArgument("bool('\(s)')"))
        }
      default: throw overload("bool", args)
      }
    },
    Function("dyn", global: [1]) { args, _ in args[0] },
    Function("type", global: [1]) { args, _ in .type(args[0].type) },
  ]

  static func parseDouble(_ text: String) -> Double? {
    switch text.lowercased() {
    case "nan": return .nan
    case "inf", "+inf", "infinity", "+infinity": return .infinity
    case "-inf", "-infinity": return -.infinity
    default: break
    }
    guard !text.isEmpty, !text.lowercased().contains("x"), !text.contains("_"), let value = Double(text) else {
      return nil
    }
    // Out of range ("1e400") is an error, as in CEL's implementations, not infinity.
    return value.isInfinite ? nil : value
  }

  // MARK: Strings extension

  static let strings: [Function] = [
    Function("charAt", member: [1]) { args, _ in
      guard case .string(let s) = args[0], case .int(let i) = args[1] else { throw overload("charAt", args) }
      let scalars = Array(s.unicodeScalars)
      guard i >= 0, i <= scalars.count else { throw EvaluationError(.indexOutOfRange(i, count: scalars.count)) }
      return .string(i == scalars.count ? "" : String(scalars[Int(i)]))
    },
    Function("indexOf", member: [1, 2]) { args, _ in
      guard case .string(let s) = args[0], case .string(let part) = args[1] else { throw overload("indexOf", args) }
      let scalars = Array(s.unicodeScalars)
      var offset = 0
      if args.count == 3 {
        guard case .int(let o) = args[2] else { throw overload("indexOf", args) }
        guard o >= 0, o <= scalars.count else { throw EvaluationError(.indexOutOfRange(o, count: scalars.count)) }
        offset = Int(o)
      }
      return .int(Int64(scalarIndex(of: part, in: scalars, from: offset) ?? -1))
    },
    Function("lastIndexOf", member: [1, 2]) { args, _ in
      guard case .string(let s) = args[0], case .string(let part) = args[1] else {
        throw overload("lastIndexOf", args)
      }
      let scalars = Array(s.unicodeScalars)
      let needle = Array(part.unicodeScalars)
      var last = scalars.count - needle.count
      if args.count == 3 {
        guard case .int(let o) = args[2] else { throw overload("lastIndexOf", args) }
        guard o >= 0, o <= scalars.count else { throw EvaluationError(.indexOutOfRange(o, count: scalars.count)) }
        last = min(last, Int(o))
      }
      var i = last
      while i >= 0 {
        if scalars[i..<(i + needle.count)].elementsEqual(needle) { return .int(Int64(i)) }
        i -= 1
      }
      return .int(-1)
    },
    Function("lowerAscii", member: [0]) { args, _ in
      guard case .string(let s) = args[0] else { throw overload("lowerAscii", args) }
      return .string(
        String(
          String.UnicodeScalarView(
            s.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 })))
    },
    Function("upperAscii", member: [0]) { args, _ in
      guard case .string(let s) = args[0] else { throw overload("upperAscii", args) }
      return .string(
        String(
          String.UnicodeScalarView(
            s.unicodeScalars.map { ("a"..."z").contains($0) ? Unicode.Scalar($0.value - 32)! : $0 })))
    },
    Function("replace", member: [2, 3]) { args, activation in
      guard case .string(let s) = args[0], case .string(let old) = args[1], case .string(let new) = args[2] else {
        throw overload("replace", args)
      }
      var limit = -1
      if args.count == 4 {
        guard case .int(let n) = args[3] else { throw overload("replace", args) }
        limit = n < 0 ? -1 : Int(clamping: n)
      }
      let result = Value.string(try replace(s, old, new, limit: limit))
      try activation.charge(result, function: "replace")
      return result
    },
    Function("split", member: [1, 2]) { args, activation in
      guard case .string(let s) = args[0], case .string(let separator) = args[1] else { throw overload("split", args) }
      var limit = -1
      if args.count == 3 {
        guard case .int(let n) = args[2] else { throw overload("split", args) }
        limit = n < 0 ? -1 : Int(clamping: n)
      }
      let result = Value.list(split(s, separator, limit: limit).map(Value.string))
      try activation.charge(result, function: "split")
      return result
    },
    Function("substring", member: [1, 2]) { args, _ in
      guard case .string(let s) = args[0], case .int(let start) = args[1] else { throw overload("substring", args) }
      let scalars = Array(s.unicodeScalars)
      var end = Int64(scalars.count)
      if args.count == 3 {
        guard case .int(let e) = args[2] else { throw overload("substring", args) }
        end = e
      }
      guard start >= 0, start <= end, end <= scalars.count else {
        throw EvaluationError(
          .invalidArgumentReason(
            Texts.celEvalSubstringOutOfRange(start: String(start), end: String(end), length: scalars.count)))
      }
      return .string(String(String.UnicodeScalarView(scalars[Int(start)..<Int(end)])))
    },
    Function("trim", member: [0]) { args, _ in
      guard case .string(let s) = args[0] else { throw overload("trim", args) }
      var scalars = Substring(s).unicodeScalars[...]
      while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
      while let last = scalars.last, isSpace(last) { scalars.removeLast() }
      return .string(String(String.UnicodeScalarView(scalars)))
    },
    Function("join", member: [0, 1]) { args, activation in
      guard case .list(let list) = args[0] else { throw overload("join", args) }
      var separator = ""
      if args.count == 2 {
        guard case .string(let s) = args[1] else { throw overload("join", args) }
        separator = s
      }
      var parts: [String] = []
      // Measured before joining, so a join that is too large is refused without being built.
      var bytes = separator.utf8.count * max(0, list.count - 1)
      for item in list.items {
        guard case .string(let s) = item else { throw overload("join", args) }
        parts.append(s)
        bytes += s.utf8.count
      }
      if bytes > 4 * ExpressionLimits.maxStringLength {
        throw EvaluationError(.textTooLong(function: "join", limit: ExpressionLimits.maxStringLength))
      }
      let result = Value.string(parts.joined(separator: separator))
      try activation.charge(result, function: "join")
      return result
    },
    Function("reverse", member: [0]) { args, _ in
      switch args[0] {
      case .string(let s): return .string(String(String.UnicodeScalarView(s.unicodeScalars.reversed())))
      case .list(let l): return .list(ListValue(l.items.reversed()))
      default: throw overload("reverse", args)
      }
    },
    Function("format", member: [1]) { args, activation in
      guard case .string(let template) = args[0], case .list(let list) = args[1] else {
        throw overload("format", args)
      }
      let result = Value.string(try StringFormatter.format(template, list.items))
      try activation.charge(result, function: "format")
      return result
    },
    Function("strings.quote", global: [1]) { args, activation in
      guard case .string(let s) = args[0] else { throw overload("strings.quote", args) }
      let result = Value.string(StringFormatter.quote(s))
      try activation.charge(result, function: "strings.quote")
      return result
    },
  ]

  /// Unicode white space as Go's `unicode.IsSpace` (what the strings extension's trim uses).
  public static func isSpace(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  static func scalarIndex(of part: String, in scalars: [Unicode.Scalar], from offset: Int) -> Int? {
    let needle = Array(part.unicodeScalars)
    if needle.isEmpty { return offset }
    guard scalars.count >= needle.count else { return nil }
    var i = offset
    while i + needle.count <= scalars.count {
      if scalars[i] == needle[0] && scalars[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }

  /// `s.replace(old, new, limit)`; refuses, while building, an output longer than
  /// `ExpressionLimits.maxStringLength` (each replacement can multiply the length).
  static func replace(_ s: String, _ old: String, _ new: String, limit: Int) throws -> String {
    if limit == 0 { return s }
    let scalars = Array(s.unicodeScalars)
    let needle = Array(old.unicodeScalars)
    let replacement = Array(new.unicodeScalars)
    var output = String.UnicodeScalarView()
    // The output's length in scalars so far: checked as it grows, so a replacement that would
    // multiply the text is stopped before the memory is spent.
    var length = 0
    func write(_ part: some Collection<Unicode.Scalar>, count: Int) throws {
      length += count
      if length > ExpressionLimits.maxStringLength {
        throw EvaluationError(.textTooLong(function: "replace", limit: ExpressionLimits.maxStringLength))
      }
      output.append(contentsOf: part)
    }
    var i = 0
    var done = 0
    while i <= scalars.count {
      if limit >= 0 && done >= limit { break }
      if needle.isEmpty {
        try write(replacement, count: replacement.count)
        done += 1
        if i < scalars.count { try write(CollectionOfOne(scalars[i]), count: 1) }
        i += 1
        continue
      }
      guard i + needle.count <= scalars.count else { break }
      if scalars[i..<(i + needle.count)].elementsEqual(needle) {
        try write(replacement, count: replacement.count)
        i += needle.count
        done += 1
      } else {
        try write(CollectionOfOne(scalars[i]), count: 1)
        i += 1
      }
    }
    if i < scalars.count { try write(scalars[i...], count: scalars.count - i) }
    return String(output)
  }

  static func split(_ s: String, _ separator: String, limit: Int) -> [String] {
    if limit == 0 { return [] }
    let scalars = Array(s.unicodeScalars)
    let needle = Array(separator.unicodeScalars)
    var parts: [String] = []
    if needle.isEmpty {
      for (i, c) in scalars.enumerated() {
        if limit > 0 && parts.count == limit - 1 {
          parts.append(String(String.UnicodeScalarView(scalars[i...])))
          return parts
        }
        parts.append(String(c))
      }
      return parts
    }
    var start = 0
    var i = 0
    while i + needle.count <= scalars.count {
      if limit > 0 && parts.count == limit - 1 { break }
      if scalars[i..<(i + needle.count)].elementsEqual(needle) {
        parts.append(String(String.UnicodeScalarView(scalars[start..<i])))
        i += needle.count
        start = i
      } else {
        i += 1
      }
    }
    parts.append(String(String.UnicodeScalarView(scalars[start...])))
    return parts
  }

  // MARK: Timestamps and durations

  static func timestampGetter(_ name: String, _ field: @escaping @Sendable (Timestamp, String?) throws -> Int64?)
    -> Function
  {
    Function(name, member: [0, 1]) { args, _ in
      var zone: String?
      if args.count == 2 {
        guard case .string(let z) = args[1] else { throw overload(name, args) }
        zone = z
      }
      switch args[0] {
      case .timestamp(let t):
        guard let value = try field(t, zone) else {
          let name = zone ?? ""
          throw EvaluationError(
            .invalidArgumentReason(Texts.celEvalUnknownTimeZone(zone: name)))
        }
        return .int(value)
      case .duration(let d) where args.count == 1:
        switch name {
        case "getHours": return .int(d.seconds / 3600)
        case "getMinutes": return .int(d.seconds / 60)
        case "getSeconds": return .int(d.seconds)
        case "getMilliseconds": return .int(Int64(d.nanos) / 1_000_000)
        default: throw overload(name, args)
        }
      default: throw overload(name, args)
      }
    }
  }

  static let time: [Function] = [
    Function("timestamp", global: [1]) { args, _ in
      switch args[0] {
      case .timestamp: return args[0]
      case .string(let s):
        guard let t = Timestamp(rfc3339: s) else { throw EvaluationError(.invalidArgument("timestamp('\(s)')")) }
        return .timestamp(t)
      case .int(let i):
        guard let t = Timestamp(seconds: i) else { throw EvaluationError(.overflow("timestamp(\(i))")) }
        return .timestamp(t)
      default: throw overload("timestamp", args)
      }
    },
    Function("duration", global: [1]) { args, _ in
      switch args[0] {
      case .duration: return args[0]
      case .string(let s):
        guard let d = Duration(text: s) else { throw EvaluationError(.invalidArgument("duration('\(s)')")) }
        return .duration(d)
      default: throw overload("duration", args)
      }
    },
    timestampGetter("getFullYear") { t, z in t.components(in: z).map { Int64($0.year) } },
    timestampGetter("getMonth") { t, z in t.components(in: z).map { Int64($0.month - 1) } },
    timestampGetter("getDate") { t, z in t.components(in: z).map { Int64($0.day) } },
    timestampGetter("getDayOfMonth") { t, z in t.components(in: z).map { Int64($0.day - 1) } },
    timestampGetter("getDayOfWeek") { t, z in t.components(in: z).map { Int64($0.dayOfWeek) } },
    timestampGetter("getDayOfYear") { t, z in t.components(in: z).map { Int64($0.dayOfYear) } },
    timestampGetter("getHours") { t, z in t.components(in: z).map { Int64($0.hour) } },
    timestampGetter("getMinutes") { t, z in t.components(in: z).map { Int64($0.minute) } },
    timestampGetter("getSeconds") { t, z in t.components(in: z).map { Int64($0.second) } },
    timestampGetter("getMilliseconds") { t, z in t.components(in: z).map { _ in Int64(t.nanos / 1_000_000) } },
  ]

  // MARK: Calendar dates and periods (additions to CEL)

  /// Null, or text with nothing but white space in it: what a calendar or domain function reads as "no
  /// value given" (an absent field is null), answering with its natural nothing instead of an
  /// error, so that built-in rules over incomplete documents never fail.
  public static func isNothing(_ value: Value) -> Bool {
    switch value {
    case .null: return true
    case .string(let s): return s.unicodeScalars.allSatisfy(isSpace)
    default: return false
    }
  }

  /// Dates and periods: `today()`, `date(text)`, `period(text)`, `period_equal(a, b)` and
  /// `days(period)`. Each answers null or blank input with null (or false).
  static let calendar: [Function] = [
    Function("today", global: [0]) { _, activation in .date(activation.today) },
    Function("date", global: [1]) { args, _ in
      if isNothing(args[0]) { return .null }
      switch args[0] {
      case .date: return args[0]
      case .string(let s):
        guard let d = CalendarDate(s) else { throw EvaluationError(.invalidArgument("date('\(s)')")) }
        return .date(d)
      default: throw overload("date", args)
      }
    },
    Function("period", global: [1]) { args, _ in
      if isNothing(args[0]) { return .null }
      switch args[0] {
      case .period: return args[0]
      case .string(let s):
        guard let p = Period(s) else { throw EvaluationError(.invalidArgument("period('\(s)')")) }
        return .period(p)
      default: throw overload("period", args)
      }
    },
    Function("period_equal", global: [2]) { args, _ in
      if isNothing(args[0]) || isNothing(args[1]) { return .bool(false) }
      guard case .period(let a) = args[0], case .period(let b) = args[1] else { throw overload("period_equal", args) }
      return .bool(a.isCalendarEqual(to: b))
    },
    Function("days", global: [1]) { args, _ in
      if isNothing(args[0]) { return .null }
      guard case .period(let p) = args[0] else { throw overload("days", args) }
      return .double(p.approximateDays)
    },
  ]
}
