import Foundation
import Testing

/// `burden`, `check --format html` and `check --format markdown` over the same workspace use
/// the same ⟨top_savings⟩: the packs' default, then `tillit.yaml`'s, then the Organization's
/// (issue #15: `tillit.yaml`'s value was ignored by `burden`, and the HTML report listed ten
/// where `burden` listed the Organization's three).
@Suite struct ThresholdAgreementTests {
  static let today = ["--today", "2026-11-29"]

  /// A copy of the example workspace with `configuration` as its `tillit.yaml` (none if nil)
  /// and `organizationThresholds` added to its Organization's `thresholds:`.
  static func workspace(configuration: String?, organizationThresholds: String = "") throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-thresholds-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let copy = folder.appendingPathComponent("exempelby")
    try FileManager.default.copyItem(
      at: TillitBinary.packageRoot.appendingPathComponent("examples/exempelby"), to: copy)
    if let configuration {
      try configuration.write(to: copy.appendingPathComponent("tillit.yaml"), atomically: true, encoding: .utf8)
    }
    let organization = copy.appendingPathComponent("organization.yaml")
    let text = try String(contentsOf: organization, encoding: .utf8)
    #expect(text.contains("\nthresholds:\n"))
    try text.replacingOccurrences(of: "\nthresholds:\n", with: "\nthresholds:\n\(organizationThresholds)")
      .write(to: organization, atomically: true, encoding: .utf8)
    return copy
  }

  /// How many savings `burden` and the HTML report list.
  struct Listed: Equatable {
    var burden: Int
    var html: Int
  }

  static func listed(in workspace: URL, _ extra: [String] = []) throws -> Listed {
    let burden = try TillitBinary.run(["burden", workspace.path, "--format", "json"] + today + extra)
    #expect(burden.exitCode == 0, "\(burden.standardError)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(burden.standardOutput.utf8)) as? [String: Any])
    let savings = try #require(report["top_savings"] as? [Any])

    let html = try TillitBinary.run(
      ["check", workspace.path, "--format", "html", "--fail-on", "never"] + today + extra)
    #expect(html.exitCode == 0, "\(html.standardError)")
    let heading = try #require(html.standardOutput.range(of: ">Top savings</h3>"))
    let end = try #require(
      html.standardOutput.range(of: "</tbody>", range: heading.upperBound..<html.standardOutput.endIndex))
    let rows = html.standardOutput[heading.upperBound..<end.lowerBound].components(separatedBy: "<tr><td").count - 1
    return Listed(burden: savings.count, html: rows)
  }

  @Test func theRunsListTheTopSavingsThatTillitYAMLAsksFor() throws {
    let workspace = try Self.workspace(configuration: "thresholds: {top_savings: 2}\n")
    defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
    #expect(try Self.listed(in: workspace) == Listed(burden: 2, html: 2))
  }

  @Test func theOrganizationsTopSavingsWinsOverTillitYAMLsInEveryRun() throws {
    let workspace = try Self.workspace(
      configuration: "thresholds: {top_savings: 2}\n", organizationThresholds: "  top_savings: 3\n")
    defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
    #expect(try Self.listed(in: workspace) == Listed(burden: 3, html: 3))
  }

  @Test func withNoTopSavingsWrittenEveryRunListsThePacksDefault() throws {
    let workspace = try Self.workspace(configuration: nil)
    defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
    #expect(try Self.listed(in: workspace) == Listed(burden: 10, html: 10))
  }

  @Test func burdenSpeaksTheLanguageTillitYamlChoosesAsCheckDoes() throws {
    let workspace = try Self.workspace(configuration: "language: sv\n")
    defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
    let burden = try TillitBinary.run(["burden", workspace.path] + Self.today, environment: ["LANG": "en_US.UTF-8"])
    #expect(burden.exitCode == 0, "\(burden.standardError)")
    #expect(burden.standardOutput.hasPrefix("Rapporteringsbörda"))
    let english = try TillitBinary.run(
      ["burden", workspace.path, "--lang", "en"] + Self.today, environment: ["LANG": "en_US.UTF-8"])
    #expect(english.standardOutput.hasPrefix("Reporting burden"))
  }

  @Test func theMarkdownSummaryAndBurdenGiveTheSameTotal() throws {
    // The Markdown summary has no savings list, only the totals: they must be burden's.
    let workspace = try Self.workspace(
      configuration: "thresholds: {top_savings: 2}\n", organizationThresholds: "  top_savings: 3\n")
    defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
    let markdown = try TillitBinary.run(
      ["check", workspace.path, "--format", "markdown", "--fail-on", "never"] + Self.today)
    let burden = try TillitBinary.run(["burden", workspace.path] + Self.today)
    #expect(markdown.exitCode == 0 && burden.exitCode == 0, "\(markdown.standardError)\(burden.standardError)")
    #expect(markdown.standardOutput.contains("**Reporting burden:** 11,099.1 hours a year"))
    #expect(burden.standardOutput.contains("Total 11,099.1 hours a year"))
  }

  @Test func burdenStopsWithExitTwoOnAConfigurationItCannotUse() throws {
    let workspace = try Self.workspace(configuration: "thresholds: {top_savings: -1}\n")
    defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
    let run = try TillitBinary.run(["burden", workspace.path] + Self.today)
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("tillit.yaml:1:"), "\(run.standardError)")
    #expect(run.standardOutput.isEmpty)
  }

  @Test func burdenReadsTheConfigurationGivenWithConfig() throws {
    let workspace = try Self.workspace(configuration: nil)
    let configuration = workspace.deletingLastPathComponent().appendingPathComponent("annan.yaml")
    try "thresholds: {top_savings: 1}\n".write(to: configuration, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
    let run = try TillitBinary.run(
      ["burden", workspace.path, "--format", "json", "--config", configuration.path] + Self.today)
    #expect(run.exitCode == 0, "\(run.standardError)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    #expect((report["top_savings"] as? [Any])?.count == 1)
  }

  @Test func anEntryWithoutAValueInTillitYAMLKeepsThePacksDefault() throws {
    // `max_indicators: ~` used to replace trust's 15 with null, and every rule reading it
    // failed to evaluate; the Organization's empty entries were already passed over.
    let workspace = try Self.workspace(configuration: "thresholds:\n  top_savings:\n  max_indicators: ~\n")
    defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
    let check = try TillitBinary.run(["check", workspace.path, "--format", "json", "--fail-on", "never"] + Self.today)
    #expect(check.exitCode == 0, "\(check.standardError)")
    #expect(!check.standardOutput.contains("TILLIT-EVAL"))
    #expect(try Self.listed(in: workspace) == Listed(burden: 10, html: 10))
  }

  @Test func aPackAddedWithAddPackSetsTheDefaultForBurdenAndTheHTMLReportAlike() throws {
    let workspace = try Self.workspace(configuration: nil)
    defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
    let pack = workspace.deletingLastPathComponent().appendingPathComponent("egna.yaml")
    try """
    apiVersion: tillit/v1
    kind: PolicyPack
    id: egna
    version: "1.0.0"
    title: {sv: Egna regler, en: Own rules}
    extends: [burden]
    thresholds: {top_savings: 4}
    rules: []

    """.write(to: pack, atomically: true, encoding: .utf8)
    #expect(try Self.listed(in: workspace, ["--add-pack", pack.path]) == Listed(burden: 4, html: 4))
  }
}
