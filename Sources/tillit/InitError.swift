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
      message = LocalizedText(
        sv:
          "mappen är inte tom (\(shown)); välj en tom eller ny mapp, eller ange --force för att lägga till de filer som saknas utan att röra dem som finns",
        en:
          "the folder is not empty (\(shown)); choose an empty or new folder, or give --force to add the files that are missing without touching those that exist"
      )
    case .notAFolder(let path):
      location = SourceLocation(file: path, line: 0, column: 0)
      message = LocalizedText(
        sv: "finns redan och är inte en mapp; ange en mapp för den nya arbetsytan",
        en: "already exists and is not a folder; give a folder for the new workspace")
    case .cannotCreateFolder(let path, let reason):
      location = SourceLocation(file: path, line: 0, column: 0)
      message = LocalizedText(
        sv: "mappen kan inte skapas (\(reason)); välj en annan sökväg eller åtgärda behörigheten",
        en: "the folder cannot be created (\(reason)); choose another path or fix the permissions")
    }
    return Diagnostic(location: location, message: message)
  }
}
