import Foundation
import Testing

/// Workspaces from `../shared/bench/gen_corpus.py` (a made-up municipality of any size, in both
/// file layouts) load without a single error, and every document is counted.
@Suite struct GeneratedWorkspaceTests {
  static let generator = TillitBinary.packageRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/bench/gen_corpus.py")

  @Test(arguments: ["files", "multi"])
  func aGeneratedWorkspaceLoadsCleanly(layout: String) throws {
    guard FileManager.default.fileExists(atPath: Self.generator.path) else {
      print("skipped: \(Self.generator.path) is absent")
      return
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-corpus-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let generate = Process()
    generate.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    generate.arguments = [
      "python3", Self.generator.path, "--out", folder.path, "--followups", "150", "--collections", "150",
      "--layout", layout, "--seed", "7", "--quiet",
    ]
    try generate.run()
    generate.waitUntilExit()
    try #require(generate.terminationStatus == 0)

    let manifest =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: folder.appendingPathComponent("MANIFEST.json"))) as? [String: Any]
    let counts = try #require(manifest?["counts"] as? [String: Int])

    let run = try TillitBinary.run(["validate", folder.path])
    #expect(run.exitCode == 0, "\(run.standardError.prefix(2000))")
    #expect(run.standardOutput.contains("OK: \(counts["documents"]!) documents in \(counts["files"]!) files"))
    #expect(run.standardOutput.contains("\(counts["FollowUp"]!) FollowUp"))
    #expect(run.standardOutput.contains("\(counts["DataCollection"]!) DataCollection"))
  }
}
