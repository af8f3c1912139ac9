import CEL
import TillitYAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `check --baseline FILE` when FILE does not exist: a warning, and the run goes on as with an
/// empty baseline.
///
/// Why not an error: the first CI run of a workflow that passes `--baseline` comes before
/// anyone has created the file, and an exit 2 there says "tillit is broken" rather than what
/// is true — nothing is known yet. With an empty baseline every finding counts as new, so the
/// run fails exactly as it would without `--baseline`: nothing is hidden by a missing or
/// misspelt file, and the warning names the command that creates it. A file that exists but
/// cannot be read or is not a baseline stays an error (exit 2).
enum MissingBaseline: Error, Sendable, Hashable, DiagnosticConvertible {
  /// `path` does not exist; `paths` are the paths checked, for the command to create it.
  case notCreatedYet(path: String, paths: [String])
  /// `baseline update` or `prune` of a file that does not exist: an error, since there is
  /// nothing to change; `action` is the word given.
  case nothingToChange(path: String, action: String, paths: [String])

  var diagnostic: Diagnostic {
    switch self {
    case .notCreatedYet(let path, let paths):
      let command = "tillit baseline create --file \(path) \(paths.joined(separator: " "))"
      return Diagnostic(
        severity: .warning, location: SourceLocation(file: path, line: 0, column: 0),
        message: Texts.baselineNotCreatedYet(command: command))
    case .nothingToChange(let path, let action, let paths):
      let command = "tillit baseline create --file \(path) \(paths.joined(separator: " "))"
      return Diagnostic(
        location: SourceLocation(file: path, line: 0, column: 0),
        message: action == "prune"
          ? Texts.baselineNothingToPrune(command: command) : Texts.baselineNothingToUpdate(command: command))
    }
  }

  /// Whether nothing at all is at `path` (not even a broken link, which is an error to show).
  static func isMissing(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) != 0 && errno == ENOENT
  }

  /// When `path` is missing, warns on standard error and returns true: the caller then goes on
  /// without a baseline.
  static func warnIfMissing(_ path: String, paths: [String], language: Language, color: Bool) -> Bool {
    guard isMissing(path) else { return false }
    var renderer = DiagnosticRenderer(language: language, useColor: color)
    Output.standardError(renderer.render(MissingBaseline.notCreatedYet(path: path, paths: paths).diagnostic))
    return true
  }
}
