import Foundation

/// A point in time with nanosecond precision, within CEL's range 0001-01-01 to 9999-12-31 UTC.
public struct Timestamp: Sendable, Hashable, Comparable {
  /// Seconds since 1970-01-01T00:00:00Z.
  public var seconds: Int64
  /// 0 ..< 1,000,000,000.
  public var nanos: Int32

  static let minSeconds: Int64 = -62_135_596_800  // 0001-01-01T00:00:00Z
  static let maxSeconds: Int64 = 253_402_300_799  // 9999-12-31T23:59:59Z

  public init?(seconds: Int64, nanos: Int32 = 0) {
    var s = seconds
    var n = Int64(nanos)
    if n < 0 || n >= 1_000_000_000 {
      s += n / 1_000_000_000
      n %= 1_000_000_000
      if n < 0 {
        n += 1_000_000_000
        s -= 1
      }
    }
    guard s >= Timestamp.minSeconds, s <= Timestamp.maxSeconds else { return nil }
    self.seconds = s
    self.nanos = Int32(n)
  }

  /// RFC 3339: `2009-02-13T23:31:30Z`, `2009-02-13T23:31:30.123+01:00`.
  public init?(rfc3339 text: String) {
    let scalars = Array(text.utf8)
    func number(_ from: Int, _ count: Int) -> Int? {
      guard from + count <= scalars.count else { return nil }
      var value = 0
      for i in from..<(from + count) {
        guard scalars[i] >= 48, scalars[i] <= 57 else { return nil }
        value = value * 10 + Int(scalars[i] - 48)
      }
      return value
    }
    guard scalars.count >= 20, scalars[4] == UInt8(ascii: "-"), scalars[7] == UInt8(ascii: "-"),
      scalars[10] == UInt8(ascii: "T") || scalars[10] == UInt8(ascii: "t"),
      scalars[13] == UInt8(ascii: ":"), scalars[16] == UInt8(ascii: ":"),
      let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      let date = CalendarDate(year: year, month: month, day: day), hour < 24, minute < 60, second < 60
    else { return nil }
    var i = 19
    var nanos: Int64 = 0
    if i < scalars.count, scalars[i] == UInt8(ascii: ".") {
      i += 1
      var digits = 0
      while i < scalars.count, scalars[i] >= 48, scalars[i] <= 57 {
        if digits < 9 { nanos = nanos * 10 + Int64(scalars[i] - 48) }
        digits += 1
        i += 1
      }
      guard digits > 0 else { return nil }
      for _ in digits..<max(digits, 9) { nanos *= 10 }
    }
    var offset = 0
    guard i < scalars.count else { return nil }
    switch scalars[i] {
    case UInt8(ascii: "Z"), UInt8(ascii: "z"):
      i += 1
    case UInt8(ascii: "+"), UInt8(ascii: "-"):
      guard let h = number(i + 1, 2), scalars.count > i + 3, scalars[i + 3] == UInt8(ascii: ":"),
        let m = number(i + 4, 2)
      else { return nil }
      offset = (h * 3600 + m * 60) * (scalars[i] == UInt8(ascii: "-") ? -1 : 1)
      i += 6
    default:
      return nil
    }
    guard i == scalars.count else { return nil }
    let seconds = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset)
    self.init(seconds: seconds, nanos: Int32(nanos))
  }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
  }

  /// RFC 3339 in UTC, fractional seconds only when present and without trailing zeros.
  public var description: String {
    let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    let secondOfDay = Int(seconds - Int64(days) * 86_400)
    let date = CalendarDate(daysSinceEpoch: days)
    var text =
      date.description + "T" + Timestamp.pad(secondOfDay / 3600) + ":"
      + Timestamp.pad(secondOfDay / 60 % 60) + ":" + Timestamp.pad(secondOfDay % 60)
    if nanos != 0 {
      var fraction = String(nanos)
      fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
      while fraction.hasSuffix("0") { fraction.removeLast() }
      text += "." + fraction
    }
    return text + "Z"
  }

  static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// Broken-down fields in a time zone: an IANA name (`Europe/Stockholm`) or an offset
  /// (`+02:00`, `-09:30`, `02:00`). Nil for a zone that cannot be read.
  func components(in zone: String?) -> (
    year: Int, month: Int, day: Int, dayOfYear: Int, dayOfWeek: Int, hour: Int,
    minute: Int, second: Int
  )? {
    var offset = 0
    if let zone, !zone.isEmpty, zone != "UTC" {
      if let fixed = Timestamp.fixedOffset(zone) {
        offset = fixed
      } else if let timeZone = TimeZone(identifier: zone) {
        offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
      } else {
        return nil
      }
    }
    let local = seconds + Int64(offset)
    let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    let secondOfDay = Int(local - Int64(days) * 86_400)
    let date = CalendarDate(daysSinceEpoch: days)
    let january1 = CalendarDate(year: date.year, month: 1, day: 1)!
    let dayOfYear = days - january1.daysSinceEpoch
    // 1970-01-01 was a Thursday (4, with Sunday as 0).
    let dayOfWeek = ((days % 7) + 7 + 4) % 7
    return (
      date.year, date.month, date.day, dayOfYear, dayOfWeek, secondOfDay / 3600, secondOfDay / 60 % 60,
      secondOfDay % 60
    )
  }

  static func fixedOffset(_ zone: String) -> Int? {
    var text = Substring(zone)
    var sign = 1
    if text.first == "+" || text.first == "-" {
      sign = text.first == "-" ? -1 : 1
      text = text.dropFirst()
    }
    let parts = text.split(separator: ":")
    guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1])
    else { return nil }
    return sign * (h * 3600 + m * 60)
  }
}

/// A signed span of time with nanosecond precision.
///
/// The range is that of a signed 64-bit count of nanoseconds (about ±292 years), as CEL's
/// implementations and its conformance cases have it, rather than the ±10,000 years the
/// language definition allows: the difference of two timestamps 9,998 years apart is an error.
public struct Duration: Sendable, Hashable, Comparable {
  public var seconds: Int64
  /// Same sign as `seconds` (or zero), magnitude < 1,000,000,000.
  public var nanos: Int32

  static let maxSeconds: Int64 = Int64.max / 1_000_000_000

  public init?(seconds: Int64, nanos: Int64 = 0) {
    var s = seconds.addingReportingOverflow(nanos / 1_000_000_000)
    guard !s.overflow else { return nil }
    var n = nanos % 1_000_000_000
    if s.partialValue > 0 && n < 0 {
      n += 1_000_000_000
      s.partialValue -= 1
    } else if s.partialValue < 0 && n > 0 {
      n -= 1_000_000_000
      s.partialValue += 1
    }
    guard abs(s.partialValue) <= Duration.maxSeconds else { return nil }
    self.seconds = s.partialValue
    self.nanos = Int32(n)
  }

  /// Total nanoseconds as a wide number, for arithmetic and comparison.
  var totalNanos: (high: Int64, low: Int64) { (seconds, Int64(nanos)) }

  /// Go-style durations as CEL writes them: `1h2m3.5s`, `-1.5h`, `300ms`, `10us`, `1ns`.
  public init?(text: String) {
    var rest = Substring(text)
    var negative = false
    if rest.first == "-" || rest.first == "+" {
      negative = rest.first == "-"
      rest = rest.dropFirst()
    }
    if rest == "0" {
      self.init(seconds: 0)
      return
    }
    guard !rest.isEmpty else { return nil }
    var totalNanos: Double = 0
    var exactNanos: Int64 = 0
    var exact = true
    while !rest.isEmpty {
      var number = ""
      while let c = rest.first, c.isNumber || c == "." {
        number.append(c)
        rest = rest.dropFirst()
      }
      guard !number.isEmpty, let value = Double(number) else { return nil }
      var unit = ""
      while let c = rest.first, c.isLetter || c == "µ" {
        unit.append(c)
        rest = rest.dropFirst()
      }
      let scale: Int64
      switch unit {
      case "h": scale = 3_600_000_000_000
      case "m": scale = 60_000_000_000
      case "s": scale = 1_000_000_000
      case "ms": scale = 1_000_000
      case "us", "µs": scale = 1_000
      case "ns": scale = 1
      default: return nil
      }
      totalNanos += value * Double(scale)
      if let whole = Int64(number) {
        let (product, overflow) = whole.multipliedReportingOverflow(by: scale)
        let (sum, overflow2) = exactNanos.addingReportingOverflow(product)
        if overflow || overflow2 { exact = false } else { exactNanos = sum }
      } else {
        exact = false
      }
    }
    if exact {
      let signed = negative ? -exactNanos : exactNanos
      self.init(seconds: signed / 1_000_000_000, nanos: signed % 1_000_000_000)
    } else {
      guard totalNanos.isFinite, totalNanos / 1e9 <= Double(Duration.maxSeconds) else { return nil }
      let seconds = (totalNanos / 1e9).rounded(.towardZero)
      let nanos = (totalNanos - seconds * 1e9).rounded()
      self.init(
        seconds: Int64(negative ? -seconds : seconds), nanos: Int64(negative ? -nanos : nanos))
    }
  }

  public static func < (lhs: Duration, rhs: Duration) -> Bool {
    (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
  }

  /// Seconds with up to nine fractional digits and an `s`, as CEL prints durations.
  public var description: String {
    if nanos == 0 { return "\(seconds)s" }
    let negative = seconds < 0 || nanos < 0
    var fraction = String(abs(Int(nanos)))
    fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return (negative ? "-" : "") + "\(abs(seconds)).\(fraction)s"
  }

  static func + (lhs: Duration, rhs: Duration) -> Duration? {
    Duration(seconds: lhs.seconds + rhs.seconds, nanos: Int64(lhs.nanos) + Int64(rhs.nanos))
  }

  static prefix func - (value: Duration) -> Duration? {
    Duration(seconds: -value.seconds, nanos: -Int64(value.nanos))
  }
}
