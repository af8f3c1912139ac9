import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// A for_each finding's path is made only when there is a finding (`Engine.forEachElement`):
/// these pin the paths and indices it gives, through nested lists and facts lists, also for a
/// rule that cannot be evaluated.
@Suite struct ForEachPathTests {
  static let header = "apiVersion: tillit/v1\nkind: PolicyPack\nid: p\ntitle: {sv: P, en: P}\nrules:\n"

  static func rule(_ id: String, forEach: String, assert: String, path: String? = nil) -> String {
    """
      - id: \(id)
        title: {sv: T, en: T}
        message: "i={{ index }}"
        severity: warning
        applies_to: FollowUp
        for_each: \(forEach)
    \(path.map { "    path: \($0)\n" } ?? "")    assert: \(assert)

    """
  }

  static let followUp = """
    apiVersion: tillit/v1
    kind: FollowUp
    id: f
    name: F
    indicators:
      - id: a
        users: [nobody]
        decisions: [{forum: x}, {forum: y}]
      - id: b
        decisions: [{forum: z}]

    """

  func check(_ rules: String) throws -> [Finding] {
    let folder = try TemporaryFolder()
    let packPath = try folder.write("pack.yaml", Self.header + rules)
    try folder.write("ws/organization.yaml", EngineTests.organization)
    try folder.write("ws/f.yaml", Self.followUp)
    let loaded = WorkspaceLoader().load(paths: [folder.path + "/ws"])
    let result = PolicyPackLoader().load(packPath)
    let pack = try #require(result.pack, "\(result.diagnostics)")
    return Engine(packs: [pack], today: CalendarDate("2026-11-29")!, messageLanguage: .en).check(loaded.workspace)
  }

  @Test func nestedForEachFindingsCarryEveryIndexOnTheWayAndTheirOwnIndex() throws {
    let findings = try check(Self.rule("R-1", forEach: "indicators.decisions", assert: "false", path: "forum"))
    #expect(
      findings.map(\.path) == [
        "indicators[0].decisions[0].forum", "indicators[0].decisions[1].forum", "indicators[1].decisions[0].forum",
      ])
    #expect(findings.map { $0.message.en } == ["i=0", "i=1", "i=0"])
    #expect(findings.map(\.location.line) == [8, 8, 10])
  }

  @Test func forEachOverAFactsListPlacesEachFindingAtThePathTheElementNames() throws {
    let findings = try check(Self.rule("R-2", forEach: "facts.unresolved_refs", assert: "false"))
    #expect(
      Set(findings.map(\.path)) == [
        "indicators[0].users[0]", "indicators[0].decisions[0].forum", "indicators[0].decisions[1].forum",
        "indicators[1].decisions[0].forum",
      ])
    #expect(findings.count == 4)
  }

  @Test func forEachElementThatCannotBeEvaluatedIsReportedAtItsPath() throws {
    let findings = try check(Self.rule("R-3", forEach: "indicators", assert: "item.id == 'a' || 1 / 0 == 1"))
    #expect(findings.map(\.ruleID) == ["TILLIT-EVAL"])
    #expect(findings.map(\.path) == ["indicators[1]"])
  }
}
