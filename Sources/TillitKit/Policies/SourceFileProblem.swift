#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a file named as a policy pack or as the configuration cannot be read, found with `stat`
/// before anything opens it: opening a FIFO for reading waits for a writer forever, and a folder
/// or a device is never a pack, so these are refused by what they are, in words an official
/// understands, rather than by the system's English error text.
public enum SourceFileProblem: Sendable, Hashable {
  /// Nothing at that path (or a folder on the way is not a folder).
  case missing
  case folder
  /// A FIFO, socket or device: something that is not a file with contents.
  case notARegularFile
  case notPermitted
  /// Symbolic links that point at each other.
  case linkLoop
  /// Any other refusal from the system, by its error number.
  case system(code: Int32)

  /// The problem with `path`, or nil when it is a regular file that can be opened.
  public static func check(_ path: String) -> SourceFileProblem? {
    // A NUL would cut the path short in the system call and name another file.
    if path.isEmpty || path.utf8.contains(0) { return .missing }
    var info = stat()
    guard stat(path, &info) == 0 else { return problem(errno: errno) }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      return access(path, R_OK) == 0 ? nil : problem(errno: errno)
    case S_IFDIR:
      return .folder
    default:
      return .notARegularFile
    }
  }

  /// The path with every symbolic link, `.` and `..` resolved, so that two spellings of one
  /// file compare equal; nil when the file does not exist.
  public static func canonicalPath(_ path: String) -> String? {
    guard !path.utf8.contains(0), let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  static func problem(errno code: Int32) -> SourceFileProblem {
    switch code {
    case ENOENT, ENOTDIR: return .missing
    case EACCES, EPERM: return .notPermitted
    case ELOOP: return .linkLoop
    default: return .system(code: code)
    }
  }

  /// What is wrong and what to do, to follow "the file 'x':".
  public var message: LocalizedText {
    switch self {
    case .missing:
      return LocalizedText(
        sv: "finns inte; kontrollera sökvägen", en: "does not exist; check the path")
    case .folder:
      return LocalizedText(
        sv: "är en mapp, inte en fil; ange sökvägen till .yaml-filen i mappen",
        en: "is a folder, not a file; give the path of the .yaml file inside it")
    case .notARegularFile:
      return LocalizedText(
        sv: "är ingen vanlig fil (utan till exempel en namngiven rörledning eller en enhet); spara innehållet i en fil",
        en: "is not a regular file (but, for example, a named pipe or a device); save the content in a file")
    case .notPermitted:
      return LocalizedText(
        sv: "får inte läsas med dina behörigheter; be den som äger filen om läsrätt",
        en: "may not be read with your permissions; ask the file's owner for read access")
    case .linkLoop:
      return LocalizedText(
        sv: "är en symbolisk länk som leder i en cirkel; peka länken på den riktiga filen",
        en: "is a symbolic link that leads round in a circle; point the link at the real file")
    case .system(let code):
      return LocalizedText(
        sv: "kan inte öppnas (systemet svarade med felkod \(code))",
        en: "cannot be opened (the system answered with error code \(code))")
    }
  }
}
