import Foundation
import Testing

/// The harness must survive a run that writes more to standard error than a pipe holds (a
/// sanitizer report, thousands of diagnostics); it used to read standard output to the end
/// first, while the child sat blocked on a full standard-error pipe.
@Suite struct LargeStandardErrorTests {
  @Test(.timeLimit(.minutes(1)))
  func aRunWithMoreErrorsThanAPipeHoldsFinishesWithAllOfThem() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-stderr-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "apiVersion: tillit/v1\nkind: Organization\nid: org\nname: Org\n"
      .write(to: folder.appendingPathComponent("org.yaml"), atomically: true, encoding: .utf8)
    var followUp = "apiVersion: tillit/v1\nkind: FollowUp\nid: f\nname: F\nindicators:\n"
    for i in 0..<2_000 { followUp += "  - {id: i\(i), kind: quantitativ}\n" }
    // A long folder name makes each of the (at most 200) printed diagnostics long enough that
    // together they exceed the 64 KiB a pipe holds.
    let deep = folder.appendingPathComponent(String(repeating: "d", count: 200))
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    try followUp.write(to: deep.appendingPathComponent("f.yaml"), atomically: true, encoding: .utf8)

    let run = try TillitBinary.run(["validate", folder.path])

    #expect(run.exitCode == 2)
    #expect(run.standardError.utf8.count > 65_536)
    #expect(run.standardError.contains("1,800 more errors"))
  }
}
