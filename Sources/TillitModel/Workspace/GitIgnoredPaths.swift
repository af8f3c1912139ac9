import Foundation

/// The paths git ignores below one folder, asked of git once for the whole folder
/// (`git ls-files --others --ignored --exclude-standard --directory`), never once per file.
///
/// Git itself decides, so `.gitignore` files at every level, `.git/info/exclude` and the user's
/// global excludes all count exactly as they do for `git status`. A file git tracks is never
/// ignored, even when a pattern matches it: it is part of the repository. Outside a git work
/// tree, or where git cannot be run, nothing is ignored: tillit then reads what it would read
/// without git, never less.
struct GitIgnoredPaths: Sendable {
  /// Ignored files, relative to the folder asked about.
  private var files: Set<String> = []
  /// Folders ignored as a whole (git lists them once, with a trailing `/`), relative to the
  /// folder asked about, without the slash.
  private var folders: Set<String> = []

  /// Nothing ignored.
  init() {}

  /// What git ignores below `folder`.
  init(below folder: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "git", "-C", folder, "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory",
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch { return }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return }
    for entry in data.split(separator: 0) {
      // Git quotes nothing with -z; a name that is not UTF-8 cannot be matched to a name the
      // finder reports anyway (it is an error there).
      guard let path = String(validating: entry, as: UTF8.self) else { continue }
      if path.hasSuffix("/") { folders.insert(String(path.dropLast())) } else { files.insert(path) }
    }
  }

  /// Whether the file at `relativePath` (below the folder asked about) is ignored.
  func ignoresFile(_ relativePath: String) -> Bool { files.contains(relativePath) }

  /// Whether the folder at `relativePath` is ignored as a whole, so need not be searched.
  func ignoresFolder(_ relativePath: String) -> Bool { folders.contains(relativePath) }
}
