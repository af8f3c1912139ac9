import TillitYAML

/// Why `tillit trend` cannot start: each with what to do, in both languages (exit 2).
public enum TrendError: Error, Sendable, Hashable, DiagnosticConvertible {
  /// The current directory is not inside a git work tree; git's own words.
  case notARepository(gitSays: String)
  /// `--since` or `--until` names no commit.
  case unknownRevision(option: String, revision: String)
  /// No first-parent commit in the range touched the paths.
  case noCommits(since: String, until: String)
  /// A path to follow lies outside the repository.
  case pathOutsideRepository(String)
  /// git failed otherwise (see `GitRevision.Failure`).
  case git(GitRevision.Failure)

  public var diagnostic: Diagnostic {
    switch self {
    case .notARepository(let gitSays):
      return Diagnostic(
        location: nil, message: Texts.gitNotARepositoryTrend,
        notes: [Diagnostic.Note(location: nil, message: Texts.gitSays(message: gitSays))])
    case .unknownRevision(let option, let revision):
      return Diagnostic(location: nil, message: Texts.gitUnknownRevision(option: option, revision: revision))
    case .noCommits(let since, let until):
      return Diagnostic(location: nil, message: Texts.gitNoCommits(since: since, until: until))
    case .pathOutsideRepository(let path):
      return GitRevision.Failure.pathOutsideRepository(path).diagnostic
    case .git(let failure):
      return failure.diagnostic
    }
  }
}
