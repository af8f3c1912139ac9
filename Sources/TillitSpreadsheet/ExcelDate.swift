/// A calendar day from an Excel date serial. Excel counts days from an epoch that depends on
/// the workbook: in the 1900 system serial 1 is 1900-01-01 and, to match Lotus 1-2-3, serial
/// 60 is the 29 February 1900 that never was; in the 1904 system serial 0 is 1904-01-01.
public struct ExcelDate: Sendable, Hashable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  /// Nil for serials that are not a day a register would hold (before 1900, after 9999, the
  /// phantom 1900-02-29, or not a finite number). A time of day is dropped.
  public init?(serial: Double, uses1904: Bool) {
    guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
    var days = Int(serial.rounded(.down))
    if uses1904 {
      days += 1462  // 1904-01-01 is serial 1462 in the 1900 system
    } else {
      if days == 60 || days == 0 { return nil }
      if days < 60 { days += 1 }  // before the phantom leap day the count is one short
    }
    // Serial 61 in the 1900 system is 1900-03-01; count from 1899-12-30, the day that makes
    // serials from 61 on plain day counts.
    let civil = ExcelDate.civil(fromDaysSince1970: days - 25_569)
    (year, month, day) = civil
  }

  /// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm, written
  /// out from its description).
  static func civil(fromDaysSince1970 z: Int) -> (Int, Int, Int) {
    let shifted = z + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// YYYY-MM-DD, the form tillit's documents take.
  public var description: String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
    return "\(year)-\(two(month))-\(two(day))"
  }
}
