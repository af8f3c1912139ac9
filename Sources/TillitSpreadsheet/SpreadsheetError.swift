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
  public static let partMissing = LocalizedText(sv: "saknas", en: "is missing")
  public static let partNotXML = LocalizedText(sv: "är inte giltig XML", en: "is not valid XML")
  public static let partNotReadable = LocalizedText(
    sv: "kunde inte packas upp", en: "could not be unpacked")

  public var diagnostic: Diagnostic {
    switch self {
    case .unreadable(let file, let reason):
      return Diagnostic(
        location: SourceLocation(file: file, line: 0, column: 0),
        message: LocalizedText(
          sv: "filen kunde inte läsas (\(reason.sv)); kontrollera sökvägen och behörigheten",
          en: "the file could not be read (\(reason.en)); check the path and the permissions"))
    case .notASpreadsheet(let file):
      return Diagnostic(
        location: SourceLocation(file: file, line: 0, column: 0),
        message: LocalizedText(
          sv:
            "filen är varken en Excel-arbetsbok (.xlsx) eller en CSV-fil; spara registret som .xlsx eller som CSV i UTF-8 och importera den filen",
          en:
            "the file is neither an Excel workbook (.xlsx) nor a CSV file; save the register as .xlsx or as UTF-8 CSV and import that file"
        ))
    case .encryptedOrLegacyWorkbook(let file):
      return Diagnostic(
        location: SourceLocation(file: file, line: 0, column: 0),
        message: LocalizedText(
          sv:
            "arbetsboken är lösenordsskyddad eller i det gamla .xls-formatet, som inte kan läsas; öppna den i kalkylprogrammet, ta bort lösenordet och spara den som .xlsx (eller som CSV)",
          en:
            "the workbook is password-protected or in the old .xls format, which cannot be read; open it in your spreadsheet program, remove the password and save it as .xlsx (or as CSV)"
        ))
    case .damagedWorkbook(let file, let part, let reason):
      return Diagnostic(
        location: SourceLocation(file: file, line: 0, column: 0),
        message: LocalizedText(
          sv:
            "arbetsboken är skadad: delen \(part) \(reason.sv); öppna den i kalkylprogrammet och spara den på nytt som .xlsx",
          en:
            "the workbook is damaged: its part \(part) \(reason.en); open it in your spreadsheet program and save it again as .xlsx"
        ))
    case .partTooLarge(let file, let part, let limit):
      let mebibytes = limit / (1024 * 1024)
      return Diagnostic(
        location: SourceLocation(file: file, line: 0, column: 0),
        message: LocalizedText(
          sv:
            "\(part) blir större än \(mebibytes) MiB uppackad, mer än ett register rimligen är (en så kallad zip-bomb?); dela upp arbetsboken eller exportera bara de blad och kolumner som ska importeras",
          en:
            "\(part) inflates to more than \(mebibytes) MiB, more than a register can reasonably be (a zip bomb?); split the workbook, or export only the sheets and columns to import"
        ))
    case .tooManyRows(let location, let limit):
      return Diagnostic(
        location: location.sourceLocation,
        message: located(
          location,
          sv:
            "fler än \(limit) rader; tillit importerar högst \(limit) rader per blad; dela upp bladet i flera filer och importera dem var för sig",
          en:
            "more than \(limit) rows; tillit imports at most \(limit) rows per sheet; split the sheet into several files and import them one by one"
        ))
    case .tooManyColumns(let location, let limit):
      return Diagnostic(
        location: location.sourceLocation,
        message: located(
          location,
          sv: "fler än \(limit) kolumner; ta bort tomma eller överflödiga kolumner och försök igen",
          en: "more than \(limit) columns; remove empty or surplus columns and try again"))
    case .formulaWithoutValue(let location, let formula):
      return Diagnostic(
        location: location.sourceLocation,
        message: located(
          location,
          sv:
            "cellen har formeln =\(formula) men inget sparat värde, och tillit räknar inte ut formler; öppna arbetsboken i kalkylprogrammet, låt det räkna om och spara, eller skriv in värdet",
          en:
            "the cell has the formula =\(formula) but no saved value, and tillit does not calculate formulas; open the workbook in your spreadsheet program, let it recalculate and save, or type in the value"
        ))
    case .sheetNotFound(let file, let name, let available, let suggestion):
      let list = available.map { "«\($0)»" }.joined(separator: ", ")
      let listEn = available.map { "'\($0)'" }.joined(separator: ", ")
      return Diagnostic(
        location: SourceLocation(file: file, line: 0, column: 0),
        message: LocalizedText(
          sv: "arbetsboken har inget blad som heter «\(name)»"
            + (suggestion.map { "; menade du «\($0)»?" } ?? "") + " Bladen är: \(list)",
          en: "the workbook has no sheet named '\(name)'"
            + (suggestion.map { "; did you mean '\($0)'?" } ?? "") + " Its sheets are: \(listEn)"))
    case .noSheets(let file):
      return Diagnostic(
        location: SourceLocation(file: file, line: 0, column: 0),
        message: LocalizedText(
          sv: "arbetsboken har inga blad; spara registret på ett blad och försök igen",
          en: "the workbook has no sheets; put the register on a sheet and try again"))
    case .notText(let file):
      return Diagnostic(
        location: SourceLocation(file: file, line: 0, column: 0),
        message: LocalizedText(
          sv:
            "CSV-filen är inte text i UTF-8; spara den som ”CSV UTF-8” i kalkylprogrammet och försök igen",
          en: "the CSV file is not UTF-8 text; save it as \"CSV UTF-8\" in your spreadsheet program and try again"))
    }
  }

  private func located(_ location: SpreadsheetLocation, sv: String, en: String) -> LocalizedText {
    let prefix = location.prefix
    return LocalizedText(sv: prefix.sv + sv, en: prefix.en + en)
  }
}
