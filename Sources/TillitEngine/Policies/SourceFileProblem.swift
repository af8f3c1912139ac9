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
    case .missing:
      return LocalizedText(sv: "finns inte; kontrollera sökvägen", en: "does not exist; check the path")
    case .notARegularFile(.folder):
      return LocalizedText(
        sv: "är en mapp, inte en fil; ange sökvägen till .yaml-filen i mappen",
        en: "is a folder, not a file; give the path of the .yaml file inside it")
    case .notARegularFile(let kind):
      return LocalizedText(
        sv: "är \(kind.name.sv), inte en vanlig fil; spara innehållet i en fil",
        en: "is \(kind.name.en), not a regular file; save the content in a file")
    case .system(let code):
      return LocalizedText(
        sv: "kan inte läsas: \(code.description.sv)", en: "cannot be read: \(code.description.en)")
    }
  }
}
