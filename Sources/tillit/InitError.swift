import TillitYAML

/// Why `tillit init` did not create a workspace.
enum InitError: Error, DiagnosticConvertible, Equatable {
  /// The folder already has files, and `--force` was not given.
  case folderNotEmpty(path: String, entries: [String])
  /// The path exists and is not a folder.
  case notAFolder(path: String)
  /// The folder, or one inside it, could not be made.
  case cannotCreateFolder(path: String, reason: String)

  var diagnostic: Diagnostic {
    let location: SourceLocation
    let message: LocalizedText
    switch self {
    case .folderNotEmpty(let path, let entries):
      location = SourceLocation(file: path, line: 0, column: 0)
      let shown = entries.prefix(5).joined(separator: ", ") + (entries.count > 5 ? ", …" : "")
      message = Texts.initFolderNotEmpty(entries: shown)
    case .notAFolder(let path):
      location = SourceLocation(file: path, line: 0, column: 0)
      message = Texts.initNotAFolder
    case .cannotCreateFolder(let path, let reason):
      location = SourceLocation(file: path, line: 0, column: 0)
      message = Texts.initCannotCreateFolder(reason: reason)
    }
    return Diagnostic(location: location, message: message)
  }
}
