import CEL
import TillitFacts
import TillitModel
import TillitYAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a file named as a policy pack or as the configuration cannot be read, found with `stat`
/// before anything opens it: a folder or a device is never a pack, so it is refused by what it
/// is, in words an official understands, and named by the reference that led to it.
public enum SourceFileProblem: Sendable, Hashable {
  /// Nothing at that path (or a folder on the way is not a folder).
  case missing
  /// A folder, FIFO, socket or device: something that is not a file with contents.
  case notARegularFile(FileKind)
  /// Any other refusal from the system.
  case system(SystemErrorCode)

  /// The problem with `path`, or nil when it is a regular file that can be opened.
  public static func check(_ path: String) -> SourceFileProblem? {
    // A NUL would cut the path short in the system call and name another file.
    if path.isEmpty || path.utf8.contains(0) { return .missing }
    var info = stat()
    guard stat(path, &info) == 0 else { return problem(errno: errno) }
    let kind = FileKind(mode: info.st_mode)
    guard kind == .regularFile else { return .notARegularFile(kind) }
    return access(path, R_OK) == 0 ? nil : problem(errno: errno)
  }

  /// The path with every symbolic link, `.` and `..` resolved, so that two spellings of one
  /// file compare equal; nil when the file does not exist.
  public static func canonicalPath(_ path: String) -> String? {
    guard !path.utf8.contains(0), let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  static func problem(errno code: Int32) -> SourceFileProblem {
    code == ENOENT || code == ENOTDIR ? .missing : .system(SystemErrorCode(code))
  }

  /// What is wrong and what to do, to follow "the file 'x'".
  public var message: LocalizedText {
    switch self {
    case .missing: return Texts.sourceFileMissing
    case .notARegularFile(.folder): return Texts.sourceFileFolder
    case .notARegularFile(let kind): return Texts.sourceFileNotRegular(kind: kind.name)
    case .system(let code): return Texts.sourceFileSystem(reason: code.description)
    }
  }
}
