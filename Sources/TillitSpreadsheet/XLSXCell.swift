/// One cell of a sheet as the writer knows it: text, a number shown with a number format, or a
/// calendar date. Numbers and dates are written as numbers, so a reader can sum, sort and
/// filter them; only text is a string.
public enum XLSXCell: Sendable, Hashable {
  case empty
  case text(String)
  case number(Double, XLSXNumberFormat)
  /// A calendar date, written as the serial day number spreadsheets use, shown as
  /// `yyyy-mm-dd` (ISO 8601, also the Swedish standard way to write a date).
  case date(year: Int, month: Int, day: Int)

  /// A text cell, or an empty one for an empty string, so a blank is not a string of
  /// length zero that a reader would take for content.
  public static func textOrEmpty(_ text: String) -> XLSXCell {
    text.isEmpty ? .empty : .text(text)
  }

  /// About how many characters the cell shows, for the column width.
  var displayWidth: Int {
    switch self {
    case .empty: return 0
    case .text(let text):
      return text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
    case .number(let value, let format): return format.displayWidth(of: value)
    case .date: return 10
    }
  }

  /// The number a spreadsheet stores for the date: days since 1899-12-30, the epoch every
  /// spreadsheet program uses for dates after 1 March 1900 (the 1900 leap-year quirk only
  /// shifts dates before that, which a report never holds).
  static func serial(year: Int, month: Int, day: Int) -> Int {
    // Days from 1970-01-01 in the proleptic Gregorian calendar (era arithmetic).
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let daysSince1970 = era * 146_097 + dayOfEra - 719_468
    return daysSince1970 + 25_569
  }
}
