#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a path on disk is, as `stat` tells it, so that a refusal can say what was found where a
/// YAML file was expected.
public enum FileKind: Sendable, Hashable {
  case regularFile
  case folder
  case symbolicLink
  case fifo
  case socket
  case characterDevice
  case blockDevice
  case unknown

  /// The kind of a `stat`'s `st_mode`.
  package init(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFREG: self = .regularFile
    case S_IFDIR: self = .folder
    case S_IFLNK: self = .symbolicLink
    case S_IFIFO: self = .fifo
    case S_IFSOCK: self = .socket
    case S_IFCHR: self = .characterDevice
    case S_IFBLK: self = .blockDevice
    default: self = .unknown
    }
  }

  /// The kind with its indefinite article, to go after "this is" ("det här är").
  public var name: LocalizedText {
    switch self {
    case .regularFile: return LocalizedText(sv: "en vanlig fil", en: "a regular file")
    case .folder: return LocalizedText(sv: "en mapp", en: "a folder")
    case .symbolicLink: return LocalizedText(sv: "en symbolisk länk", en: "a symbolic link")
    case .fifo: return LocalizedText(sv: "ett namngivet rör (FIFO)", en: "a named pipe (FIFO)")
    case .socket:
      return LocalizedText(sv: "ett uttag för kommunikation mellan program", en: "a socket")
    case .characterDevice: return LocalizedText(sv: "en teckenenhet", en: "a character device")
    case .blockDevice: return LocalizedText(sv: "en blockenhet", en: "a block device")
    case .unknown: return LocalizedText(sv: "något annat än en fil", en: "something other than a file")
    }
  }
}
