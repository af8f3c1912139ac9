#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Report text on its way to a file descriptor, in pieces of 64 KiB: a report of a million
/// findings is never held whole in memory. A write that fails (disk full, reader gone) is
/// remembered, not thrown, because `TextOutputStream` cannot throw; the writer checks
/// `failure` once at the end.
public final class FileOutputStream: TextOutputStream {
  let descriptor: Int32
  private var buffer: [UInt8] = []
  private static let capacity = 1 << 16
  /// The `errno` of the first write that failed; later writes are dropped.
  public private(set) var failure: Int32?

  public init(descriptor: Int32) {
    self.descriptor = descriptor
    buffer.reserveCapacity(Self.capacity)
  }

  public func write(_ string: String) {
    var string = string
    string.withUTF8 { bytes in
      if buffer.count + bytes.count > Self.capacity {
        flush()
        if bytes.count >= Self.capacity {
          send(bytes)
          return
        }
      }
      buffer.append(contentsOf: bytes)
    }
  }

  /// Hands what is buffered to the system.
  public func flush() {
    buffer.withUnsafeBufferPointer { send($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  private func send(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard failure == nil, var next = bytes.baseAddress else { return }
    var remaining = bytes.count
    while remaining > 0 {
      #if canImport(Glibc)
        let written = Glibc.write(descriptor, next, remaining)
      #else
        let written = Darwin.write(descriptor, next, remaining)
      #endif
      if written < 0 {
        if errno == EINTR { continue }
        failure = errno
        return
      }
      next += written
      remaining -= written
    }
  }
}
