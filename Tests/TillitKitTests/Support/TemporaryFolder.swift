import Foundation

/// A folder under the system's temporary directory that removes itself, for tests that need
/// files on disk.
final class TemporaryFolder {
  let path: String

  init() throws {
    let base = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tillit-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    path = base.path
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  @discardableResult
  func write(_ relativePath: String, _ text: String) throws -> String {
    let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }
}
