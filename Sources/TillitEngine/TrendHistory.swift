import CEL
import Foundation
import TillitYAML

/// The commits a trend checks: the first-parent commits after `since` up to `until` that
/// changed the workspace's paths (`git rev-list --first-parent`, path-limited), oldest first.
public struct TrendHistory: Sendable {
  public struct Commit: Sendable, Hashable {
    public var hash: String
    /// The tree's hash: the same files give the same results, whatever the commit.
    public var tree: String
    /// The committer's date (YYYY-MM-DD), the day the commit is checked as of.
    public var date: String
  }

  public var commits: [Commit]
  /// The paths as the repository names them (relative to its top; `.` for all of it).
  public var repositoryPaths: [String]
  /// Where the cache lives when `$XDG_CACHE_HOME` is not set: `.git/tillit-trend`.
  public var gitDirectory: String

  /// Lists the commits; `paths` are as given on the command line (relative to the current
  /// directory), and must lie inside the repository.
  public static func list(since: String, until: String, paths: [String]) throws(TrendError) -> TrendHistory {
    do {
      try GitRevision.run(["rev-parse", "--show-toplevel"])
    } catch .gitFailed(_, let gitSays) {
      throw .notARepository(gitSays: gitSays)
    } catch {
      throw .git(error)
    }
    for (option, revision) in [("--since", since), ("--until", until)] {
      do {
        try GitRevision.run(["rev-parse", "--verify", "--quiet", "--end-of-options", "\(revision)^{commit}"])
      } catch {
        throw .unknownRevision(option: option, revision: revision)
      }
    }
    // `until` unpacked once to place the paths inside the repository as `diff --base` does.
    let repositoryPaths: [String]
    let gitDirectory: String
    do {
      let revision = try GitRevision.export(until)
      defer { revision.remove() }
      var inside: [String] = []
      for path in paths {
        do {
          let exported = try revision.path(for: path)
          let relative = String(exported.dropFirst(revision.folder.path.count)).drop { $0 == "/" }
          inside.append(relative.isEmpty ? "." : String(relative))
        } catch {
          throw TrendError.pathOutsideRepository(path)
        }
      }
      repositoryPaths = inside
      let common = try GitRevision.run(["rev-parse", "--git-common-dir"]).trimmingCharacters(
        in: .whitespacesAndNewlines)
      gitDirectory = common.hasPrefix("/") ? common : revision.currentDirectory + "/" + common
    } catch let error as TrendError {
      throw error
    } catch let error as GitRevision.Failure {
      throw .git(error)
    } catch {
      throw .git(.gitUnavailable)
    }
    let listing: String
    do {
      // Run from the top, where the repository's paths are relative to.
      let top = try GitRevision.run(["rev-parse", "--show-toplevel"]).trimmingCharacters(in: .whitespacesAndNewlines)
      listing = try GitRevision.run(
        ["-C", top, "rev-list", "--first-parent", "--reverse", "--format=%H %T %cs", "\(since)..\(until)", "--"]
          + repositoryPaths)
    } catch {
      throw .git(error)
    }
    let commits = listing.split(separator: "\n").compactMap { line -> Commit? in
      guard !line.hasPrefix("commit ") else { return nil }
      let parts = line.split(separator: " ")
      guard parts.count == 3 else { return nil }
      return Commit(hash: String(parts[0]), tree: String(parts[1]), date: String(parts[2]))
    }
    guard !commits.isEmpty else { throw .noCommits(since: since, until: until) }
    return TrendHistory(commits: commits, repositoryPaths: repositoryPaths, gitDirectory: gitDirectory)
  }
}
