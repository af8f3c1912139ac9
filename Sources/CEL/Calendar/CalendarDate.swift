/// A date without time or zone, as documents write it (`2025-01-15`).
///
/// Follow-up and retention rules reason in whole days in the organisation's own calendar, so a
/// plain proleptic Gregorian date is both enough and free of time-zone surprises.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses exactly `YYYY-MM-DD` and refuses impossible dates such as 2025-02-30.
  public init?(_ text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        guard bytes[i] >= 48 && bytes[i] <= 57 else { return nil }
        value = value * 10 + Int(bytes[i] - 48)
      }
      return value
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
    self.init(year: y, month: m, day: d)
  }

  public var description: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (negative before), for differences between dates.
  public var daysSinceEpoch: Int {
    // Howard Hinnant's days_from_civil algorithm, public-domain arithmetic.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  public init(daysSinceEpoch z0: Int) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    year = y
    month = m
    day = d
  }

  /// Calendar arithmetic: years and months first (the day clamped to the month's last day, so
  /// 2024-01-31 + P1M is 2024-02-29), then days.
  public func adding(_ period: Period) -> CalendarDate {
    let totalMonths = year * 12 + (month - 1) + period.years * 12 + period.months
    let y = totalMonths / 12
    let m = totalMonths % 12 + 1
    let clamped =
      CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))
      ?? self
    return CalendarDate(daysSinceEpoch: clamped.daysSinceEpoch + period.days)
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CalendarDate(text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY-MM-DD date: \(text)")
    }
    self = date
  }
}
