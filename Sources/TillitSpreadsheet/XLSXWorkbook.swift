/// A workbook to write: its sheets in tab order and the document properties a spreadsheet
/// program shows under File › Properties. `XLSXWriter` turns it into the bytes of an Office
/// Open XML (.xlsx) file.
public struct XLSXWorkbook: Sendable, Hashable {
  public var sheets: [XLSXSheet]
  /// The title in the document properties.
  public var title: String
  /// The language in the document properties, as a BCP 47 tag (`sv-SE`, `en-GB`).
  public var language: String
  /// The date the content describes, written as the creation and modification time (at
  /// midnight UTC): the same inputs then give the same bytes, whenever the file is made.
  public var date: (year: Int, month: Int, day: Int)
  /// The sheet shown when the file is opened, by index.
  public var activeSheet: Int

  public init(
    sheets: [XLSXSheet], title: String, language: String, date: (year: Int, month: Int, day: Int),
    activeSheet: Int = 0
  ) {
    self.sheets = sheets
    self.title = title
    self.language = language
    self.date = date
    self.activeSheet = activeSheet
  }

  public static func == (a: XLSXWorkbook, b: XLSXWorkbook) -> Bool {
    a.sheets == b.sheets && a.title == b.title && a.language == b.language && a.date == b.date
      && a.activeSheet == b.activeSheet
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(sheets)
    hasher.combine(title)
    hasher.combine(language)
    hasher.combine(date.year)
    hasher.combine(date.month)
    hasher.combine(date.day)
    hasher.combine(activeSheet)
  }
}
