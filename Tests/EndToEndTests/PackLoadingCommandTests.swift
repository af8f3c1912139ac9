import Foundation
import Testing

/// Packs as the commands load them: `--add-pack` adds, and a broken pack or configuration
/// exits 2 with its place, never a crash.
@Suite struct PackLoadingCommandTests {
  static let today = ["--today", "2026-11-29"]
  static let mine = """
    apiVersion: tillit/v1
    kind: PolicyPack
    id: mine
    title: Mitt paket
    rules:
      - {id: MINE-001, title: {sv: Egen regel, en: Own rule}, message: M, severity: info, applies_to: FollowUp, assert: 'false'}

    """

  func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-packs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func addPackAddsToTheBuiltInPacksInRulesExplainAndCheck() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.mine.write(to: folder.appendingPathComponent("mine.yaml"), atomically: true, encoding: .utf8)
    let rules = try TillitBinary.run(["rules", "--add-pack", "mine.yaml"], currentDirectory: folder)
    #expect(rules.exitCode == 0, "\(rules.standardError)")
    #expect(rules.standardOutput.contains("MINE-001"))
    #expect(rules.standardOutput.contains("TRUST-P02"))
    #expect(rules.standardOutput.contains("GDPR-LAW-001"))
    let explain = try TillitBinary.run(["explain", "TRUST-P02", "--add-pack", "mine.yaml"], currentDirectory: folder)
    #expect(explain.exitCode == 0, "\(explain.standardError)")
    let example = TillitBinary.packageRoot.appendingPathComponent("examples/exempelby").path
    let check = try TillitBinary.run(
      ["check", example, "--add-pack", "mine.yaml", "--format", "json"] + Self.today, currentDirectory: folder)
    #expect(check.standardOutput.contains("\"MINE-001\""), "\(check.standardError)")
    #expect(check.standardOutput.contains("\"TRUST-"))
  }

  @Test func aPackExtendingItselfByItsAbsolutePathExitsTwoWithTheCycle() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("self.yaml").path
    try "apiVersion: tillit/v1\nkind: PolicyPack\nid: s\ntitle: S\nextends: [./self.yaml]\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let run = try TillitBinary.run(["rules", "--add-pack", path], currentDirectory: folder)
    #expect(run.exitCode == 2, "\(run.standardError)")
    #expect(run.standardError.hasPrefix("\(path):5:11: error: pack '\(path)' extends itself: \(path) → "))
  }

  @Test func anUnknownPackInTheConfigurationExitsTwoAtItsPlaceWithADidYouMean() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "packs:\n  - trsut\n".write(
      to: folder.appendingPathComponent("tillit.yaml"), atomically: true, encoding: .utf8)
    let run = try TillitBinary.run(["rules"], currentDirectory: folder)
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("tillit.yaml:2:5: error: pack 'trsut' does not exist; "))
    #expect(run.standardError.contains("Did you mean 'trust'?"))
    let swedish = try TillitBinary.run(["rules", "--lang", "sv"], currentDirectory: folder)
    #expect(swedish.standardError.contains("tillit.yaml:2:5: fel: paketet 'trsut' finns inte; "))
    #expect(swedish.standardError.contains("Menade du 'trust'?"))
  }
}
