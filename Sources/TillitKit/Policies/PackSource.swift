import Foundation

/// A pack reference (`trust`, `./egna.yaml`) resolved to where its text is, named two ways: as
/// the user wrote it, for messages, and by an identity that is the same however it was written
/// (`builtin:trust`, or the file's path with symbolic links, `.` and `..` resolved), so that a
/// pack reached twice, or through a cycle of `extends`, is recognised.
struct PackSource: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    case builtIn(name: String)
    case file(path: String)
  }

  var kind: Kind
  /// How messages and locations name the pack: `builtin:<name>`, or the path as joined from
  /// the reference and the folder it is relative to.
  var display: String
  var identity: String

  /// Whether a reference names a file rather than a built-in pack.
  static func isPath(_ reference: String) -> Bool {
    reference.contains("/") || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml")
  }

  /// Resolves `reference`, relative to `folder` when it is a relative path; `referencedAt` is
  /// where it was written (nil on the command line), which is where a problem is reported.
  static func resolve(_ reference: String, relativeTo folder: String?, referencedAt: SourceLocation?) -> Result<
    PackSource, PackError
  > {
    guard isPath(reference) else {
      guard PolicyPackLoader.builtInText(reference) != nil else {
        let known = PolicyPackLoader.builtInNames
        return .failure(
          .unknownPack(
            name: reference, suggestion: Suggestion.closest(to: reference, among: known), known: known, referencedAt))
      }
      return .success(
        PackSource(kind: .builtIn(name: reference), display: "builtin:\(reference)", identity: "builtin:\(reference)"))
    }
    let path =
      folder.map { reference.hasPrefix("/") ? reference : ($0 as NSString).appendingPathComponent(reference) }
      ?? reference
    if let problem = SourceFileProblem.check(path) {
      return .failure(.packFile(reference: reference, path: path, problem: problem, referencedAt))
    }
    let identity = SourceFileProblem.canonicalPath(path) ?? (path as NSString).standardizingPath
    return .success(PackSource(kind: .file(path: path), display: path, identity: identity))
  }
}
