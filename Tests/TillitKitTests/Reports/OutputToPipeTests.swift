import Foundation
import Testing

@testable import TillitReports

#if canImport(Glibc)
  import Glibc
#endif

/// `--format json=/dev/stdout` with the output piped: the link leads through
/// `/proc/self/fd/1` to an anonymous pipe, which has no path of its own to follow.
@Suite struct OutputToPipeTests {
  #if os(Linux)
    @Test func aReportWrittenToALinkToAnAnonymousPipeArrivesInThePipe() throws {
      var ends: [Int32] = [0, 0]
      #expect(pipe(&ends) == 0)
      defer { close(ends[0]) }
      let path = "/proc/self/fd/\(ends[1])"
      #expect(try OutputFile.destination(of: path) == .stream(path))
      try OutputFile.write("{}\n", to: path)
      close(ends[1])
      var buffer = [UInt8](repeating: 0, count: 16)
      let count = read(ends[0], &buffer, buffer.count)
      #expect(String(decoding: buffer[0..<max(0, count)], as: UTF8.self) == "{}\n")
    }
  #endif
}
