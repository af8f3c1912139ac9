import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The joined findings of a large check are its largest array: these pin that it is held
/// once, at its size, also when waivers add findings of their own.
@Suite struct EngineFindingsMemoryTests {
  static let today = CalendarDate("2026-11-29")!

  func check(followUps: Int, waivers: [String]) throws -> [Finding] {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", EngineTests.organization)
    for i in 0..<followUps {
      try folder.write("f\(i).yaml", "apiVersion: tillit/v1\nkind: FollowUp\nid: f\(i)\nname: F\(i)\n")
    }
    for (i, waiver) in waivers.enumerated() { try folder.write("w\(i).yaml", waiver) }
    let loaded = WorkspaceLoader().load(paths: [folder.path])
    #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
    let packs = ["trust"].compactMap { PolicyPackLoader().load($0).pack }
    return Engine(packs: packs, today: Self.today, messageLanguage: .en).check(loaded.workspace)
  }

  static func waiver(_ id: String, until: String) -> String {
    """
    apiVersion: tillit/v1
    kind: Waiver
    id: \(id)
    rule: TRUST-P00
    target: f0
    reason: Omorganisation
    approved_by: Nämnden
    until: \(until)

    """
  }

  @Test func findingsWithWaiverFindingsAddedAreNotHeldInAnArrayTwiceTheirSize() throws {
    let findings = try check(
      followUps: 40, waivers: [Self.waiver("w-old", until: "2020-01-01"), Self.waiver("w-new", until: "2027-01-01")])
    #expect(findings.contains { $0.ruleID == "TILLIT-WAIVER-EXPIRED" })
    #expect(findings.contains { $0.waiver?.id == "w-new" })
    #expect(findings.count > 100)
    // Room for at most three findings per waiver, and what the allocator rounds up.
    #expect(findings.capacity <= findings.count + 3 * 2 + 8)
    #expect(zip(findings, findings.dropFirst()).allSatisfy { !Finding.precedes($1, $0) })
  }

  @Test func countsOfOpenWaivedAndFailingFindingsAgreeWithTheFindings() throws {
    let findings = try check(followUps: 3, waivers: [Self.waiver("w-new", until: "2027-01-01")])
    var report = CheckReport(
      findings: findings, documentCount: 5, fileCount: 5, today: Self.today, failOn: .warning, language: .en, packs: [])
    report.findings[1].baselined = true
    let open = report.findings.filter { $0.waiver == nil && !$0.baselined }
    for severity in [Severity.error, .warning, .info] {
      #expect(report.count(severity) == open.filter { $0.severity == severity }.count)
    }
    #expect(report.waivedCount == 1)
    #expect(report.baselinedCount == (report.findings[1].waiver == nil ? 1 : 0))
    #expect(report.fails == open.contains { $0.severity == .error || $0.severity == .warning })
  }
}
