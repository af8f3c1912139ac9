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
        location: nil,
        message: LocalizedText(
          sv: "den aktuella mappen ligger inte i ett git-arkiv; kör tillit trend i arkivets arbetskatalog",
          en: "the current folder is not inside a git repository; run tillit trend in the repository's work tree"),
        notes: [Diagnostic.Note(location: nil, message: LocalizedText(sv: "git: \(gitSays)", en: "git: \(gitSays)"))])
    case .unknownRevision(let option, let revision):
      return Diagnostic(
        location: nil,
        message: LocalizedText(
          sv:
            "\(option) \(revision): revisionen finns inte i arkivet; ange en gren, tagg eller incheckning som finns (git log visar dem)",
          en:
            "\(option) \(revision): no such revision in the repository; give a branch, tag or commit that exists (git log shows them)"
        ))
    case .noCommits(let since, let until):
      return Diagnostic(
        location: nil,
        message: LocalizedText(
          sv:
            "inga incheckningar efter \(since) fram till \(until) ändrar de angivna sökvägarna; ange en tidigare --since eller andra sökvägar",
          en:
            "no commits after \(since) up to \(until) change the paths given; give an earlier --since or other paths"))
    case .pathOutsideRepository(let path):
      return GitRevision.Failure.pathOutsideRepository(path).diagnostic
    case .git(let failure):
      return failure.diagnostic
    }
  }
}
