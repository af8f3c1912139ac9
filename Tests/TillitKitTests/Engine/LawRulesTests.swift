import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitYAML

/// The law of RULES.md §9.4 as the built-in packs apply it: Art. 49(3) binds only the exercise
/// of public powers (GDPR-XFR-004 varies its severity with `escalate`), Art. 22(2)(b) needs the
/// law that authorises the automation (GDPR-ADM-001), and a citation of a repealed act is
/// reported where it is written, with its replacement (SE-LAW-002).
@Suite struct LawRulesTests {
  static let today = CalendarDate("2026-11-29")!

  func check(_ collection: String, packs: [PolicyPack]? = nil) throws -> [Finding] {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", EngineTests.organization)
    try folder.write(
      "c.yaml", "apiVersion: tillit/v1\nkind: DataCollection\nid: c\nname: C\ncontroller: bun\n" + collection)
    let loaded = WorkspaceLoader().load(paths: [folder.path])
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let used = packs ?? ["gdpr", "se"].compactMap { PolicyPackLoader().load($0).pack }
    return Engine(packs: used, today: Self.today).check(loaded.workspace)
  }

  static func transfer(basis: String) -> String {
    """
    purposes: [{id: p, legal_basis: \(basis), law: "Kommunallagen (2017:725) 2 kap. 1 §"}]
    recipients: [{id: a, name: A, type: processor, country: US}]
    transfers: [{recipient: a, country: US, mechanism: derogation, derogation: "49.1.a"}]

    """
  }

  @Test func aClosedDerogationIsAnErrorOnlyInTheExerciseOfPublicPowers() throws {
    let publicTask = try check(Self.transfer(basis: "public_task")).filter { $0.ruleID == "GDPR-XFR-004" }
    let authority = try check(Self.transfer(basis: "official_authority")).filter { $0.ruleID == "GDPR-XFR-004" }
    #expect(publicTask.map(\.severity) == [.warning])
    #expect(publicTask.first?.message.en.contains("allows only outside the exercise of public powers") == true)
    #expect(authority.map(\.severity) == [.error])
    #expect(authority.first?.message.en.contains("rests on the exercise of official authority") == true)
    #expect(authority.first?.path == "transfers[0].derogation")
  }

  @Test func aSeverityChosenByAnExtendingPackAppliesToEveryFinding() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "mine.yaml",
      "apiVersion: tillit/v1\nkind: PolicyPack\nid: mine\ntitle: {sv: M, en: M}\nextends: [gdpr]\n"
        + "severity: {GDPR-XFR-004: info}\n")
    let pack = try #require(PolicyPackLoader().load(path).pack)
    #expect(pack.rules.first { $0.id == "GDPR-XFR-004" }?.escalation == nil)
    let findings = try check(Self.transfer(basis: "official_authority"), packs: [pack])
    #expect(findings.filter { $0.ruleID == "GDPR-XFR-004" }.map(\.severity) == [.info])
  }

  static func automated(basis: String, reference: String, safeguards: String = "[]") -> String {
    "automated_decisions: {exists: true, effect: legal, basis: \(basis), basis_ref: \"\(reference)\", safeguards: \(safeguards)}\n"
  }

  @Test func anAutomatedDecisionByLawNeedsTheLawThatAuthorisesIt() throws {
    func fires(_ text: String) throws -> Bool { try check(text).contains { $0.ruleID == "GDPR-ADM-001" } }
    // Art. 22(2)(b): the Local Government Act ch. 6 s. 37 authorises a committee; the
    // Administrative Procedure Act s. 28 alone delegates nothing, whatever the safeguards.
    #expect(try !fires(Self.automated(basis: "law", reference: "Kommunallagen (2017:725) 6 kap. 37 §")))
    #expect(
      try fires(
        Self.automated(
          basis: "law", reference: "Förvaltningslagen (2017:900) 28 §", safeguards: "[human_review, contest]")))
    // Art. 22(3) asks for human intervention and contest only under (a) and (c).
    #expect(try fires(Self.automated(basis: "contract", reference: "Avtal", safeguards: "[human_review]")))
    #expect(try !fires(Self.automated(basis: "contract", reference: "Avtal", safeguards: "[human_review, contest]")))
  }

  @Test func aRepealedActIsReportedWhereItIsCitedWithItsReplacement() throws {
    let findings = try check(
      """
      purposes:
        - {id: p, legal_basis: public_task, law: "Skollagen (2010:800) 2 kap. 25 §"}
        - {id: q, legal_basis: public_task, law: "Socialtjänstlagen (2001:453) 4 kap. 1 §"}
      retention: {record_type: allman_handling, action: keep, law: "Förvaltningslagen (1986:223) 15 §"}

      """
    ).filter { $0.ruleID == "SE-LAW-002" }
    #expect(findings.map(\.path) == ["purposes[1].law", "retention.law"])
    #expect(findings.allSatisfy { $0.severity == .warning })
    #expect(findings.first?.location.line == 8)
    #expect(findings.first?.message.sv.contains("har ersatts av socialtjänstlagen (2025:400)") == true)
    #expect(findings.first?.message.en.contains("was replaced by the Social Services Act (2025:400)") == true)
    #expect(findings.last?.message.en.contains("the Administrative Procedure Act (2017:900)") == true)
  }

  @Test func aCitationIsOutOfDateOnlyFromTheDayTheActCeasedToApply() throws {
    let text = "purposes: [{id: p, legal_basis: public_task, law: \"Socialtjänstlagen (2001:453)\"}]\n"
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", EngineTests.organization)
    try folder.write("c.yaml", "apiVersion: tillit/v1\nkind: DataCollection\nid: c\nname: C\ncontroller: bun\n" + text)
    let loaded = WorkspaceLoader().load(paths: [folder.path])
    let se = try #require(PolicyPackLoader().load("se").pack)
    func fires(on day: String) -> Bool {
      Engine(packs: [se], today: CalendarDate(day)!).check(loaded.workspace).contains { $0.ruleID == "SE-LAW-002" }
    }
    #expect(!fires(on: "2025-06-30"))
    #expect(fires(on: "2025-07-01"))
  }

  @Test func theExampleCitesOnlyLawsInForce() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let loaded = WorkspaceLoader().load(paths: [root.appendingPathComponent("examples/exempelby").path])
    let se = try #require(PolicyPackLoader().load("se").pack)
    let findings = Engine(packs: [se], today: Self.today).check(loaded.workspace)
    #expect(findings.filter { $0.ruleID == "SE-LAW-002" }.map { "\($0.documentID) \($0.path)" } == [])
    #expect(findings.filter { $0.ruleID == "TILLIT-EVAL" }.isEmpty)
  }
}
