import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

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
  private static let capacity = 1 << 16
  /// A fixed block rather than an array: the writes are many and small, and an array in a
  /// class is checked for exclusive access on every one.
  private let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: FileOutputStream.capacity)
  private var count = 0
  /// The `errno` of the first write that failed; later writes are dropped.
  public private(set) var failure: Int32?

  public init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  deinit {
    buffer.deallocate()
  }

  public func write(_ string: String) {
    var string = string
    string.withUTF8 { write(bytes: $0) }
  }

  /// Text already in UTF-8 (a slice of a report made on another core).
  func write(bytes: UnsafeBufferPointer<UInt8>) {
    if count + bytes.count > Self.capacity {
      flush()
      if bytes.count >= Self.capacity {
        send(bytes)
        return
      }
    }
    if let source = bytes.baseAddress {
      (buffer + count).update(from: source, count: bytes.count)
      count += bytes.count
    }
  }

  /// Hands what is buffered to the system.
  public func flush() {
    send(UnsafeBufferPointer(start: buffer, count: count))
    count = 0
  }

  /// Bytes that are not text (a ZIP archive: an .xlsx workbook), sent as they are after what
  /// is buffered.
  public func write(bytes: [UInt8]) {
    flush()
    bytes.withUnsafeBufferPointer { send($0) }
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
