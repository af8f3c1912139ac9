import CEL
import TillitFacts
import TillitModel
import TillitYAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folder tree that a path written inside a file must stay in.
///
/// **Which files tillit opens when a file names another** (the policy, in one place):
///
/// - What the user types on the command line is trusted as typed: `--config FILE` and
///   `--add-pack PATH` (and the packs given to `tillit test`) are read wherever they are,
///   as long as they are regular files.
/// - A path written inside a file — an entry of `packs:` in `tillit.yaml`, an entry of
///   `extends:` in a pack — must resolve, after following symbolic links, `.`, `..` and
///   absolute paths, inside the folder tree the naming file belongs to: for `tillit.yaml`, the
///   folder holding it; for a pack, the folder holding the `tillit.yaml` that named it or, for
///   a pack given on the command line, the folder holding that pack. What the pack extends
///   stays within the same tree, however long the chain.
/// - A `tillit.yaml` found by searching upward from the checked paths that is a symbolic link
///   must resolve inside the folder it was found in.
///
/// Anything else is an error at the entry that names it (for `tillit.yaml`, naming the link),
/// saying the path as it was written — never where a link points — and the target is never
/// opened. A repository is content anyone can commit to; without this a committed
/// `packs: [/proc/self/environ]` or `tillit.yaml -> /proc/self/environ` would have its
/// target's text, secrets included, quoted in a syntax error in a CI log.
///
/// A path that passes is opened by its resolved form, without following a link at its last
/// step, so that a link swapped in after the check cannot lead the read elsewhere.
public struct FolderBoundary: Sendable, Hashable {
  /// Whose folder the tree is, which decides what the user is told to do instead.
  public enum Owner: Sendable, Hashable {
    /// The folder holding `tillit.yaml`.
    case configuration
    /// The folder holding a pack named on the command line.
    case commandLinePack
  }

  /// The folder as the user named it (or as it was found), for messages.
  public var folder: String
  public var owner: Owner
  /// The folder with every link, `.` and `..` resolved; nil when it cannot be resolved.
  var resolvedFolder: String?

  public init(folder: String, owner: Owner) {
    self.folder = folder.isEmpty ? "." : folder
    self.owner = owner
    self.resolvedFolder = Self.resolved(self.folder)
  }

  /// The boundary of the folder holding `file` (a path as named: a link's own folder, not its
  /// target's).
  public init(holding file: String, owner: Owner) {
    let slash = file.lastIndex(of: "/")
    let folder = slash.map { $0 == file.startIndex ? "/" : String(file[..<$0]) } ?? "."
    self.init(folder: folder, owner: owner)
  }

  /// Where a path leads, judged against the boundary.
  public enum Placement: Sendable, Hashable {
    /// Inside; `resolved` is the path to open (every link resolved), nil when nothing is there
    /// to resolve (a missing file, which is then reported as missing).
    case inside(resolved: String?)
    case outside
  }

  /// Where `path` (absolute, or relative to the current folder) leads.
  ///
  /// A path that resolves is judged by where it really is. One that does not (a missing file,
  /// a folder on the way that cannot be entered) is judged by its spelling, so that a missing
  /// `../../x.yaml` is not called missing — which would tell whether something exists out there —
  /// but outside.
  public func placement(of path: String) -> Placement {
    if let real = Self.resolved(path) {
      guard let root = resolvedFolder else { return .outside }
      return Self.isInside(real, root: root) ? .inside(resolved: real) : .outside
    }
    let spelt = Self.lexicallyNormalized(path)
    let roots = [resolvedFolder, Self.lexicallyNormalized(folder)].compactMap { $0 }
    return roots.contains { Self.isInside(spelt, root: $0) } ? .inside(resolved: nil) : .outside
  }

  /// Whether a normalized absolute path is the root or below it.
  static func isInside(_ path: String, root: String) -> Bool {
    path == root || root == "/" || path.hasPrefix(root + "/")
  }

  /// The absolute path with every link, `.` and `..` resolved; nil if some part cannot be.
  static func resolved(_ path: String) -> String? {
    guard !path.isEmpty, !path.utf8.contains(0), let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// The absolute path with `.` and `..` taken away by their spelling alone (no link followed):
  /// how far a path that does not exist reaches.
  static func lexicallyNormalized(_ path: String) -> String {
    var parts: [Substring] = []
    if !path.hasPrefix("/") {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      if let current = getcwd(&buffer, buffer.count) {
        parts = String(cString: current).split(separator: "/")
      }
    }
    for part in path.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": _ = parts.popLast()
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }
}
