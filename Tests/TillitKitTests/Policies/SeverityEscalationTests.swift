import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitYAML

/// `escalate` in a pack: the loader compiles its condition, the engine gives a finding the
/// escalated severity when it holds, and an example may state the severity it expects.
@Suite struct SeverityEscalationTests {
  static let today = CalendarDate("2026-11-29")!

  static func pack(expect: String) -> String {
    PolicyPackLoaderTests.header + """
      rules:
        - id: R-1
          title: {sv: T, en: T}
          message: {sv: M, en: M}
          severity: warning
          escalate: {to: error, when: "doc.owner.function == 'hr'"}
          applies_to: FollowUp
          path: owner
          assert: "false"
          examples:
            - document: {owner: {function: hr}}
              expect: [{path: owner, severity: \(expect)}]

      """
  }

  @Test func anExampleStatingTheWrongSeverityFails() throws {
    let folder = try TemporaryFolder()
    let right = try #require(PolicyPackLoader().load(try folder.write("right.yaml", Self.pack(expect: "error"))).pack)
    let wrong = try #require(PolicyPackLoader().load(try folder.write("wrong.yaml", Self.pack(expect: "warning"))).pack)
    let tester = PackTester(today: SeverityEscalationTests.today)
    #expect(tester.run(right).first?.passed == true, "\(tester.run(right).first?.problems.map(\.message.en) ?? [])")
    let outcome = try #require(tester.run(wrong).first)
    #expect(!outcome.passed)
    #expect(
      outcome.problems.first?.message.en.contains("gave R-1 owner (error), but R-1 owner (warning) was expected")
        == true)
  }

  @Test func anEscalationWithAnUnknownSeverityIsRefusedWhereItIsWritten() throws {
    let folder = try TemporaryFolder()
    let text = Self.pack(expect: "error").replacingOccurrences(of: "to: error", with: "to: critical")
    let result = PolicyPackLoader().load(try folder.write("p.yaml", text))
    #expect(result.pack == nil)
    #expect(result.diagnostics.first?.location?.line == 10)
  }

  @Test func anEscalationConditionThatIsNotABooleanIsAnEvaluationFinding() throws {
    let folder = try TemporaryFolder()
    let text = Self.pack(expect: "error").replacingOccurrences(
      of: "when: \"doc.owner.function == 'hr'\"", with: "when: \"doc.owner.function\"")
    let pack = try #require(PolicyPackLoader().load(try folder.write("p.yaml", text)).pack)
    let workspace = try TemporaryFolder()
    try workspace.write("organization.yaml", EngineTests.organization)
    try workspace.write(
      "f.yaml", "apiVersion: tillit/v1\nkind: FollowUp\nid: f\nname: F\nowner: {function: hr}\n")
    let loaded = WorkspaceLoader().load(paths: [workspace.path])
    let findings = Engine(packs: [pack], today: SeverityEscalationTests.today).check(loaded.workspace)
    #expect(findings.map(\.ruleID) == ["TILLIT-EVAL"])
    #expect(findings.first?.message.en.contains("escalate.when") == true)
  }
}
