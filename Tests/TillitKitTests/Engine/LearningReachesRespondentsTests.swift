import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitYAML

/// TRUST-L03 and `feedback.arena.participants` (issue #17 item 3).
@Suite struct LearningReachesRespondentsTests {
  let engine = EngineTests()

  func followUp(participants: String) -> String {
    EngineTests.followUp.replacingOccurrences(
      of: "arena: {name: Dialog, kind: collegial_dialogue}",
      with: "arena: {name: Dialog, kind: collegial_dialogue, participants: \(participants)}")
      + "respondents:\n  - {role: teacher, count: 3, minutes_per_response: 10, frequency: yearly}\n"
  }

  static let organization =
    "apiVersion: tillit/v1\nkind: Organization\nid: org2\nname: Org\nroles:\n  - {id: teacher, headcount: 3, hourly_cost: 400}\n  - {id: principal, headcount: 1, hourly_cost: 600}\n"

  @Test func anArenaWithoutAnyReportingRoleIsReportedAtItsParticipants() throws {
    let findings = try engine.check([
      "f.yaml": followUp(participants: "[principal]"), "organization.yaml": Self.organization,
    ])
    let l03 = try #require(findings.first { $0.ruleID == "TRUST-L03" })
    #expect(l03.path == "feedback.arena.participants")
    #expect(l03.severity == .warning)
    #expect(l03.message.sv.contains("Dialog"))
  }

  @Test func anArenaWithAReportingRolePasses() throws {
    let findings = try engine.check([
      "f.yaml": followUp(participants: "[principal, teacher]"), "organization.yaml": Self.organization,
    ])
    #expect(!findings.contains { $0.ruleID == "TRUST-L03" })
  }

  @Test func anUnknownParticipantIsAnUnresolvedRoleReference() throws {
    let findings = try engine.check([
      "f.yaml": followUp(participants: "[teacher, rektorsgruppen]"), "organization.yaml": Self.organization,
    ])
    let r01 = try #require(findings.first { $0.ruleID == "TRUST-R01" })
    #expect(r01.path == "feedback.arena.participants[1]")
    #expect(r01.message.en.contains("which is not a role"))
    #expect(r01.message.sv.contains("som inte är en roll"))
  }
}
