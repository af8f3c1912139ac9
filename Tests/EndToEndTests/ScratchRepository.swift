import Foundation
import Testing

/// A throw-away git repository in a temporary folder, holding only what a test writes into
/// it (no Package.swift): the user's repository the CI files and hooks are meant for.
struct ScratchRepository {
  /// What a shell command printed and how it ended.
  struct Run {
    var exitCode: Int32
    var standardOutput: String
    var standardError: String
    /// Both streams, for a failing expectation's message.
    var transcript: String { "exit \(exitCode)\n--- stdout\n\(standardOutput)\n--- stderr\n\(standardError)" }
  }

  /// The folder every scratch repository and its side files live in; removed by `remove()`.
  let base: URL
  /// The repository's work tree.
  let root: URL

  /// Makes an empty repository on branch `main` under a new temporary folder.
  init(name: String = "work") throws {
    base = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-scratch-\(UUID().uuidString)")
    root = base.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    // git's global configuration is a file of this repository's own, so that the scripts'
    // `git config --global` never touches the machine's.
    _ = FileManager.default.createFile(atPath: base.appendingPathComponent("gitconfig").path, contents: Data())
    try git("init", "-q", "-b", "main")
  }

  /// The environment every command here runs in: the built tillit first on PATH, git's
  /// identity and configuration isolated, English messages.
  var environment: [String: String] {
    var environment = ProcessInfo.processInfo.environment
    let tillitFolder = TillitBinary.executable.deletingLastPathComponent().path
    environment["PATH"] = tillitFolder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    environment["GIT_CONFIG_GLOBAL"] = base.appendingPathComponent("gitconfig").path
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    for role in ["AUTHOR", "COMMITTER"] {
      environment["GIT_\(role)_NAME"] = "Test"
      environment["GIT_\(role)_EMAIL"] = "test@example.org"
    }
    environment["LANG"] = "C.UTF-8"
    environment["LC_ALL"] = nil
    environment["NO_COLOR"] = "1"
    // The tests set these themselves where a script reads them.
    for name in ["GITHUB_ACTIONS", "GITHUB_OUTPUT", "GITHUB_PATH", "GITLAB_CI", "CI_MERGE_REQUEST_IID"] {
      environment[name] = nil
    }
    return environment
  }

  /// Writes a file, making its folders.
  func write(_ path: String, _ text: String) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// Copies a file or folder of the tillit package into the repository.
  func copy(fromPackage source: String, to path: String) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: TillitBinary.packageRoot.appendingPathComponent(source), to: url)
  }

  func read(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
  }

  /// Runs git in the repository; a failing git command fails the test.
  @discardableResult
  func git(_ arguments: String..., sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Run {
    let run = try shell("git " + arguments.map(Self.quoted).joined(separator: " "))
    #expect(
      run.exitCode == 0, "git \(arguments.joined(separator: " ")): \(run.transcript)", sourceLocation: sourceLocation)
    return run
  }

  /// Commits everything in the work tree.
  func commitAll(_ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    try git("add", "-A", sourceLocation: sourceLocation)
    try git("commit", "-q", "-m", message, sourceLocation: sourceLocation)
  }

  /// Runs a bash script in `directory` (default: the work tree) with `environment` plus
  /// `extra`; `options` are bash's, e.g. `-eo pipefail` as CI runners use.
  func shell(
    _ script: String, extra: [String: String] = [:], options: [String] = [], in directory: URL? = nil
  ) throws -> Run {
    let scriptURL = base.appendingPathComponent("script-\(UUID().uuidString).sh")
    try Data(script.utf8).write(to: scriptURL)
    defer { try? FileManager.default.removeItem(at: scriptURL) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["--noprofile", "--norc"] + options + [scriptURL.path]
    var environment = self.environment
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    process.currentDirectoryURL = directory ?? root
    // Both streams go to files: a child that fills a pipe nobody reads would block for ever.
    let outputURL = base.appendingPathComponent("out-\(UUID().uuidString)")
    let errorURL = base.appendingPathComponent("err-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: outputURL)
      try? FileManager.default.removeItem(at: errorURL)
    }
    let output = try FileHandle(forWritingTo: outputURL)
    let error = try FileHandle(forWritingTo: errorURL)
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try output.close()
    try error.close()
    return Run(
      exitCode: process.terminationStatus,
      standardOutput: try String(contentsOf: outputURL, encoding: .utf8),
      standardError: try String(contentsOf: errorURL, encoding: .utf8))
  }

  func remove() {
    try? FileManager.default.removeItem(at: base)
  }

  /// A word for bash, in single quotes.
  static func quoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
