import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The rules of one pack share an activation per document (`Engine.evaluate`): these pin that
/// each rule still starts as a fresh one would, with no cost spent and no element.
@Suite struct SharedActivationTests {
  static let header = "apiVersion: tillit/v1\nkind: PolicyPack\nid: p\ntitle: {sv: P, en: P}\nrules:\n"

  static func rule(_ id: String, assert: String, forEach: String? = nil) -> String {
    """
      - id: \(id)
        title: {sv: T, en: T}
        message: M
        severity: warning
        applies_to: FollowUp
    \(forEach.map { "    for_each: \($0)\n" } ?? "")    assert: "\(assert)"

    """
  }

  func check(_ rules: String) throws -> [Finding] {
    let folder = try TemporaryFolder()
    let packPath = try folder.write("pack.yaml", Self.header + rules)
    try folder.write("ws/organization.yaml", EngineTests.organization)
    try folder.write(
      "ws/f.yaml", "apiVersion: tillit/v1\nkind: FollowUp\nid: f\nname: F\nindicators: [{id: a}, {id: b}]\n")
    let loaded = WorkspaceLoader().load(paths: [folder.path + "/ws"])
    let result = PolicyPackLoader().load(packPath)
    let pack = try #require(result.pack, "\(result.diagnostics)")
    return Engine(packs: [pack], today: CalendarDate("2026-11-29")!, messageLanguage: .en).check(loaded.workspace)
  }

  @Test func eachRuleOfAPackHasTheWholeCostLimitAfterAnExpensiveOne() throws {
    // About 800,000 steps each: two of them together pass the limit of 1,000,000.
    let e = "[" + (0..<13).map(String.init).joined(separator: ", ") + "]"
    let expensive = "\(e).all(a, \(e).all(b, \(e).all(c, \(e).all(d, \(e).all(x, true)))))"
    let findings = try check(Self.rule("R-1", assert: expensive) + Self.rule("R-2", assert: expensive))
    #expect(findings.isEmpty, "\(findings.map { $0.message.en })")
  }

  @Test func aRuleAfterAForEachRuleSeesNoElement() throws {
    let findings = try check(
      Self.rule("R-1", assert: "item.id == 'a'", forEach: "indicators")
        + Self.rule("R-2", assert: "index == null && item == null"))
    #expect(findings.map(\.ruleID) == ["R-1"])
    #expect(findings.map(\.path) == ["indicators[1]"])
  }
}
