import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// What makes `tillit.yaml` unusable, beyond the YAML and shape errors its reading reports.
/// Each stops the run (exit 2) with the place.
public enum ConfigurationError: Error, Sendable, Hashable, DiagnosticConvertible {
  /// The configuration file cannot be read; it is named by the location's file.
  case file(path: String, problem: SourceFileProblem)
  /// The configuration is one YAML document; this is where the second starts.
  case severalDocuments(SourceLocation)
  /// A `tillit.yaml` found by the upward search is a symbolic link leading outside the folder
  /// it was found in; `path` is the link. Where it points is deliberately not said, and the
  /// target is not read (see `FolderBoundary`).
  case linkLeavesFolder(path: String)

  public var diagnostic: Diagnostic {
    switch self {
    case .file(let path, let problem):
      return Diagnostic(
        location: SourceLocation(file: path, line: 0, column: 0),
        message: Texts.configFileProblem(problem: problem.message))
    case .severalDocuments(let location):
      return Diagnostic(
        location: location,
        message: Texts.configSeveralDocuments)
    case .linkLeavesFolder(let path):
      return Diagnostic(location: SourceLocation(file: path, line: 0, column: 0), message: Texts.configLinkLeavesFolder)
    }
  }
}
