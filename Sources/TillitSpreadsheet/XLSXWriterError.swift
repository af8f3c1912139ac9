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
      message = LocalizedText(
        sv:
          "cell \(cell) på bladet \(sheet) har \(length) tecken, men en cell i ett kalkylark rymmer högst \(Self.maximumCellLength); korta texten i dokumentet eller välj ett annat format",
        en:
          "cell \(cell) on sheet \(sheet) has \(length) characters, but a spreadsheet cell holds at most \(Self.maximumCellLength); shorten the text in the document or choose another format"
      )
    case .tooManyRows(let sheet, let count):
      message = LocalizedText(
        sv:
          "bladet \(sheet) skulle få \(count) rader, men ett kalkylark har högst \(Self.maximumRows); välj ett annat format, till exempel csv",
        en:
          "sheet \(sheet) would have \(count) rows, but a spreadsheet holds at most \(Self.maximumRows); choose another format, for example csv"
      )
    case .tooManyColumns(let sheet, let count):
      message = LocalizedText(
        sv:
          "bladet \(sheet) skulle få \(count) kolumner, men ett kalkylark har högst \(Self.maximumColumns); välj ett annat format, till exempel csv",
        en:
          "sheet \(sheet) would have \(count) columns, but a spreadsheet holds at most \(Self.maximumColumns); choose another format, for example csv"
      )
    case .archive(let reason):
      message = LocalizedText(
        sv: "arbetsboken kunde inte packas (\(reason)); försök igen, och rapportera felet om det kvarstår",
        en: "the workbook could not be packed (\(reason)); try again, and report the fault if it persists")
    }
    return Diagnostic(location: nil, message: message)
  }
}
