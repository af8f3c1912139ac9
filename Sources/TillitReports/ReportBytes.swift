/// Report text gathered as UTF-8 bytes: what a slice of a report is made into on a worker.
/// Appending bytes to an array costs a copy; appending to a `String` costs several checks
/// per piece, and a report is made of millions of small pieces.
struct ReportBytes: TextOutputStream, Sendable {
  var bytes: [UInt8] = []

  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  mutating func write(_ string: String) {
    var string = string
    string.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Hands the bytes to `output`: straight into a file's buffer, or as text to any other.
  func write(to output: inout some TextOutputStream) {
    if let stream = output as? FileOutputStream {
      bytes.withUnsafeBufferPointer { stream.write(bytes: $0) }
    } else {
      output.write(String(decoding: bytes, as: UTF8.self))
    }
  }
}
