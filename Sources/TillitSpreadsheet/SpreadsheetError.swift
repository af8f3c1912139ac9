import TillitYAML

/// Why a spreadsheet could not be read, with where: file, sheet and cell when known. Each case
/// says what to do about it, in Swedish and English.
public enum SpreadsheetError: Error, Sendable, Hashable, DiagnosticConvertible {
  /// The file could not be opened or read (missing, a folder, no permission).
  case unreadable(file: String, reason: LocalizedText)
  /// Neither an XLSX workbook (a ZIP container) nor CSV text.
  case notASpreadsheet(file: String)
  /// A Compound File Binary container: an encrypted (password-protected) workbook or an old
  /// binary .xls file. Neither can be read without the password or a conversion.
  case encryptedOrLegacyWorkbook(file: String)
  /// A ZIP container that lacks a part a workbook must have, or whose XML is broken.
  case damagedWorkbook(file: String, part: String, reason: LocalizedText)
  /// A part inflates past the limit: a zip bomb, or a workbook far larger than a register.
  case partTooLarge(file: String, part: String, limit: Int)
  /// More rows than the limit.
  case tooManyRows(SpreadsheetLocation, limit: Int)
  /// A cell beyond the column limit.
  case tooManyColumns(SpreadsheetLocation, limit: Int)
  /// A formula whose result was never saved (a file written by a program that does not
  /// calculate): tillit does not evaluate formulas.
  case formulaWithoutValue(SpreadsheetLocation, formula: String)
  /// `--sheet NAME` names no sheet of the workbook.
  case sheetNotFound(file: String, name: String, available: [String], suggestion: String?)
  /// A workbook without any sheet.
  case noSheets(file: String)
  /// A CSV file that is not UTF-8 text (or UTF-16 with a byte-order mark).
  case notText(file: String)

  /// Why a part of a workbook is damaged, for `damagedWorkbook`.
  public static let partMissing = Texts.spreadsheetPartMissing
  public static let partNotXML = Texts.spreadsheetPartNotXml
  public static let partNotReadable = Texts.spreadsheetPartNotReadable

  public var diagnostic: Diagnostic {
    switch self {
    case .unreadable(let file, let reason):
      return Diagnostic(location: Self.file(file), message: Texts.spreadsheetUnreadable(reason: reason))
    case .notASpreadsheet(let file):
      return Diagnostic(location: Self.file(file), message: Texts.spreadsheetNotASpreadsheet)
    case .encryptedOrLegacyWorkbook(let file):
      return Diagnostic(location: Self.file(file), message: Texts.spreadsheetEncryptedOrLegacy)
    case .damagedWorkbook(let file, let part, let reason):
      return Diagnostic(location: Self.file(file), message: Texts.spreadsheetDamaged(part: part, reason: reason))
    case .partTooLarge(let file, let part, let limit):
      return Diagnostic(
        location: Self.file(file), message: Texts.spreadsheetPartTooLarge(part: part, mebibytes: limit / (1024 * 1024)))
    case .tooManyRows(let location, let limit):
      return Diagnostic(
        location: location.sourceLocation, message: location.located(Texts.spreadsheetTooManyRows(limit: limit)))
    case .tooManyColumns(let location, let limit):
      return Diagnostic(
        location: location.sourceLocation, message: location.located(Texts.spreadsheetTooManyColumns(limit: limit)))
    case .formulaWithoutValue(let location, let formula):
      return Diagnostic(
        location: location.sourceLocation,
        message: location.located(Texts.spreadsheetFormulaWithoutValue(formula: formula)))
    case .sheetNotFound(let file, let name, let available, let suggestion):
      let sheets = LocalizedText.joined(available.map { Texts.spreadsheetQuotedName(name: $0) }, separator: ", ")
      return Diagnostic(
        location: Self.file(file),
        message: suggestion.map { Texts.spreadsheetSheetNotFoundSuggestion(name: name, suggestion: $0, sheets: sheets) }
          ?? Texts.spreadsheetSheetNotFound(name: name, sheets: sheets))
    case .noSheets(let file):
      return Diagnostic(location: Self.file(file), message: Texts.spreadsheetNoSheets)
    case .notText(let file):
      return Diagnostic(location: Self.file(file), message: Texts.spreadsheetNotText)
    }
  }

  /// The whole file as a diagnostic's place: a spreadsheet has no lines to point into.
  private static func file(_ path: String) -> SourceLocation {
    SourceLocation(file: path, line: 0, column: 0)
  }
}
