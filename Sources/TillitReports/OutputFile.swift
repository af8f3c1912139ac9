import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a report or baseline to the path the user gave, doing to each kind of path what they
/// would expect:
///
/// - a new path or a regular file is replaced atomically: written to a temporary file in the
///   same folder, then renamed over it, so a reader never sees half a report and a failure
///   leaves the old file whole (its permissions are kept);
/// - a character device or named pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written to as
///   it is: renaming over it would replace the device with a file, even as root;
/// - a symbolic link is followed (to any depth up to 40) and what it points to is treated as
///   above, so the link stays a link (a dangling link creates the file it names);
/// - a folder, socket or block device is refused.
///
/// Temporaries are named `.NAME.UUID.tmp` and held under an advisory lock while written; a
/// write removes the unlocked ones left beside the same target by a run that was killed, so
/// they cannot pile up.
public enum OutputFile {
  /// Where a path leads, after following links.
  public enum Destination: Equatable, Sendable {
    /// A regular file, or nothing yet: replace atomically at this path.
    case file(String)
    /// A character device or named pipe: write to it in place.
    case stream(String)
  }

  public static func write(_ text: String, to path: String) throws(OutputFileError) {
    try write(to: path) { $0.write(text) }
  }

  /// Streams what `body` writes to the path: a large report goes out in pieces as it is
  /// made, and only a whole one replaces the old file.
  public static func write(
    to path: String, _ body: (FileOutputStream) -> Void
  ) throws(OutputFileError) {
    switch try destination(of: path) {
    case .stream(let device):
      let descriptor = open(device, O_WRONLY | O_CLOEXEC)
      guard descriptor >= 0 else { throw .cannotWrite(path: path, errno: errno) }
      defer { close(descriptor) }
      let stream = FileOutputStream(descriptor: descriptor)
      body(stream)
      stream.flush()
      if let failure = stream.failure { throw .cannotWrite(path: path, errno: failure) }
    case .file(let target):
      if target != path {
        // Through a link: what earlier versions left under the link's own name goes too.
        removeStaleTemporaries(
          in: (path as NSString).deletingLastPathComponent, of: (path as NSString).lastPathComponent)
      }
      // A killed writer elsewhere can remove our temporary between its creation and its
      // lock; the rename then finds nothing, and a second attempt is safe.
      for attempt in 1...3 {
        do {
          try replace(target, path: path, with: body)
          return
        } catch .cannotWrite(_, ENOENT) where attempt < 3 && folderExists(of: target) {
          continue
        }
      }
    }
  }

  /// The path as every write of this run would reach it: links followed, the folder made
  /// absolute. Two outputs with the same canonical path are the same file.
  public static func canonicalPath(_ path: String) -> String {
    let reached: String
    switch try? destination(of: path) {
    case .file(let target)?, .stream(let target)?: reached = target
    case nil: reached = path
    }
    let folder = (reached as NSString).deletingLastPathComponent
    let name = (reached as NSString).lastPathComponent
    guard let resolved = realpath(folder.isEmpty ? "." : folder, nil) else { return reached }
    defer { free(resolved) }
    return (String(cString: resolved) as NSString).appendingPathComponent(name)
  }

  public static func destination(of path: String) throws(OutputFileError) -> Destination {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0 else {
        if errno == ENOENT { return .file(current) }
        throw .cannotWrite(path: path, errno: errno)
      }
      switch info.st_mode & 0o170_000 {
      case 0o100_000: return .file(current)
      case 0o020_000, 0o010_000: return .stream(current)
      case 0o040_000: throw .isFolder(path: path)
      case 0o120_000:
        // A link to an anonymous pipe (`/dev/stdout` when the output is piped, through
        // `/proc/self/fd/1`) names no path to follow, but opening the link reaches the pipe.
        var reached = stat()
        if stat(current, &reached) == 0, reached.st_mode & 0o170_000 == 0o010_000 { return .stream(current) }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(current, &buffer, buffer.count - 1)
        guard count >= 0 else { throw .cannotWrite(path: path, errno: errno) }
        let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        current =
          target.hasPrefix("/")
          ? target : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
      default: throw .notAFile(path: path)
      }
    }
    throw .symbolicLinkLoop(path: path)
  }

  private static func folderExists(of target: String) -> Bool {
    let folder = (target as NSString).deletingLastPathComponent
    var info = stat()
    return stat(folder.isEmpty ? "." : folder, &info) == 0
  }

  private static func replace(
    _ target: String, path: String, with body: (FileOutputStream) -> Void
  ) throws(OutputFileError) {
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    removeStaleTemporaries(in: folder, of: name)
    let temporary = (folder as NSString).appendingPathComponent(".\(name).\(UUID().uuidString).tmp")
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw .cannotWrite(path: path, errno: errno) }
    // Held until the rename: a concurrent run's clean-up leaves a live temporary alone.
    _ = flock(descriptor, LOCK_EX)
    defer { close(descriptor) }
    var existing = stat()
    if stat(target, &existing) == 0 { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
    let stream = FileOutputStream(descriptor: descriptor)
    body(stream)
    stream.flush()
    if let failure = stream.failure {
      unlink(temporary)
      throw .cannotWrite(path: path, errno: failure)
    }
    guard rename(temporary, target) == 0 else {
      let code = errno
      unlink(temporary)
      throw .cannotWrite(path: path, errno: code)
    }
  }

  /// Removes `.NAME.UUID.tmp` files beside the target that no live writer holds: what a run
  /// killed mid-write left.
  static func removeStaleTemporaries(in folder: String, of name: String) {
    let prefix = ".\(name)."
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)
    else { return }
    for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
      let middle = entry.dropFirst(prefix.count).dropLast(4)
      guard UUID(uuidString: String(middle)) != nil else { continue }
      let file = (folder as NSString).appendingPathComponent(entry)
      let descriptor = open(file, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
      guard descriptor >= 0 else { continue }
      if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { unlink(file) }
      close(descriptor)
    }
  }
}
