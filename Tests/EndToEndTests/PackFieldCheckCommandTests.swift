import Foundation
import Testing

/// A pack whose expression reads a field no document of its kind has stops every command that
/// loads it with exit 2 at the field's place, before any document is read.
@Suite struct PackFieldCheckCommandTests {
  static let pack = """
    apiVersion: tillit/v1
    kind: PolicyPack
    id: mine
    title: Mitt paket
    rules:
      - id: MINE-001
        title: {sv: Återkoppling, en: Feedback}
        message: {sv: Ingen arena, en: No arena}
        severity: warning
        applies_to: FollowUp
        assert: has(doc.feedbak.arena)

    """

  @Test func aMisspeltFieldInAnAddedPackExitsTwoAtItsLineAndColumnWithADidYouMean() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-fields-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.pack.write(to: folder.appendingPathComponent("mine.yaml"), atomically: true, encoding: .utf8)
    let example = TillitBinary.packageRoot.appendingPathComponent("examples/exempelby").path
    let check = try TillitBinary.run(
      ["check", example, "--add-pack", "mine.yaml", "--today", "2026-11-29"], currentDirectory: folder)
    #expect(check.exitCode == 2, "\(check.standardError)")
    #expect(check.standardOutput.isEmpty)
    #expect(
      check.standardError.hasPrefix(
        "mine.yaml:11:21: error: error in the expression: unknown field 'feedbak' in doc (FollowUp). "
          + "Did you mean 'feedback'? Known fields: apiVersion, kind, id, name, owner, purpose,"),
      "\(check.standardError)")
    #expect(check.standardError.contains("    assert: has(doc.feedbak.arena)\n"))

    let swedish = try TillitBinary.run(
      ["rules", "--add-pack", "mine.yaml"], environment: ["LANG": "sv_SE.UTF-8"], currentDirectory: folder)
    #expect(swedish.exitCode == 2)
    #expect(
      swedish.standardError.contains(
        "mine.yaml:11:21: fel: fel i uttrycket: okänt fält 'feedbak' i doc (FollowUp). Menade du 'feedback'?"),
      "\(swedish.standardError)")
  }
}
