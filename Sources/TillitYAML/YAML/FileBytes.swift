#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole regular file with one open, fstat and read loop: the cheapest way to get a
/// file's bytes, which matters when a workspace has tens of thousands of small files.
///
/// Only regular files are read. The file is opened with `O_NONBLOCK` and its type taken from
/// the open descriptor, so a FIFO, socket or device is refused without ever waiting on it, even
/// if it replaced a regular file after the workspace was searched.
package enum FileBytes {
  /// Why reading a file failed, as a typed value for callers that word the message themselves.
  package enum Problem: Error, Sendable, Hashable {
    case notARegularFile(FileKind)
    case tooLarge(bytes: Int)
    case system(SystemErrorCode)
  }

  /// The bytes of a regular file of at most `limit` bytes. With `followingLinks` false a path
  /// whose last part is a symbolic link is refused as one (the workspace search has already
  /// resolved the links it allows, so one found here was swapped in since).
  package static func readRegularFile(path: String, limit: Int, followingLinks: Bool = true) -> Result<[UInt8], Problem>
  {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
    // O_NOCTTY: a terminal device must not become our controlling terminal by being opened.
    let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (followingLinks ? 0 : O_NOFOLLOW)
    let descriptor = open(path, flags)
    guard descriptor >= 0 else {
      if errno == ELOOP, !followingLinks { return .failure(.notARegularFile(.symbolicLink)) }
      return .failure(.system(SystemErrorCode(errno)))
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .failure(.system(SystemErrorCode(errno))) }
    let kind = FileKind(mode: info.st_mode)
    guard kind == .regularFile else { return .failure(.notARegularFile(kind)) }
    let size = Int(info.st_size)
    if size > limit { return .failure(.tooLarge(bytes: size)) }
    // The size can change between fstat and read; read until end of file, within the limit.
    var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
    var count = 0
    while true {
      if count == bytes.count {
        if count > limit { return .failure(.tooLarge(bytes: count)) }
        bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
      }
      let got = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if got < 0 {
        if errno == EINTR { continue }
        return .failure(.system(SystemErrorCode(errno)))
      }
      if got == 0 { break }
      count += got
    }
    if count > limit { return .failure(.tooLarge(bytes: count)) }
    bytes.removeSubrange(count...)
    return .success(bytes)
  }
}
