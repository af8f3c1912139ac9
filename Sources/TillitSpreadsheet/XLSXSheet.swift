/// One sheet of a workbook: a name, a header row (bold, frozen so it stays in view while
/// scrolling) and the rows under it. Column widths follow the content.
public struct XLSXSheet: Sendable, Hashable {
  /// The tab's name, made valid when written (see `validName`).
  public var name: String
  /// The first row, in bold and frozen; empty for a sheet without one.
  public var header: [String]
  public var rows: [XLSXRow]

  public init(name: String, header: [String], rows: [XLSXRow]) {
    self.name = name
    self.header = header
    self.rows = rows
  }

  /// Every row as written, the header first.
  var allRows: [XLSXRow] {
    header.isEmpty ? rows : [XLSXRow(header.map(XLSXCell.textOrEmpty), bold: true)] + rows
  }

  /// Spreadsheet programs refuse a tab name over 31 characters or with any of `[]:*?/\`, and
  /// one that starts or ends with an apostrophe: those characters become `-`, the name is
  /// cut to 31.
  var validName: String {
    let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    var cleaned = String(name.map { forbidden.contains($0) ? "-" : $0 })
    while cleaned.hasPrefix("'") { cleaned.removeFirst() }
    while cleaned.hasSuffix("'") { cleaned.removeLast() }
    if cleaned.isEmpty { cleaned = "-" }
    return String(cleaned.prefix(31))
  }

  /// Width of each column in characters: the widest cell (header included), plus room for
  /// the filter button and padding, kept between 6 and 60 so one long text does not push the
  /// rest of the sheet out of view.
  var columnWidths: [Double] {
    let rows = allRows
    let count = rows.map(\.cells.count).max() ?? 0
    return (0..<count).map { column in
      let widest =
        rows.map { column < $0.cells.count ? $0.cells[column].displayWidth + ($0.bold ? 1 : 0) : 0 }
        .max() ?? 0
      return Double(min(max(widest + 2, 6), 60))
    }
  }
}
