#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file with one open, fstat and read loop: the cheapest way to get a file's
/// bytes, which matters when a workspace has tens of thousands of small files.
enum FileBytes {
  enum Failure: Error {
    case tooLarge(Int)
    case unreadable(String)
  }

  static func read(path: String, limit: Int) -> Result<[UInt8], Failure> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
    if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.unreadable(String(cString: strerror(EISDIR)))) }
    let size = Int(info.st_size)
    if size > limit { return .failure(.tooLarge(size)) }
    // The size can change between fstat and read; read until end of file, within the limit.
    var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
    var count = 0
    while true {
      if count == bytes.count {
        if count > limit { return .failure(.tooLarge(count)) }
        bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
      }
      let got = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if got < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable(String(cString: strerror(errno))))
      }
      if got == 0 { break }
      count += got
    }
    if count > limit { return .failure(.tooLarge(count)) }
    bytes.removeSubrange(count...)
    return .success(bytes)
  }
}
