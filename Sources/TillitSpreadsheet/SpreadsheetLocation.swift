import TillitYAML

/// Where in a spreadsheet something is: file, sheet and cell (`B7`), or only a row. A
/// spreadsheet has no text lines, so the diagnostic carries the file alone (line 0, which the
/// renderer prints without a source excerpt) and the sheet and cell go into the message.
public struct SpreadsheetLocation: Sendable, Hashable, Comparable {
  public var file: String
  public var sheet: String?
  public var cell: CellReference?
  public var row: Int?

  public init(file: String, sheet: String? = nil, cell: CellReference? = nil, row: Int? = nil) {
    self.file = file
    self.sheet = sheet
    self.cell = cell
    self.row = row ?? cell?.row
  }

  public var sourceLocation: SourceLocation { SourceLocation(file: file, line: 0, column: 0) }

  /// "blad «Register», cell B7: " — the place within the file, as a prefix for a message;
  /// empty when only the file is known.
  public var prefix: LocalizedText {
    var sv: [String] = []
    var en: [String] = []
    if let sheet {
      sv.append("blad «\(sheet)»")
      en.append("sheet '\(sheet)'")
    }
    if let cell {
      sv.append("cell \(cell)")
      en.append("cell \(cell)")
    } else if let row {
      sv.append("rad \(row)")
      en.append("row \(row)")
    }
    if sv.isEmpty { return LocalizedText(sv: "", en: "") }
    return LocalizedText(sv: sv.joined(separator: ", ") + ": ", en: en.joined(separator: ", ") + ": ")
  }

  public static func < (lhs: SpreadsheetLocation, rhs: SpreadsheetLocation) -> Bool {
    (lhs.file, lhs.row ?? 0, lhs.cell?.column ?? -1) < (rhs.file, rhs.row ?? 0, rhs.cell?.column ?? -1)
  }
}
