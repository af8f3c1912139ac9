import TillitYAML

/// Why a workbook could not be written. The limits are the spreadsheet programs' own: a file
/// past them opens truncated or not at all, so the writer refuses it rather than hand over a
/// file that loses content silently.
public enum XLSXWriterError: Error, DiagnosticConvertible, Equatable {
  /// A cell's text is longer than the 32,767 characters a cell can hold.
  case cellTooLong(sheet: String, cell: String, length: Int)
  /// More rows than the 1,048,576 a sheet has.
  case tooManyRows(sheet: String, count: Int)
  /// More columns than the 16,384 a sheet has.
  case tooManyColumns(sheet: String, count: Int)
  /// The ZIP library refused to build the archive, with its own description.
  case archive(reason: String)

  /// Characters (UTF-16 code units, as spreadsheet programs count them) a cell can hold.
  public static let maximumCellLength = 32_767
  public static let maximumRows = 1_048_576
  public static let maximumColumns = 16_384

  public var diagnostic: Diagnostic {
    let message: LocalizedText
    switch self {
    case .cellTooLong(let sheet, let cell, let length):
      message = Texts.xlsxCellTooLong(cell: cell, sheet: sheet, length: length, limit: Self.maximumCellLength)
    case .tooManyRows(let sheet, let count):
      message = Texts.xlsxTooManyRows(sheet: sheet, count: count, limit: Self.maximumRows)
    case .tooManyColumns(let sheet, let count):
      message = Texts.xlsxTooManyColumns(sheet: sheet, count: count, limit: Self.maximumColumns)
    case .archive(let reason):
      message = Texts.xlsxArchive(reason: reason)
    }
    return Diagnostic(location: nil, message: message)
  }
}
