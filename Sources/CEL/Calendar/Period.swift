/// An ISO 8601 duration with date parts only (`P3Y`, `P6M`, `P2W`, `P30D`, `P1Y6M`).
///
/// Retention and review intervals are stated in years, months and days; a time part (`PT12H`)
/// means nothing for them and is refused rather than silently rounded.
public struct Period: Sendable, Hashable, CustomStringConvertible {
  /// The longest period a document may state: 1,000 years. Nothing in follow-up or retention
  /// needs more, and with it a date plus a period stays within the years 0001–9999 that dates
  /// are written in, for any date up to the year 8999.
  public static let maxApproximateDays: Double = 1_000 * 365.25

  public var years: Int
  public var months: Int
  /// Days, weeks included (a week is 7 days).
  public var days: Int
  /// The text as written, for messages.
  public var text: String

  public init(years: Int = 0, months: Int = 0, days: Int = 0) {
    self.years = years
    self.months = months
    self.days = days
    var text = "P"
    if years != 0 { text += "\(years)Y" }
    if months != 0 { text += "\(months)M" }
    if days != 0 || text == "P" { text += "\(days)D" }
    self.text = text
  }

  public init?(_ text: String) {
    var years = 0
    var months = 0
    var days = 0
    var bytes = Substring(text).utf8.makeIterator()
    guard bytes.next() == UInt8(ascii: "P") else { return nil }
    var number: Int?
    var seen = 0
    var lastOrder = -1
    while let byte = bytes.next() {
      if byte >= 48 && byte <= 57 {
        let (partial, overflow) = (number ?? 0).multipliedReportingOverflow(by: 10)
        guard !overflow, partial <= 100_000 else { return nil }
        number = partial + Int(byte - 48)
        continue
      }
      guard let n = number else { return nil }
      let order: Int
      switch byte {
      case UInt8(ascii: "Y"): years = n; order = 0
      case UInt8(ascii: "M"): months = n; order = 1
      case UInt8(ascii: "W"): days += n * 7; order = 2
      case UInt8(ascii: "D"): days += n; order = 3
      default: return nil
      }
      guard order > lastOrder else { return nil }
      lastOrder = order
      number = nil
      seen += 1
    }
    guard seen > 0, number == nil else { return nil }
    let length = Double(years) * 365.25 + Double(months) * 30.436_875 + Double(days)
    guard length <= Self.maxApproximateDays else { return nil }
    self.years = years
    self.months = months
    self.days = days
    self.text = text
  }

  public var description: String { text }

  /// Approximate length in days (a year 365.25, a month 30.44), for comparing periods such as
  /// "is this review interval longer than a year" where calendar precision does not matter.
  public var approximateDays: Double {
    Double(years) * 365.25 + Double(months) * 30.436_875 + Double(days)
  }

  /// Same length by calendar: P3Y equals P36M, P2W equals P14D.
  public func isCalendarEqual(to other: Period) -> Bool {
    years * 12 + months == other.years * 12 + other.months && days == other.days
  }

  public static func == (lhs: Period, rhs: Period) -> Bool {
    lhs.years == rhs.years && lhs.months == rhs.months && lhs.days == rhs.days
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(years)
    hasher.combine(months)
    hasher.combine(days)
  }
}
