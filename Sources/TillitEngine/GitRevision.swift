import CEL
import Foundation
import TillitFacts
import TillitModel
import TillitYAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A git revision's files, exported to a temporary folder with `git archive`, so that a
/// workspace can be checked as it was without touching the user's work tree or index.
///
/// Paths are taken relative to the repository, never to the file system: a path that leaves the
/// repository (`../other`, or an absolute path elsewhere) is refused, since its "base" side
/// would silently be the live file system rather than the revision.
public struct GitRevision: Sendable {
  public enum Failure: Error, Sendable, Hashable, DiagnosticConvertible {
    /// `git` could not be started.
    case gitUnavailable
    /// The current directory is not inside a git work tree; git's own words.
    case notARepository(gitSays: String)
    /// The revision given with `--base` names no commit.
    case unknownRevision(String)
    /// A path to compare lies outside the repository.
    case pathOutsideRepository(String)
    /// A git command failed; the command and git's own words.
    case gitFailed(command: String, gitSays: String)
    /// The temporary folder could not be made or the archive not unpacked.
    case cannotExport(revision: String, folder: String)

    public var diagnostic: Diagnostic {
      switch self {
      case .gitUnavailable:
        return Diagnostic(location: nil, message: Texts.gitUnavailable)
      case .notARepository(let gitSays):
        return Diagnostic(location: nil, message: Texts.gitNotARepositoryDiff, notes: [Self.note(gitSays)])
      case .unknownRevision(let revision):
        return Diagnostic(location: nil, message: Texts.gitUnknownBase(revision: revision))
      case .pathOutsideRepository(let path):
        return Diagnostic(
          location: SourceLocation(file: path, line: 0, column: 0), message: Texts.gitPathOutsideRepository)
      case .gitFailed(let command, let gitSays):
        return Diagnostic(
          location: nil, message: Texts.gitCommandFailed(command: command),
          notes: gitSays.isEmpty ? [] : [Self.note(gitSays)])
      case .cannotExport(let revision, let folder):
        return Diagnostic(
          location: SourceLocation(file: folder, line: 0, column: 0), message: Texts.gitCannotExport(revision: revision)
        )
      }
    }

    /// git's own message, quoted as git wrote it (it has no Swedish).
    private static func note(_ gitSays: String) -> Diagnostic.Note {
      Diagnostic.Note(location: nil, message: Texts.gitSays(message: gitSays))
    }
  }

  /// The folder holding the revision's files (remove it with `remove()`).
  public let folder: URL
  /// The repository's top folder, with links resolved (`git rev-parse --show-toplevel`).
  public let top: String
  /// The current directory, with links resolved, to which relative paths are relative.
  public let currentDirectory: String

  public static func export(_ revision: String) throws(Failure) -> GitRevision {
    let top: String
    do {
      top = try run(["rev-parse", "--show-toplevel"]).trimmingCharacters(in: .whitespacesAndNewlines)
    } catch .gitFailed(_, let gitSays) {
      throw .notARepository(gitSays: gitSays)
    }
    do {
      try run(["rev-parse", "--verify", "--quiet", "--end-of-options", "\(revision)^{commit}"])
    } catch .gitFailed {
      throw .unknownRevision(revision)
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-diff-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotExport(revision: revision, folder: folder.path)
    }
    let archive = folder.appendingPathComponent(".revision.tar")
    try run(["-C", top, "archive", "--format=tar", "-o", archive.path, revision])
    let tar = Process()
    tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    tar.arguments = ["tar", "-xf", archive.path, "-C", folder.path]
    do {
      try tar.run()
      tar.waitUntilExit()
    } catch {
      throw .cannotExport(revision: revision, folder: folder.path)
    }
    try? FileManager.default.removeItem(at: archive)
    guard tar.terminationStatus == 0 else { throw .cannotExport(revision: revision, folder: folder.path) }
    let here = resolved(FileManager.default.currentDirectoryPath) ?? FileManager.default.currentDirectoryPath
    return GitRevision(folder: folder, top: resolved(top) ?? top, currentDirectory: here)
  }

  /// Where a path given on the command line (relative to the current directory, or absolute)
  /// lies inside the exported revision. Refuses a path outside the repository.
  public func path(for given: String) throws(Failure) -> String {
    // An existing absolute path is resolved like `top` was, so a link in its ancestry (such as
    // a temporary folder reached through one) does not make it look outside; a relative path
    // is taken lexically, as git itself names paths.
    let absolute =
      given.hasPrefix("/")
      ? (Self.resolved(given) ?? Self.normalized(given)) : Self.normalized(currentDirectory + "/" + given)
    if absolute == top { return folder.path }
    guard absolute.hasPrefix(top == "/" ? "/" : top + "/") else { throw .pathOutsideRepository(given) }
    return folder.appendingPathComponent(String(absolute.dropFirst(top == "/" ? 1 : top.count + 1))).path
  }

  public func remove() {
    try? FileManager.default.removeItem(at: folder)
  }

  /// An absolute path with `.`, `..` and repeated slashes taken out, without asking the disk.
  static func normalized(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..": _ = parts.popLast()
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  private static func resolved(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  @discardableResult
  static func run(_ arguments: [String]) throws(Failure) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    do {
      try process.run()
    } catch {
      throw .gitUnavailable
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    // env exits 127 when it cannot find the program.
    if process.terminationStatus == 127 { throw .gitUnavailable }
    guard process.terminationStatus == 0 else {
      let message = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      throw .gitFailed(command: (["git"] + arguments).joined(separator: " "), gitSays: message)
    }
    return String(decoding: data, as: UTF8.self)
  }
}
