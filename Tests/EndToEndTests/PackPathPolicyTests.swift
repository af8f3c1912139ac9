import Foundation
import Testing

/// Files named inside a repository's files — `tillit.yaml` found by the search, the packs it
/// names — are read only inside the repository; what the user types is read wherever it is.
/// A refused file's content, such as the environment behind `/proc/self/environ`, never
/// reaches the output.
@Suite struct PackPathPolicyTests {
  static let secret = "hemlighet-4711"
  static let organization = "apiVersion: tillit/v1\nkind: Organization\nid: o\nname: O\n"
  static let pack = """
    apiVersion: tillit/v1
    kind: PolicyPack
    id: utanfor
    title: Utanför
    rules:
      - {id: OUT-001, title: {sv: Egen regel, en: Own rule}, message: M, severity: info, applies_to: FollowUp, assert: 'true'}

    """

  /// A workspace with an organization, inside a folder of its own (so that no `tillit.yaml`
  /// further up is found).
  func workspace() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-paths-\(UUID().uuidString)")
      .appendingPathComponent("repo")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    try Self.organization.write(to: url.appendingPathComponent("org.yaml"), atomically: true, encoding: .utf8)
    return url
  }

  func expectNothingLeaked(_ run: TillitBinary.Run) {
    #expect(!run.standardError.contains(Self.secret), "\(run.standardError)")
    #expect(!run.standardOutput.contains(Self.secret))
  }

  @Test func aCommittedConfigurationLinkToTheEnvironmentExitsTwoNamingTheLinkOnly() throws {
    let ws = try workspace()
    defer { try? FileManager.default.removeItem(at: ws.deletingLastPathComponent()) }
    try FileManager.default.createSymbolicLink(
      atPath: ws.appendingPathComponent("tillit.yaml").path, withDestinationPath: "/proc/self/environ")
    let run = try TillitBinary.run(
      ["check", "."], environment: ["TILLIT_TEST_SECRET": Self.secret], currentDirectory: ws)
    #expect(run.exitCode == 2)
    #expect(
      run.standardError.contains(
        "tillit.yaml: error: the configuration file is a symbolic link pointing outside the folder it is in, so it is not read;"
      ), "\(run.standardError)")
    expectNothingLeaked(run)
    #expect(!run.standardError.contains("/proc"))
  }

  @Test func aCommittedPackPathToTheEnvironmentExitsTwoAtItsEntryInBothLanguages() throws {
    let ws = try workspace()
    defer { try? FileManager.default.removeItem(at: ws.deletingLastPathComponent()) }
    try "packs: [trust, /proc/self/environ, ../../../etc/shadow]\n".write(
      to: ws.appendingPathComponent("tillit.yaml"), atomically: true, encoding: .utf8)
    for language in ["en", "sv"] {
      let run = try TillitBinary.run(
        ["check", ".", "--lang", language], environment: ["TILLIT_TEST_SECRET": Self.secret], currentDirectory: ws)
      #expect(run.exitCode == 2)
      expectNothingLeaked(run)
      let lines = run.standardError.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": fel: ") }
      #expect(lines.count == 2, "\(run.standardError)")
      if language == "en" {
        #expect(
          lines.first?.hasSuffix(
            "tillit.yaml:1:16: error: pack file '/proc/self/environ' is outside the folder '\(ws.path)' that holds tillit.yaml, so it is not read; copy the pack into that folder, or name it with --add-pack"
          ) == true, "\(run.standardError)")
        #expect(lines.last?.contains("tillit.yaml:1:36: error: pack file '../../../etc/shadow' is outside") == true)
      } else {
        #expect(
          lines.first?.hasSuffix(
            "tillit.yaml:1:16: fel: paketfilen '/proc/self/environ' ligger utanför mappen '\(ws.path)' där tillit.yaml finns och läses därför inte; kopiera in paketet i den mappen eller ange det med --add-pack"
          ) == true, "\(run.standardError)")
      }
    }
  }

  @Test func packsAndConfigurationTypedOnTheCommandLineAreReadOutsideTheRepository() throws {
    let ws = try workspace()
    let outside = ws.deletingLastPathComponent().appendingPathComponent("outside")
    defer { try? FileManager.default.removeItem(at: ws.deletingLastPathComponent()) }
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    try Self.pack.write(to: outside.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
    try "packs: [gdpr, pack.yaml]\n".write(
      to: outside.appendingPathComponent("tillit.yaml"), atomically: true, encoding: .utf8)
    let added = try TillitBinary.run(["rules", "--add-pack", "../outside/pack.yaml"], currentDirectory: ws)
    #expect(added.exitCode == 0, "\(added.standardError)")
    #expect(added.standardOutput.contains("OUT-001"))
    let configured = try TillitBinary.run(["rules", "--config", "../outside/tillit.yaml"], currentDirectory: ws)
    #expect(configured.exitCode == 0, "\(configured.standardError)")
    #expect(configured.standardOutput.contains("OUT-001"))
    #expect(configured.standardOutput.contains("GDPR-"))
  }
}
