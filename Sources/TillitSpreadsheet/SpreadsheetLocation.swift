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

  /// "blad «Register», cell B7" — the place within the file; nil when only the file is known
  /// (the diagnostic names the file itself).
  public var place: LocalizedText? {
    var parts: [LocalizedText] = []
    if let sheet { parts.append(Texts.spreadsheetLocationSheet(sheet: sheet)) }
    if let cell {
      parts.append(Texts.spreadsheetLocationCell(cell: "\(cell)"))
    } else if let row {
      parts.append(Texts.spreadsheetLocationRow(row: row))
    }
    return parts.isEmpty ? nil : .joined(parts, separator: ", ")
  }

  /// `message` preceded by the place it is about ("blad «Register», cell B7: …"), or alone
  /// when only the file is known.
  public func located(_ message: LocalizedText) -> LocalizedText {
    place.map { Texts.spreadsheetLocated(place: $0, message: message) } ?? message
  }

  public static func < (lhs: SpreadsheetLocation, rhs: SpreadsheetLocation) -> Bool {
    (lhs.file, lhs.row ?? 0, lhs.cell?.column ?? -1) < (rhs.file, rhs.row ?? 0, rhs.cell?.column ?? -1)
  }
}
