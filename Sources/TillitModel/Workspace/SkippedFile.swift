import TillitYAML

/// A YAML file found in a folder and deliberately not read as a document, or a folder not
/// searched (its path ends in `/`), with the reason: what `--verbose` lists, so that nothing is
/// passed over without a way to see it.
public struct SkippedFile: Sendable, Hashable {
  public enum Reason: Sendable, Hashable {
    /// It parses, and no document in it says `apiVersion: tillit/…`.
    case notATillitDocument
    /// It does not parse as YAML, and its text does not mention `apiVersion: tillit/`.
    case unparsableAndNotTillit
    /// It holds no document at all (empty, or comments only).
    case empty
    /// An `exclude` pattern of `tillit.yaml` matches it; the pattern as written.
    case excluded(String)
    /// `tillit.yaml` has `include` patterns and none matches it.
    case notIncluded
    /// Git ignores it (`.gitignore` and the like).
    case gitIgnored
    /// It is a policy pack in use or the configuration file.
    case notADocumentFile

    public var text: LocalizedText {
      switch self {
      case .notATillitDocument:
        return LocalizedText(
          sv: "inget dokument i filen anger apiVersion: tillit/…",
          en: "no document in the file says apiVersion: tillit/…")
      case .unparsableAndNotTillit:
        return LocalizedText(
          sv: "filen är inte giltig YAML och nämner inte apiVersion: tillit/",
          en: "the file is not valid YAML and does not mention apiVersion: tillit/")
      case .empty:
        return LocalizedText(sv: "filen innehåller inget dokument", en: "the file holds no document")
      case .excluded(let pattern):
        return LocalizedText(
          sv: "utesluten av mönstret '\(pattern)' under exclude i tillit.yaml",
          en: "left out by the pattern '\(pattern)' under exclude in tillit.yaml")
      case .notIncluded:
        return LocalizedText(
          sv: "matchar inget mönster under include i tillit.yaml",
          en: "matches no pattern under include in tillit.yaml")
      case .gitIgnored:
        return LocalizedText(
          sv: "git ignorerar den (.gitignore); --no-gitignore tar med den",
          en: "git ignores it (.gitignore); --no-gitignore takes it in")
      case .notADocumentFile:
        return LocalizedText(
          sv: "regelpaket eller konfigurationsfil, inte ett dokument",
          en: "a policy pack or the configuration file, not a document")
      }
    }
  }

  /// The path as messages name it.
  public var path: String
  public var reason: Reason

  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }
}
