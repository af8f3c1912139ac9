/// How a number cell is shown. The codes are the locale-independent ones of Office Open XML
/// (`,` groups thousands and `.` marks the decimals in the code); the program that opens the
/// file shows them with its reader's separators, so a Swedish Excel or LibreOffice shows
/// `1 234,5` and an English one `1,234.5` for the same cell. Writing Swedish separators into
/// the code itself would make them literal text for every other reader, and the cell would
/// still hold the same number.
public enum XLSXNumberFormat: Int, Sendable, Hashable, CaseIterable {
  /// A whole number with thousands grouped: counts, money.
  case integer
  /// One decimal: hours.
  case oneDecimal
  /// Two decimals: full-time equivalents.
  case twoDecimals
  /// A fraction shown as a percentage with one decimal: shares.
  case percent
  /// A date, `yyyy-mm-dd`.
  case date

  /// The number format id in styles.xml: the built-in ids where Office has one, so that a
  /// reader that ignores custom formats still shows the same thing.
  var id: Int {
    switch self {
    case .integer: return 3
    case .oneDecimal: return 164
    case .twoDecimals: return 4
    case .percent: return 165
    case .date: return 166
    }
  }

  /// The format code, written into styles.xml for the custom ids.
  var code: String {
    switch self {
    case .integer: return "#,##0"
    case .oneDecimal: return "#,##0.0"
    case .twoDecimals: return "#,##0.00"
    case .percent: return "0.0%"
    case .date: return "yyyy-mm-dd"
    }
  }

  /// True for the ids styles.xml must define (164 and up); the others are built in.
  var isCustom: Bool { id >= 164 }

  /// About how many characters the value takes when shown, for the column width.
  func displayWidth(of value: Double) -> Int {
    guard value.isFinite else { return 4 }
    let shown = self == .percent ? value * 100 : value
    let whole = String(Int(abs(shown).rounded(.down))).count
    let groups = self == .percent ? 0 : (whole - 1) / 3
    let decimals: Int
    switch self {
    case .integer, .date: decimals = 0
    case .oneDecimal, .percent: decimals = 2
    case .twoDecimals: decimals = 3
    }
    return whole + groups + decimals + (shown < 0 ? 1 : 0) + (self == .percent ? 1 : 0)
  }
}
