import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

@Suite struct EngineTests {
  static let today = CalendarDate("2026-11-29")!
  static let organization = "apiVersion: tillit/v1\nkind: Organization\nid: org\nname: Org\ncontrollers: [{id: bun}]\n"

  func check(_ files: [String: String], packs: [String] = ["trust", "gdpr"], today: CalendarDate = today) throws
    -> [Finding]
  {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    for (name, text) in files { try folder.write(name, text) }
    let loaded = WorkspaceLoader().load(paths: [folder.path])
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let loadedPacks = packs.compactMap { PolicyPackLoader().load($0).pack }
    return Engine(packs: loadedPacks, today: today).check(loaded.workspace)
  }

  static let followUp = """
    apiVersion: tillit/v1
    kind: FollowUp
    id: f
    name: F
    owner: {function: hr}
    purpose: {statement: Underlag för arbetsmiljöinsatser, types: [control]}
    shared_understanding: true
    designed_with_respondents: true
    review: {last: 2026-06-01, every: P1Y}
    feedback: {to_respondents: true, within_days: 20, arena: {name: Dialog, kind: collegial_dialogue}}
    citizen_perspective: {methods: [dialogue]}
    indicators:
      - {id: a, definition: Antal}
      - {id: b}

    """

  @Test func findingsPointAtTheNodeTheyConcern() throws {
    let findings = try check(["f.yaml": Self.followUp])
    let p02 = try #require(findings.first { $0.ruleID == "TRUST-P02" })
    #expect(p02.path == "purpose.types")
    #expect(p02.location.line == 6)
    #expect(p02.severity == .warning)
    // The document by its name, the value by its label in each language.
    #expect(p02.message.en == "The purpose of F is control, but neither learning nor development.")
    #expect(p02.message.sv.hasPrefix("Syftet med F är kontroll"))
    let i01 = try #require(findings.first { $0.ruleID == "TRUST-I01" })
    #expect(i01.path == "indicators[1].definition")
    #expect(i01.location == SourceLocation(file: i01.location.file, line: 14, column: 5))
  }

  @Test func aFingerprintSurvivesLinesMovingButNotAnotherDocument() throws {
    let before = try check(["f.yaml": Self.followUp]).first { $0.ruleID == "TRUST-I01" }
    let moved = try check(["f.yaml": "# en kommentar\n\n" + Self.followUp]).first { $0.ruleID == "TRUST-I01" }
    let other = try check(["f.yaml": Self.followUp.replacingOccurrences(of: "id: f\n", with: "id: g\n")])
      .first { $0.ruleID == "TRUST-I01" }
    #expect(before?.fingerprint == moved?.fingerprint)
    #expect(before?.location.line != moved?.location.line)
    #expect(before?.fingerprint != other?.fingerprint)
  }

  @Test func todayDecidesWhatIsOverdue() throws {
    let early = try check(["f.yaml": Self.followUp], today: CalendarDate("2027-05-31")!)
    let late = try check(["f.yaml": Self.followUp], today: CalendarDate("2027-06-02")!)
    #expect(!early.contains { $0.ruleID == "TRUST-P06" })
    #expect(late.contains { $0.ruleID == "TRUST-P06" })
  }

  @Test func anActiveWaiverMarksTheFindingWaived() throws {
    let waiver =
      "apiVersion: tillit/v1\nkind: Waiver\nid: w1\nrule: TRUST-P02\ntarget: f\nreason: Skäl\napproved_by: Chef\nuntil: 2027-01-01\n"
    let findings = try check(["f.yaml": Self.followUp, "w.yaml": waiver])
    let p02 = try #require(findings.first { $0.ruleID == "TRUST-P02" })
    #expect(p02.waiver?.id == "w1")
    #expect(p02.waiver?.until == CalendarDate("2027-01-01"))
    #expect(!findings.contains { $0.ruleID.hasPrefix("TILLIT-WAIVER") })
  }

  @Test func aWaiverWithAPathCoversOnlyThatNode() throws {
    let waiver =
      "apiVersion: tillit/v1\nkind: Waiver\nid: w1\nrule: TRUST-I01\ntarget: f\npath: indicators[0]\nreason: S\napproved_by: C\nuntil: 2027-01-01\n"
    let findings = try check(["f.yaml": Self.followUp, "w.yaml": waiver])
    #expect(findings.first { $0.ruleID == "TRUST-I01" }?.waiver == nil)
  }

  @Test func anExpiredWaiverIsAnErrorAndCoversNothing() throws {
    let waiver =
      "apiVersion: tillit/v1\nkind: Waiver\nid: w1\nrule: TRUST-P02\ntarget: f\nreason: S\napproved_by: C\nuntil: 2026-11-28\n"
    let findings = try check(["f.yaml": Self.followUp, "w.yaml": waiver])
    #expect(findings.first { $0.ruleID == "TRUST-P02" }?.waiver == nil)
    let expired = try #require(findings.first { $0.ruleID == "TILLIT-WAIVER-EXPIRED" })
    #expect(expired.severity == .error)
    #expect(expired.location.line == 8)
  }

  @Test func aWaiverIsValidThroughItsLastDay() throws {
    let waiver =
      "apiVersion: tillit/v1\nkind: Waiver\nid: w1\nrule: TRUST-P02\ntarget: f\nreason: S\napproved_by: C\nuntil: 2026-11-29\n"
    let findings = try check(["f.yaml": Self.followUp, "w.yaml": waiver])
    #expect(findings.first { $0.ruleID == "TRUST-P02" }?.waiver != nil)
  }

  @Test func aWaiverNamingAnUnknownRuleOrDocumentIsAnError() throws {
    let unknownRule =
      "apiVersion: tillit/v1\nkind: Waiver\nid: w1\nrule: TRUST-P99\ntarget: f\nreason: S\napproved_by: C\nuntil: 2027-01-01\n"
    let unknownTarget =
      "apiVersion: tillit/v1\nkind: Waiver\nid: w2\nrule: TRUST-P02\ntarget: nope\nreason: S\napproved_by: C\nuntil: 2027-01-01\n"
    let incomplete = "apiVersion: tillit/v1\nkind: Waiver\nid: w3\nrule: TRUST-P02\ntarget: f\n"
    let findings = try check([
      "f.yaml": Self.followUp, "w1.yaml": unknownRule, "w2.yaml": unknownTarget, "w3.yaml": incomplete,
    ])
    #expect(findings.contains { $0.ruleID == "TILLIT-WAIVER-UNKNOWN-RULE" && $0.documentID == "w1" })
    #expect(findings.contains { $0.ruleID == "TILLIT-WAIVER-UNKNOWN-TARGET" && $0.documentID == "w2" })
    #expect(findings.contains { $0.ruleID == "TILLIT-WAIVER-INCOMPLETE" && $0.documentID == "w3" })
    #expect(findings.first { $0.ruleID == "TRUST-P02" }?.waiver == nil)
  }

  @Test func theOrderIsDeterministic() throws {
    var files: [String: String] = [:]
    for i in 0..<30 { files["f\(i).yaml"] = Self.followUp.replacingOccurrences(of: "id: f\n", with: "id: f\(i)\n") }
    let first = try check(files).map(\.fingerprint)
    #expect(try check(files).map(\.fingerprint) == first)
  }

  @Test func aRuleThatFailsToEvaluateBecomesAFinding() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "p.yaml",
      PolicyPackLoaderTests.header + "rules:\n" + PolicyPackLoaderTests.rule(assert: "doc.indicators[5].id == 'x'"))
    let pack = try #require(PolicyPackLoader().load(path).pack)
    try folder.write("organization.yaml", Self.organization)
    try folder.write("f.yaml", Self.followUp)
    let loaded = WorkspaceLoader().load(paths: [folder.path + "/organization.yaml", folder.path + "/f.yaml"])
    let findings = Engine(packs: [pack], today: Self.today).check(loaded.workspace)
    #expect(findings.map(\.ruleID) == ["TILLIT-EVAL"])
    #expect(findings.first?.message.en.contains("index 5 out of range") == true)
  }
}

@Suite struct PackTesterTests {
  func outcomes(_ pack: String) throws -> [PackTester.Outcome] {
    let folder = try TemporaryFolder()
    let path = try folder.write("p.yaml", pack)
    let loaded = PolicyPackLoader().load(path)
    let result = try #require(loaded.pack, "\(loaded.diagnostics)")
    return PackTester(today: CalendarDate("2026-11-29")!).run(result)
  }

  @Test func aRuleWithoutAFailingExampleFails() throws {
    let pack =
      PolicyPackLoaderTests.header + "rules:\n" + PolicyPackLoaderTests.rule(assert: "'!blank(doc.owner.function)'")
      + "    examples:\n      - document: {owner: {function: hr}}\n        expect: []\n"
    let outcome = try #require(try outcomes(pack).first)
    #expect(!outcome.passed)
    #expect(outcome.problems.first?.message.en.contains("no example that must fail") == true)
  }

  @Test func anExampleExpectingTheWrongPathFails() throws {
    let pack =
      PolicyPackLoaderTests.header + "rules:\n"
      + PolicyPackLoaderTests.rule(assert: "'!blank(doc.owner.function)'", extra: "    path: owner")
      + "    examples:\n      - document: {owner: {function: hr}}\n        expect: []\n      - document: {}\n        expect: [{path: purpose}]\n"
    let outcome = try #require(try outcomes(pack).first)
    #expect(!outcome.passed)
    #expect(outcome.problems.first?.message.en.contains("gave R-1 owner, but R-1 purpose was expected") == true)
  }

  @Test func anExampleThatGivesNoFindingSaysSoInWords() throws {
    let pack =
      PolicyPackLoaderTests.header + "rules:\n"
      + PolicyPackLoaderTests.rule(assert: "'!blank(doc.owner.function)'", extra: "    path: owner")
      + "    examples:\n      - name: utan ägare\n        document: {owner: {function: hr}}\n        expect: [{path: owner}]\n"
    let outcome = try #require(try outcomes(pack).first)
    #expect(!outcome.passed)
    let message = try #require(outcome.problems.last?.message)
    #expect(message.en == "example 'utan ägare' of R-1 gave no findings, but R-1 owner was expected")
    #expect(message.sv == "exemplet 'utan ägare' för R-1 gav inga fynd, men väntat var R-1 owner")
  }

  @Test func aMessagePartThatCannotBeShownFailsTheRule() throws {
    let pack =
      PolicyPackLoaderTests.header + """
        rules:
          - id: R-1
            title: {sv: T, en: T}
            message: {sv: "Listan {{ string(doc.indicators) }}", en: "The list {{ string(doc.indicators) }}"}
            severity: warning
            applies_to: FollowUp
            assert: "size(doc.indicators) == 0"
            examples:
              - document: {indicators: [{id: a}]}
                expect: [{}]

        """
    let outcome = try #require(try outcomes(pack).first)
    #expect(!outcome.passed)
    #expect(outcome.problems.first?.message.en.contains("could not show {{ string(doc.indicators) }}") == true)
  }

  @Test func anExampleWithoutAnIDIsNamedInItsMessage() throws {
    let pack =
      PolicyPackLoaderTests.header + """
        rules:
          - id: R-1
            title: {sv: T, en: T}
            message: {sv: "{{ doc.id + ' saknar ägare' }}", en: "{{ doc.id + ' has no owner' }}"}
            severity: warning
            applies_to: FollowUp
            assert: "!blank(doc.owner.function)"
            examples:
              - document: {purpose: {types: [learning]}}
                expect: [{}]

        """
    let outcome = try #require(try outcomes(pack).first)
    #expect(outcome.passed, "\(outcome.problems.map(\.message.en))")
  }

  @Test func theBuiltInPacksPassTheirOwnExamples() {
    for name in PolicyPackLoader.builtInNames {
      guard let pack = PolicyPackLoader().load(name).pack else {
        Issue.record("\(name) does not load")
        continue
      }
      for outcome in PackTester(today: CalendarDate("2026-11-29")!).run(pack) where !outcome.passed {
        Issue.record("\(outcome.ruleID): \(outcome.problems.map(\.message.en))")
      }
    }
  }
}
