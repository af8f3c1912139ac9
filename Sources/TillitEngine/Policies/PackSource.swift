import CEL
import Foundation
import TillitFacts
import TillitModel
import TillitYAML

/// A pack reference (`trust`, `./egna.yaml`) resolved to where its text is, named two ways: as
/// the user wrote it, for messages, and by an identity that is the same however it was written
/// (`builtin:trust`, or the file's path with symbolic links, `.` and `..` resolved), so that a
/// pack reached twice, or through a cycle of `extends`, is recognised.
struct PackSource: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    case builtIn(name: String)
    /// `path` is the path to open: as written for a pack named on the command line (followed
    /// wherever it leads), and for one named in a file its resolved form, opened without
    /// following a link (`FolderBoundary`).
    case file(path: String, followingLinks: Bool)
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
  /// With a `boundary` (the reference was written in a file), a path leading outside it is
  /// refused before anything is checked or opened there.
  static func resolve(
    _ reference: String, relativeTo folder: String?, referencedAt: SourceLocation?, within boundary: FolderBoundary?
  ) -> Result<PackSource, PackError> {
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
    var resolved: String?
    if let boundary {
      switch boundary.placement(of: path) {
      case .outside:
        return .failure(
          .packOutsideFolder(
            reference: reference, boundary: boundary,
            referencedAt ?? SourceLocation(file: boundary.folder, line: 0, column: 0)))
      case .inside(let real): resolved = real
      }
    }
    if let problem = SourceFileProblem.check(path) {
      return .failure(.packFile(reference: reference, path: path, problem: problem, referencedAt))
    }
    let identity = SourceFileProblem.canonicalPath(path) ?? (path as NSString).standardizingPath
    // A boundary checked against a file that did not exist then but does now: it was created in
    // between, so take nothing on trust and say it is missing.
    if boundary != nil {
      guard let resolved else {
        return .failure(.packFile(reference: reference, path: path, problem: .missing, referencedAt))
      }
      return .success(PackSource(kind: .file(path: resolved, followingLinks: false), display: path, identity: identity))
    }
    return .success(PackSource(kind: .file(path: path, followingLinks: true), display: path, identity: identity))
  }
}
