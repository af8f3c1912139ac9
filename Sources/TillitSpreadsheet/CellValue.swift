/// What one spreadsheet cell holds once read: the cached value a spreadsheet program showed,
/// never a formula. Numbers stay numbers so that the importer can decide, per column, whether
/// a number is a count or an Excel date serial.
public enum CellValue: Sendable, Hashable {
  case text(String)
  case number(Double)
  case boolean(Bool)

  /// The value as a person would read it in the cell: whole numbers without a decimal part
  /// (a count of 700 is "700", not "700.0").
  public var text: String {
    switch self {
    case .text(let text): return text
    case .boolean(let value): return value ? "TRUE" : "FALSE"
    case .number(let number):
      if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
      return String(number)
    }
  }
}
