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
        message: LocalizedText(
          sv: "konfigurationsfilen \(problem.message.sv)", en: "the configuration file \(problem.message.en)"))
    case .severalDocuments(let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv:
            "konfigurationen är ett enda YAML-dokument, men ett till börjar här; slå ihop dem eller ta bort det andra",
          en: "the configuration is one YAML document, but another one starts here; join them or remove the second"))
    case .linkLeavesFolder(let path):
      return Diagnostic(
        location: SourceLocation(file: path, line: 0, column: 0),
        message: LocalizedText(
          sv:
            "konfigurationsfilen är en symbolisk länk som pekar utanför mappen den ligger i och läses därför inte; ersätt länken med en kopia av filen eller ange filen med --config",
          en:
            "the configuration file is a symbolic link pointing outside the folder it is in, so it is not read; replace the link with a copy of the file, or name the file with --config"
        ))
    }
  }
}
