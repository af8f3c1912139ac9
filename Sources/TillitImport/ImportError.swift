import TillitSpreadsheet
import TillitYAML

/// Why an import stopped, with where and what to do, in Swedish and English.
public enum ImportError: Error, Sendable, DiagnosticConvertible {
  case spreadsheet(SpreadsheetError)
  /// No row near the top names a column for the documents' names.
  case noNameColumn(SpreadsheetLocation, kind: ImportKind, headings: [String])
  case mapUnreadable(file: String)
  case mapInvalid(Diagnostic)
  /// The map file is not `columns:` followed by heading: field pairs.
  case mapShape(SourceLocation)
  case mapUnknownField(SourceLocation, name: String, known: [String], suggestion: String?)
  /// `--out` names something that is not a folder.
  case outputNotAFolder(path: String)
  /// A file could not be written.
  case writeFailed(path: String)
  /// Files edited since the last import (or written by someone else) that the import would
  /// replace; nothing was written.
  case editedFiles(paths: [String])
  /// `--organization` names a file that holds no Organization (or cannot be read as one).
  case notAnOrganization(path: String)
  /// The workspace folder holds more than one Organization: the import does not choose.
  case severalOrganizations(folder: String, paths: [String])

  public var diagnostic: Diagnostic {
    switch self {
    case .spreadsheet(let error):
      return error.diagnostic
    case .noNameColumn(let location, let kind, let headings):
      let names =
        kind == .ropa
        ? ("Behandling, Namn, Namn på behandlingen", "Processing, Name, Processing activity")
        : ("Uppföljning, Process, Namn", "Follow-up, Process, Name")
      let seen = headings.prefix(12).map { "«\($0)»" }.joined(separator: ", ")
      let seenEn = headings.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
      return Diagnostic(
        location: location.sourceLocation,
        message: LocalizedText(
          sv: location.prefix.sv
            + "hittar ingen kolumn med namnen (till exempel \(names.0)) bland rubrikerna på de första \(ColumnLayout.searchedRows) raderna\(seen.isEmpty ? "" : " (\(seen))"); ge rubriken en känd text eller ange den i en --map-fil (columns: {\"Din rubrik\": name})",
          en: location.prefix.en
            + "finds no column with the names (such as \(names.1)) among the headings of the first \(ColumnLayout.searchedRows) rows\(seenEn.isEmpty ? "" : " (\(seenEn))"); give the heading a known text or name it in a --map file (columns: {\"Your heading\": name})"
        ))
    case .mapUnreadable(let file):
      return Diagnostic(
        location: SourceLocation(file: file, line: 0, column: 0),
        message: LocalizedText(
          sv: "mappningsfilen kunde inte läsas som text i UTF-8; kontrollera sökvägen",
          en: "the map file could not be read as UTF-8 text; check the path"))
    case .mapInvalid(let diagnostic):
      return diagnostic
    case .mapShape(let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv:
            "mappningsfilen ska ha formen columns: följt av rubrik: fält, till exempel columns: {\"Systemets namn\": name}",
          en: "the map file takes the form columns: followed by heading: field, e.g. columns: {\"System name\": name}"))
    case .mapUnknownField(let location, let name, let known, let suggestion):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "okänt fält «\(name)»" + (suggestion.map { "; menade du \($0)?" } ?? "")
            + " Kända fält: \(known.joined(separator: ", "))",
          en: "unknown field '\(name)'" + (suggestion.map { "; did you mean \($0)?" } ?? "")
            + " Known fields: \(known.joined(separator: ", "))"))
    case .outputNotAFolder(let path):
      return Diagnostic(
        location: SourceLocation(file: path, line: 0, column: 0),
        message: LocalizedText(
          sv: "--out ska vara en mapp, men detta är en fil; ange en mapp (den skapas om den inte finns)",
          en: "--out takes a folder, but this is a file; name a folder (it is created if it does not exist)"))
    case .writeFailed(let path):
      return Diagnostic(
        location: SourceLocation(file: path, line: 0, column: 0),
        message: LocalizedText(
          sv: "filen kunde inte skrivas; kontrollera att mappen går att skapa och skriva i",
          en: "the file could not be written; check that the folder can be created and written to"))
    case .editedFiles(let paths):
      return Diagnostic(
        location: paths.first.map { SourceLocation(file: $0, line: 0, column: 0) },
        message: LocalizedText(
          sv:
            "\(paths.count == 1 ? "filen har" : "\(paths.count) filer har") ändrats sedan den senaste importen (eller skrevs inte av den), så importen skulle skriva över någons arbete: \(paths.joined(separator: ", ")); ingenting skrevs. För över ändringarna till kalkylbladet, eller ange --force för att ersätta filerna",
          en:
            "\(paths.count == 1 ? "the file has" : "\(paths.count) files have") been edited since the last import (or were not written by it), so the import would overwrite someone's work: \(paths.joined(separator: ", ")); nothing was written. Carry the edits over to the spreadsheet, or give --force to replace the files"
        ))
    case .notAnOrganization(let path):
      return Diagnostic(
        location: SourceLocation(file: path, line: 0, column: 0),
        message: LocalizedText(
          sv:
            "--organization ska ange en fil med ett dokument av slaget Organization, men denna fil har inget som kan läsas; ange organisationens fil (till exempel organization.yaml) eller kontrollera den med tillit validate",
          en:
            "--organization takes a file holding a document of kind Organization, but this file has none that can be read; name the organisation's file (such as organization.yaml) or check it with tillit validate"
        ))
    case .severalOrganizations(let folder, let paths):
      return Diagnostic(
        location: SourceLocation(file: folder, line: 0, column: 0),
        message: LocalizedText(
          sv:
            "mappen har mer än ett dokument av slaget Organization (\(paths.joined(separator: ", "))), så importen vet inte vilket den ska använda; ange det med --organization FIL",
          en:
            "the folder holds more than one document of kind Organization (\(paths.joined(separator: ", "))), so the import cannot tell which to use; name it with --organization FILE"
        ))
    }
  }
}
