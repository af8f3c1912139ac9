import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Actions (issue #17 item 4): an open action shows on its finding; the engine reports an
/// overdue action and a done one whose finding remains; a wrong reference is an error.
@Suite struct ActionApplicationTests {
  let engine = EngineTests()

  func action(_ id: String = "a1", rule: String = "TRUST-P02", target: String = "f", status: String, due: String)
    -> String
  {
    """
    apiVersion: tillit/v1
    kind: Action
    id: \(id)
    finding: {rule: \(rule), target: \(target)}
    owner: hr_partner
    due: \(due)
    status: \(status)
    case_number: KS 2026/12
    """ + "\n"
  }

  @Test func anOpenActionShowsWhoActsAndByWhenOnItsFinding() throws {
    let findings = try engine.check([
      "f.yaml": EngineTests.followUp, "a.yaml": action(status: "planned", due: "2027-03-31"),
    ])
    let p02 = try #require(findings.first { $0.ruleID == "TRUST-P02" })
    #expect(p02.action?.id == "a1")
    #expect(p02.action?.owner == "hr_partner")
    #expect(p02.action?.due == CalendarDate("2027-03-31"))
    #expect(p02.action?.caseNumber == "KS 2026/12")
    // It accepts nothing: the finding still counts.
    #expect(p02.isOpen)
    #expect(!findings.contains { $0.ruleID.hasPrefix("TILLIT-ACTION") })
  }

  @Test func anActionPastItsDueDateAndNotDoneIsOverdueAtItsDue() throws {
    let findings = try engine.check([
      "f.yaml": EngineTests.followUp, "a.yaml": action(status: "in_progress", due: "2026-11-28"),
    ])
    let overdue = try #require(findings.first { $0.ruleID == "TILLIT-ACTION-OVERDUE" })
    #expect(overdue.severity == .warning)
    #expect(overdue.documentID == "a1")
    #expect(overdue.location.line == 6)
    #expect(overdue.message.sv.contains("pågår"))
    #expect(overdue.message.en.contains("in progress"))
    #expect(overdue.references.map(\.article) == ["Art. 5(2)"])
  }

  @Test func anActionIsNotOverdueOnItsDueDay() throws {
    let findings = try engine.check([
      "f.yaml": EngineTests.followUp, "a.yaml": action(status: "planned", due: "2026-11-29"),
    ])
    #expect(!findings.contains { $0.ruleID == "TILLIT-ACTION-OVERDUE" })
  }

  @Test func aDoneActionWhoseFindingRemainsIsIneffectiveAtItsStatus() throws {
    let findings = try engine.check([
      "f.yaml": EngineTests.followUp, "a.yaml": action(status: "done", due: "2026-11-28"),
    ])
    let ineffective = try #require(findings.first { $0.ruleID == "TILLIT-ACTION-INEFFECTIVE" })
    #expect(ineffective.severity == .warning)
    #expect(ineffective.location.line == 7)
    #expect(!findings.contains { $0.ruleID == "TILLIT-ACTION-OVERDUE" })
    #expect(findings.first { $0.ruleID == "TRUST-P02" }?.action == nil)
  }

  @Test func aDoneActionWhoseFindingIsGoneIsReadyToCloseAndNoFinding() throws {
    let findings = try engine.check([
      "f.yaml": EngineTests.followUp, "a.yaml": action(rule: "TRUST-P06", status: "done", due: "2026-11-28"),
    ])
    #expect(!findings.contains { $0.ruleID.hasPrefix("TILLIT-ACTION") })
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", EngineTests.organization)
    try folder.write("f.yaml", EngineTests.followUp)
    try folder.write("a.yaml", action(rule: "TRUST-P06", status: "done", due: "2026-11-28"))
    let workspace = WorkspaceLoader().load(paths: [folder.path]).workspace
    let reviews = ActionApplication.review(workspace, findings: findings, today: EngineTests.today)
    #expect(reviews.map(\.state) == [.readyToClose])
  }

  @Test func anActionNamingAnUnknownRuleOrDocumentIsAnError() throws {
    let findings = try engine.check([
      "f.yaml": EngineTests.followUp, "a1.yaml": action("a1", rule: "TRUST-P99", status: "planned", due: "2027-01-01"),
      "a2.yaml": action("a2", target: "nope", status: "planned", due: "2027-01-01"),
    ])
    let rule = try #require(findings.first { $0.ruleID == "TILLIT-ACTION-UNKNOWN-RULE" })
    #expect(rule.documentID == "a1")
    #expect(rule.severity == .error)
    #expect(rule.message.en.contains("did you mean"))
    #expect(findings.contains { $0.ruleID == "TILLIT-ACTION-UNKNOWN-TARGET" && $0.documentID == "a2" })
    #expect(findings.first { $0.ruleID == "TRUST-P02" }?.action == nil)
  }

  @Test func anActionCanNameItsFindingByFingerprint() throws {
    let plain = try engine.check(["f.yaml": EngineTests.followUp])
    let fingerprint = try #require(plain.first { $0.ruleID == "TRUST-P02" }).fingerprint
    let byFingerprint = """
      apiVersion: tillit/v1
      kind: Action
      id: a1
      finding: {fingerprint: "\(fingerprint)"}
      owner: Anna Andersson
      due: 2027-01-01
      status: planned
      """ + "\n"
    let findings = try engine.check(["f.yaml": EngineTests.followUp, "a.yaml": byFingerprint])
    #expect(findings.first { $0.ruleID == "TRUST-P02" }?.action?.owner == "Anna Andersson")
  }

  @Test func anActionWithoutAFindingReferenceOrOwnerIsIncompleteAndAnError() throws {
    let empty = "apiVersion: tillit/v1\nkind: Action\nid: a1\nfinding: {path: x}\ndue: 2027-01-01\nstatus: planned\n"
    let findings = try engine.check(["f.yaml": EngineTests.followUp, "a.yaml": empty])
    let incomplete = try #require(findings.first { $0.ruleID == "TILLIT-ACTION-INCOMPLETE" })
    #expect(incomplete.severity == .error)
    #expect(incomplete.path == "finding")
    #expect(incomplete.message.en.contains("lacks `finding` and `owner`"))
    #expect(incomplete.message.sv.contains("saknar `finding` och `owner`"))
  }

  @Test func anActionWithAWrongStatusIsRefusedByTheSchema() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.yaml", action(status: "finished", due: "2027-01-01"))
    let loaded = WorkspaceLoader().load(paths: [folder.path])
    let diagnostic = try #require(loaded.diagnostics.first)
    #expect(diagnostic.location?.line == 7)
    #expect(loaded.diagnostics.contains { $0.message.en.contains("in_progress") })
  }

  @Test func theJSONReportShowsAnOpenActionBesideTheWaiverField() throws {
    let findings = try engine.check([
      "f.yaml": EngineTests.followUp, "a.yaml": action(status: "planned", due: "2027-03-31"),
    ])
    let finding = try #require(findings.first { $0.ruleID == "TRUST-P02" })
    var json = PrettyJSONWriter(output: ReportBytes())
    JSONReporter.write(finding, language: .en, to: &json)
    var text = ""
    json.output.write(to: &text)
    #expect(text.contains("\"action\" : {"))
    #expect(text.contains("\"owner\" : \"hr_partner\""))
    #expect(text.contains("\"due\" : \"2027-03-31\""))
    #expect(text.contains("\"status\" : \"planned\""))
  }
}
