import TillitSpreadsheet

/// The cells of one data row by field, as the layout names them, with their places.
struct RowCells {
  let table: SpreadsheetTable
  let layout: ColumnLayout
  let row: SpreadsheetTable.Row

  /// The cell of `field`, when it has a non-blank value.
  func cell(_ field: ImportField) -> (value: CellValue, reference: CellReference)? {
    guard let column = layout.column(of: field), let value = row.value(at: column) else { return nil }
    if case .text(let text) = value {
      if text.allSatisfy(\.isWhitespace) || RowCells.saysMissing(text) { return nil }
    }
    return (value, CellReference(row: row.number, column: column))
  }

  /// The cell's text, trimmed.
  func text(_ field: ImportField) -> (text: String, reference: CellReference)? {
    cell(field).map { ($0.value.text.trimmingCharacters(in: .whitespacesAndNewlines), $0.reference) }
  }

  /// `SAKNAS` or `MISSING`, as tillit's own export marks an item the documents lack (also
  /// with a parenthesis after it): missing here too, so the import does not turn the marker
  /// into content.
  static func saysMissing(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    for marker in ["SAKNAS", "MISSING"] where trimmed == marker || trimmed.hasPrefix(marker + " (") {
      return true
    }
    return false
  }

  /// The cells of columns no field claims, as heading: text, for the document's note.
  var unmapped: [(String, String)] {
    layout.headings.keys.sorted().compactMap { column in
      guard layout.fields[column] == nil, let heading = layout.headings[column], let value = row.value(at: column)
      else { return nil }
      let text = value.text.trimmingCharacters(in: .whitespacesAndNewlines)
      return text.isEmpty ? nil : (heading, text)
    }
  }
}
