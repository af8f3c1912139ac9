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
    case ENOENT: return Texts.systemErrorNotFound
    case EACCES, EPERM: return Texts.systemErrorPermissionDenied
    case ELOOP: return Texts.systemErrorSymbolicLinkLoop
    case ENOTDIR: return Texts.systemErrorNotAFolder
    case EISDIR: return Texts.systemErrorIsAFolder
    case ENAMETOOLONG: return Texts.systemErrorPathTooLong
    case EIO: return Texts.systemErrorInputOutput
    case EMFILE, ENFILE: return Texts.systemErrorTooManyOpenFiles
    case ENOMEM: return Texts.systemErrorOutOfMemory
    case ENOSPC, EDQUOT: return Texts.systemErrorDiskFull
    case EROFS: return Texts.systemErrorReadOnly
    case EPIPE: return Texts.systemErrorBrokenPipe
    default: return Texts.systemErrorOther(code: symbol)
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
