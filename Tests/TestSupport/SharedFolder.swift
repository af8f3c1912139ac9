import Foundation
import Testing

/// `../shared/` beside the repository (the CEL conformance cases, the corpus generator, the
/// report schemas) is read in place. On a developer's machine without it, the tests that use
/// it say so and skip; in CI (`CI` set) it is always there, so its absence fails the test: a
/// skipped conformance or recall test is not a passed one.
public enum SharedFolder {
  public static func isPresent(_ file: URL, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    if FileManager.default.fileExists(atPath: file.path) { return true }
    if let ci = ProcessInfo.processInfo.environment["CI"], !ci.isEmpty, ci != "false" {
      Issue.record(
        "\(file.path) is absent, and CI must run every test that reads ../shared", sourceLocation: sourceLocation)
    } else {
      print("skipped: \(file.path) is absent")
    }
    return false
  }
}
