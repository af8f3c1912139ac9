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
      let names = kind == .ropa ? Texts.importNameHeadingsRopa : Texts.importNameHeadingsFollowUp
      let seen = LocalizedText.joined(
        headings.prefix(12).map { Texts.importQuotedHeading(heading: $0) }, separator: ", ")
      let rows = ColumnLayout.searchedRows
      return Diagnostic(
        location: location.sourceLocation,
        message: location.located(
          headings.isEmpty
            ? Texts.importNoNameColumn(names: names, rows: rows)
            : Texts.importNoNameColumnSeen(names: names, rows: rows, seen: seen)))
    case .mapUnreadable(let file):
      return Diagnostic(location: Self.file(file), message: Texts.importMapUnreadable)
    case .mapInvalid(let diagnostic):
      return diagnostic
    case .mapShape(let location):
      return Diagnostic(location: location, message: Texts.importMapShape)
    case .mapUnknownField(let location, let name, let known, let suggestion):
      let known = known.joined(separator: ", ")
      return Diagnostic(
        location: location,
        message: suggestion.map { Texts.importMapUnknownFieldSuggestion(name: name, suggestion: $0, known: known) }
          ?? Texts.importMapUnknownField(name: name, known: known))
    case .outputNotAFolder(let path):
      return Diagnostic(location: Self.file(path), message: Texts.importOutputNotAFolder)
    case .writeFailed(let path):
      return Diagnostic(location: Self.file(path), message: Texts.importWriteFailed)
    case .editedFiles(let paths):
      let list = paths.joined(separator: ", ")
      return Diagnostic(
        location: paths.first.map(Self.file),
        message: paths.count == 1
          ? Texts.importEditedFile(paths: list) : Texts.importEditedFiles(count: paths.count, paths: list))
    case .notAnOrganization(let path):
      return Diagnostic(location: Self.file(path), message: Texts.importNotAnOrganization)
    case .severalOrganizations(let folder, let paths):
      return Diagnostic(
        location: Self.file(folder), message: Texts.importSeveralOrganizations(paths: paths.joined(separator: ", ")))
    }
  }

  /// A whole file as a diagnostic's place.
  private static func file(_ path: String) -> SourceLocation {
    SourceLocation(file: path, line: 0, column: 0)
  }
}
