import Foundation

/// A git revision's files, exported to a temporary folder with `git archive`, so that a
/// workspace can be checked as it was without touching the user's work tree or index.
public struct GitRevision: Sendable {
  public enum Failure: Error, Sendable, DiagnosticConvertible {
    case git(String)

    public var diagnostic: Diagnostic {
      switch self {
      case .git(let message):
        return Diagnostic(
          location: nil,
          message: LocalizedText(
            sv: "git: \(message); kör i ett git-arkiv och ange en revision som finns (t.ex. origin/main)",
            en: "git: \(message); run inside a git repository and give a revision that exists (e.g. origin/main)"))
      }
    }
  }

  /// The folder holding the revision's files (remove it with `remove()`).
  public let folder: URL
  /// The current directory's place inside the repository (`git rev-parse --show-prefix`).
  public let prefix: String

  public static func export(_ revision: String) throws(Failure) -> GitRevision {
    let prefix = try run(["rev-parse", "--show-prefix"]).trimmingCharacters(in: .whitespacesAndNewlines)
    let top = try run(["rev-parse", "--show-toplevel"]).trimmingCharacters(in: .whitespacesAndNewlines)
    _ = try run(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"])
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-diff-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .git("cannot create \(folder.path)")
    }
    let archive = folder.appendingPathComponent(".revision.tar")
    _ = try run(["-C", top, "archive", "--format=tar", "-o", archive.path, revision])
    let tar = Process()
    tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    tar.arguments = ["tar", "-xf", archive.path, "-C", folder.path]
    do {
      try tar.run()
      tar.waitUntilExit()
    } catch {
      throw .git("cannot unpack the archive of \(revision)")
    }
    try? FileManager.default.removeItem(at: archive)
    guard tar.terminationStatus == 0 else { throw .git("cannot unpack the archive of \(revision)") }
    return GitRevision(folder: folder, prefix: prefix)
  }

  /// Where a path given relative to the current directory lies inside the exported revision.
  public func path(for given: String) -> String {
    folder.appendingPathComponent(prefix).appendingPathComponent(given).standardizedFileURL.path
  }

  public func remove() {
    try? FileManager.default.removeItem(at: folder)
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
      throw .git("git is not available")
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let message = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      throw .git(message.isEmpty ? "git \(arguments.joined(separator: " ")) failed" : message)
    }
    return String(decoding: data, as: UTF8.self)
  }
}
