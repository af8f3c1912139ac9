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
      case .notATillitDocument: return Texts.workspaceSkippedNotTillit
      case .unparsableAndNotTillit: return Texts.workspaceSkippedUnparsable
      case .empty: return Texts.workspaceSkippedEmpty
      case .excluded(let pattern): return Texts.workspaceSkippedExcluded(pattern: pattern)
      case .notIncluded: return Texts.workspaceSkippedNotIncluded
      case .gitIgnored: return Texts.workspaceSkippedGitIgnored
      case .notADocumentFile: return Texts.workspaceSkippedNotADocumentFile
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
