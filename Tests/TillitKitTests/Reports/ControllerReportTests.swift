import CEL
import Foundation
import Testing

@testable import TillitEngine
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The decisions `ControllerReport` makes that the documents do not spell out: which
/// follow-ups are a committee's, what its DPIA status is when document and screening disagree,
/// and who is to act on a gap.
@Suite struct ControllerReportTests {
  static let organization = """
    apiVersion: tillit/v1
    kind: Organization
    id: org
    name: Orten
    roles:
      - {id: teacher, name: {sv: Lärare, en: Teacher}, headcount: 10, hourly_cost: 400}
      - {id: hr_partner, name: {sv: HR-partner, en: HR partner}, headcount: 2, hourly_cost: 500}
    forums:
      - {id: utbildningsnamnden, name: {sv: Utbildningsnämnden, en: Education committee}}
    controllers:
      - {id: un, name: {sv: Utbildningsnämnden, en: Education committee}, contact: un@orten.se}
      - {id: sn, name: {sv: Socialnämnden, en: Social services committee}}

    """

  static func collection(_ id: String, controller: String, extra: String = "") -> String {
    """
    apiVersion: tillit/v1
    kind: DataCollection
    id: \(id)
    name: Samling \(id)
    controller: \(controller)
    status: active
    review: {last: 2026-01-10, every: P1Y}
    retention: {action: dispose, period: P2Y}
    \(extra)
    """
  }

  static let followUp = """
    apiVersion: tillit/v1
    kind: FollowUp
    id: resultat
    name: Resultatuppföljning
    owner: {function: quality, person: Kvalitetschef}
    respondents:
      - {role: teacher, minutes_per_response: 60, frequency: monthly}
    indicators:
      - id: betyg
        name: Betyg
        decisions: [{name: Budget, forum: utbildningsnamnden, frequency: yearly}]
    """

  func build(_ files: [String: String], controller: String? = "un", language: Language = .sv) throws
    -> ControllerReport
  {
    let folder = try TemporaryFolder()
    for (name, text) in files { try folder.write(name, text) }
    let loaded = WorkspaceLoader().load(paths: [folder.path])
    #expect(!loaded.hasErrors, "\(loaded.diagnostics.map(\.message.en))")
    let packs = ["gdpr", "dpia", "trust"].compactMap { PolicyPackLoader().load($0).pack }
    let today = CalendarDate("2026-11-29")!
    let engine = Engine(packs: packs, today: today)
    return ControllerReport(
      workspace: loaded.workspace, findings: engine.check(loaded.workspace),
      thresholds: engine.thresholds(for: loaded.workspace), controller: controller, language: language, today: today)
  }

  @Test func aFollowUpWhoseDecisionsAreTakenInTheCommitteesForumIsTheCommitteesEvenByName() throws {
    // The forum's id (utbildningsnamnden) is not the controller's (un): the names agree.
    let report = try build(["org.yaml": Self.organization, "f.yaml": Self.followUp])
    let section = try #require(report.sections.first)
    #expect(section.followUps.map(\.document.id) == ["resultat"])
    #expect(section.followUps.first?.receives == true)
    #expect(section.followUps.first?.usesCollections == [])
    // 10 teachers × 1 hour × 12 months.
    #expect(section.hours == 120)
    let other = try build(["org.yaml": Self.organization, "f.yaml": Self.followUp], controller: "sn")
    #expect(other.sections.first?.followUps.isEmpty == true)
  }

  @Test func aFollowUpThatUsesTheCommitteesCollectionIsTheCommittees() throws {
    let uses =
      Self.followUp.replacingOccurrences(of: "forum: utbildningsnamnden, ", with: "")
      + "\ncollections: [elever]\n"
    let report = try build([
      "org.yaml": Self.organization, "f.yaml": uses, "c.yaml": Self.collection("elever", controller: "un"),
    ])
    let entry = try #require(report.sections.first?.followUps.first)
    #expect(entry.usesCollections == ["Samling elever"])
    #expect(entry.receives == false)
  }

  @Test func aDPIATheScreeningCallsForIsRequiredWhateverTheDocumentSays() throws {
    // Systematic monitoring of a public place at large scale: the screening requires a DPIA.
    let extra = """
      processing: {systematic_monitoring: true, publicly_accessible_area: true, large_scale: true}
      dpia: {status: screened_not_required}
      """
    let report = try build([
      "org.yaml": Self.organization, "c.yaml": Self.collection("kamera", controller: "un", extra: extra),
      "d.yaml": Self.collection("klar", controller: "un", extra: "dpia: {status: done, date: 2025-03-01}"),
    ])
    let collections = try #require(report.sections.first?.collections)
    #expect(collections.first { $0.document.id == "kamera" }?.dpia == .required)
    #expect(collections.first { $0.document.id == "klar" }?.dpia == .done(CalendarDate("2025-03-01")))
    #expect(collections.first?.nextReview == CalendarDate("2027-01-10"))
    #expect(collections.first?.retention == .dispose(after: Period("P2Y")))
  }

  @Test func theOwnerOfAnOpenActionActsBeforeTheFollowUpsOwnerAndIsNamedByRole() throws {
    let action = """
      apiVersion: tillit/v1
      kind: Action
      id: a-1
      name: Förankra syftet
      finding: {rule: TRUST-P04, target: resultat}
      owner: hr_partner
      due: 2027-03-31
      status: in_progress
      """
    let report = try build(["org.yaml": Self.organization, "f.yaml": Self.followUp, "a.yaml": action])
    let gaps = try #require(report.sections.first?.gaps)
    let shared = try #require(gaps.first { $0.ruleID == "TRUST-P04" })
    #expect(shared.actor == .action(owner: "HR-partner", due: CalendarDate("2027-03-31")))
    let other = try #require(gaps.first { $0.ruleID != "TRUST-P04" && $0.document.id == "resultat" })
    #expect(other.actor == .followUpOwner(person: "Kvalitetschef", function: "quality"))
  }

  @Test func aWaiverOnTheCommitteesDocumentIsListedWithItsEndAndWhetherItHasRunOut() throws {
    func waiver(_ id: String, until: String) -> String {
      """
      apiVersion: tillit/v1
      kind: Waiver
      id: \(id)
      rule: TRUST-P04
      target: resultat
      reason: Beslutat
      approved_by: Nämnden
      until: \(until)
      """
    }
    let report = try build([
      "org.yaml": Self.organization, "f.yaml": Self.followUp, "w1.yaml": waiver("w-1", until: "2027-06-30"),
      "w2.yaml": waiver("w-2", until: "2025-12-31"),
    ])
    let waivers = try #require(report.sections.first?.waivers)
    #expect(waivers.map(\.id) == ["w-1", "w-2"])
    #expect(waivers.map(\.expired) == [false, true])
    #expect(waivers.first?.accepted == 1)
    let text = report.render(.text)
    #expect(text.contains("gäller till och med 30 juni 2027"))
    #expect(text.contains("gällde till och med 31 december 2025 och har löpt ut"))
  }

  @Test func gapsOfOneRuleAreGroupedWithEachDocumentOnce() {
    func gap(_ rule: String, _ document: String) -> ControllerReport.Gap {
      ControllerReport.Gap(
        severity: .info, ruleID: rule, title: LocalizedText(sv: rule, en: rule), message: LocalizedText(sv: "", en: ""),
        remediation: nil, document: ControllerReport.DocumentName(kind: .followUp, id: document, name: document),
        actor: .followUpOwner(person: nil, function: nil))
    }
    let groups = ControllerReport.grouped([gap("B", "x"), gap("A", "x"), gap("B", "y"), gap("B", "x")])
    #expect(groups.map(\.gap.ruleID) == ["B", "A"])
    #expect(groups.first?.documents.map(\.document.id) == ["x", "y"])
    #expect(groups.first?.documents.map(\.count) == [2, 1])
  }
}
