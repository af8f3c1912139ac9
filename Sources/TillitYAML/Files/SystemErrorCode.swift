#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An `errno` value from a failed system call, described in both languages.
///
/// `strerror` answers in the C library's language only, and an English reason inside a Swedish
/// message is not Swedish; so the reasons users meet are worded here, and any other is named by
/// its symbolic code, which is the same in every language.
public struct SystemErrorCode: Error, Sendable, Hashable {
  public var value: Int32

  public init(_ value: Int32) {
    self.value = value
  }

  public var description: LocalizedText {
    switch value {
    case ENOENT: return LocalizedText(sv: "den finns inte", en: "it does not exist")
    case EACCES, EPERM: return LocalizedText(sv: "behörighet saknas", en: "permission denied")
    case ELOOP:
      return LocalizedText(
        sv: "för många symboliska länkar i rad, troligen en slinga",
        en: "too many symbolic links in a row, probably a loop")
    case ENOTDIR:
      return LocalizedText(sv: "en del av sökvägen är ingen mapp", en: "a part of the path is not a folder")
    case EISDIR: return LocalizedText(sv: "det är en mapp", en: "it is a folder")
    case ENAMETOOLONG: return LocalizedText(sv: "sökvägen är för lång", en: "the path is too long")
    case EIO: return LocalizedText(sv: "fel vid läsning från disken", en: "input/output error from the disk")
    case EMFILE, ENFILE: return LocalizedText(sv: "för många öppna filer", en: "too many open files")
    case ENOMEM: return LocalizedText(sv: "minnet räcker inte", en: "out of memory")
    case ENOSPC, EDQUOT: return LocalizedText(sv: "utrymmet på disken är slut", en: "no space left on the disk")
    case EROFS: return LocalizedText(sv: "filsystemet är skrivskyddat", en: "the file system is read-only")
    case EPIPE: return LocalizedText(sv: "mottagaren slutade läsa", en: "the reader stopped reading")
    default:
      return LocalizedText(sv: "systemfel \(symbol)", en: "system error \(symbol)")
    }
  }

  /// The code's C name where it is one users may look up, else its number.
  var symbol: String {
    switch value {
    case EBADF: return "EBADF"
    case EINVAL: return "EINVAL"
    case ENXIO: return "ENXIO"
    case ENODEV: return "ENODEV"
    case ESTALE: return "ESTALE"
    case EOVERFLOW: return "EOVERFLOW"
    case ETXTBSY: return "ETXTBSY"
    default: return "errno \(value)"
    }
  }
}
