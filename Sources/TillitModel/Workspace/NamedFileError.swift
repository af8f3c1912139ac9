import TillitYAML

/// A file named on the command line that is not a tillit document. Under a folder such a file
/// is passed over; named, it is an error, because the user asked for it to be checked and
/// passing it over would report a check that never happened.
public enum NamedFileError: Error, Sendable, Hashable, DiagnosticConvertible {
  /// At the file's `apiVersion` when it has one that is not tillit's, else at the file.
  case notATillitDocument(SourceLocation, reason: SkippedFile.Reason)

  public var diagnostic: Diagnostic {
    switch self {
    case .notATillitDocument(let location, let reason):
      let kinds = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
      return Diagnostic(
        location: location,
        message: Texts.workspaceNamedFileNotTillit(
          reason: reason.text, version: DocumentKind.apiVersion, kinds: kinds))
    }
  }
}
