import Foundation

/// The summary page of a GitHub Actions step (`GITHUB_STEP_SUMMARY`): the Markdown report is
/// added to what earlier steps wrote. GitHub takes at most 1 MiB per step; the Markdown report
/// is capped far below that (`ReportLimits.markdownCharacters`).
public enum StepSummary {
  public static func append(_ markdown: String, to path: String) throws(OutputFileError) {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw OutputFileError.cannotWrite(path: path, errno: errno) }
    defer { close(descriptor) }
    var bytes = Array(markdown.utf8)
    if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { buffer in
        #if canImport(Glibc)
          Glibc.write(descriptor, buffer.baseAddress, buffer.count)
        #else
          Darwin.write(descriptor, buffer.baseAddress, buffer.count)
        #endif
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw OutputFileError.cannotWrite(path: path, errno: errno)
      }
      offset += written
    }
  }
}
