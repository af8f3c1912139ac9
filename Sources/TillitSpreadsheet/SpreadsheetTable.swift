/// One sheet (or one CSV file) as rows of cell values, with merged cells already filled in:
/// a heading merged across three columns reads as that heading in each of them, which is how
/// a person reads it.
public struct SpreadsheetTable: Sendable {
  public struct Row: Sendable {
    /// 1-based, as the spreadsheet numbers it; empty rows are left out, so numbers can jump.
    public var number: Int
    /// By 0-based column; nil where the cell is empty.
    public var values: [CellValue?]

    public init(number: Int, values: [CellValue?]) {
      self.number = number
      self.values = values
    }

    public func value(at column: Int) -> CellValue? {
      column < values.count ? values[column] : nil
    }

    /// True when no cell holds anything but blanks.
    public var isEmpty: Bool {
      values.allSatisfy { value in
        guard let value else { return true }
        if case .text(let text) = value { return text.allSatisfy(\.isWhitespace) }
        return false
      }
    }
  }

  /// The path as the user gave it.
  public var file: String
  /// The sheet's name; nil for CSV.
  public var sheet: String?
  /// True when the workbook counts dates from 1904 (`workbookPr date1904`), as old Mac Excel
  /// did; serials then mean other days.
  public var uses1904Dates: Bool
  public var rows: [Row]

  public init(file: String, sheet: String?, uses1904Dates: Bool, rows: [Row]) {
    self.file = file
    self.sheet = sheet
    self.uses1904Dates = uses1904Dates
    self.rows = rows
  }

  /// Where a cell is, for error messages.
  public func location(row: Int, column: Int?) -> SpreadsheetLocation {
    SpreadsheetLocation(file: file, sheet: sheet, cell: column.map { CellReference(row: row, column: $0) }, row: row)
  }
}
