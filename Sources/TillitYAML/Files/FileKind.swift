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
    case .regularFile: return Texts.fileKindRegularFile
    case .folder: return Texts.fileKindFolder
    case .symbolicLink: return Texts.fileKindSymbolicLink
    case .fifo: return Texts.fileKindFifo
    case .socket: return Texts.fileKindSocket
    case .characterDevice: return Texts.fileKindCharacterDevice
    case .blockDevice: return Texts.fileKindBlockDevice
    case .unknown: return Texts.fileKindUnknown
    }
  }
}
