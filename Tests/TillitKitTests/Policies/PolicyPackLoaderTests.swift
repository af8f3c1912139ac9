import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// An invalid pack is never skipped silently: each strictness case is an error at its place.
@Suite struct PolicyPackLoaderTests {
  static let header = "apiVersion: tillit/v1\nkind: PolicyPack\nid: p\ntitle: {sv: P, en: P}\n"

  static func rule(_ id: String = "R-1", assert: String = "true", extra: String = "") -> String {
    """
      - id: \(id)
        title: {sv: T, en: T}
        message: {sv: M, en: M}
        severity: warning
        applies_to: FollowUp
        assert: \(assert)
    \(extra)

    """
  }

  func load(_ marked: MarkedText) throws -> (PolicyPack?, [Diagnostic], String) {
    let folder = try TemporaryFolder()
    let path = try folder.write("pack.yaml", marked.text)
    let result = PolicyPackLoader().load(path)
    return (result.pack, result.diagnostics, path)
  }

  @Test func aValidPackCompilesWithItsRules() throws {
    let (pack, diagnostics, _) = try load(MarkedText(Self.header + "rules:\n" + Self.rule()))
    #expect(diagnostics.isEmpty)
    #expect(pack?.rules.map(\.id) == ["R-1"])
  }

  @Test func anUnknownKeyIsAnErrorAtItsPlace() throws {
    let marked = MarkedText(Self.header + "rules:\n" + Self.rule(extra: "    1️⃣asert: true"))
    let (pack, diagnostics, path) = try load(marked)
    #expect(pack == nil)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(diagnostics.first?.message.en.contains("Did you mean 'assert'?") == true)
  }

  @Test func duplicateRuleIDsAreAnErrorWithBothPlaces() throws {
    let marked = MarkedText(
      Self.header + "rules:\n" + Self.rule()
        + "  - id: 1️⃣R-1\n    title: T\n    message: M\n    severity: info\n    applies_to: FollowUp\n    assert: 'true'\n"
    )
    let (_, diagnostics, path) = try load(marked)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(diagnostics.first?.notes.first?.location?.line == 6)
  }

  @Test func anExpressionThatDoesNotCompileIsLocatedInThePack() throws {
    let marked = MarkedText(Self.header + "rules:\n" + Self.rule(assert: "doc.owner.function == 1️⃣nme"))
    let (_, diagnostics, path) = try load(marked)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(diagnostics.first?.message.en.contains("unknown name 'nme'") == true)
  }

  @Test func anExpressionInAMessageTemplateIsLocatedToo() throws {
    let marked = MarkedText(
      Self.header
        + "rules:\n  - id: R\n    title: T\n    message: {sv: 'Fältet {{ item.id }} saknas', en: 'Field {{ 1️⃣itme.id }} missing'}\n    severity: info\n    applies_to: FollowUp\n    assert: 'true'\n"
    )
    let (_, diagnostics, path) = try load(marked)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
  }

  @Test func aTemplateInARemediationIsAnErrorSinceOnlyMessagesAreFilledIn() throws {
    let marked = MarkedText(
      Self.header + "rules:\n"
        + Self.rule(extra: "    remediation: {sv: 1️⃣'Hämta från {{ item.available_in }}', en: Take it from the system}")
    )
    let (pack, diagnostics, path) = try load(marked)
    #expect(pack == nil)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(diagnostics.first?.message.en.contains("remediation is shown as written") == true)
  }

  @Test func aRuleForSeveralKindsIsCompiledForEachWithItsOwnFieldsAndListedOnce() throws {
    let marked = MarkedText(
      Self.header
        + """
        rules:
          - id: R-2
            title: T
            message: M
            severity: info
            applies_to: [FollowUp, DataCollection]
            assert: "doc.name != 'x'"

        """)
    let (pack, diagnostics, _) = try load(marked)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let rules = try #require(pack?.rules)
    #expect(rules.map(\.appliesTo) == [.followUp, .dataCollection])
    #expect(pack?.distinctRules.map(\.id) == ["R-2"])
    #expect(rules.first?.kindsText == "FollowUp, DataCollection")
  }

  @Test func aKindThatIsNoKindOfDocumentIsAnErrorAtItsPlaceWithADidYouMean() throws {
    let marked = MarkedText(
      Self.header + "rules:\n"
        + "  - id: R-3\n    title: T\n    message: M\n    severity: info\n    applies_to: [FollowUp, 1️⃣DataColection]\n    assert: 'true'\n"
    )
    let (pack, diagnostics, path) = try load(marked)
    #expect(pack == nil)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(diagnostics.first?.message.en.contains("Did you mean 'DataCollection'?") == true)
  }

  @Test func unknownRuleIDsInDisableAndSeverityAreErrors() throws {
    let marked = MarkedText(
      Self.header + "disable: [1️⃣R-2]\nseverity: {2️⃣R-3: error}\nrules:\n" + Self.rule())
    let (_, diagnostics, path) = try load(marked)
    #expect(
      diagnostics.compactMap(\.location) == [marked.location("1️⃣", file: path)!, marked.location("2️⃣", file: path)!])
  }

  @Test func aForEachThatIsNotAListIsAnError() throws {
    let marked = MarkedText(Self.header + "rules:\n" + Self.rule(extra: "    for_each: 1️⃣purpose"))
    let (_, diagnostics, path) = try load(marked)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
  }

  @Test func aForEachOverALocatedFactsListLoadsAndReadsFacts() throws {
    let (pack, diagnostics, _) = try load(
      MarkedText(Self.header + "rules:\n" + Self.rule(extra: "    for_each: facts.unresolved_refs")))
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(pack?.rules.first?.forEach?.isFacts == true)
    #expect(pack?.rules.first?.usesFacts == true)
  }

  @Test func aForEachOverAnUnknownFactsListNamesTheKnownOnes() throws {
    let marked = MarkedText(Self.header + "rules:\n" + Self.rule(extra: "    for_each: 1️⃣facts.indicators"))
    let (pack, diagnostics, path) = try load(marked)
    #expect(pack == nil)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(diagnostics.first?.message.en.contains("facts.unresolved_refs") == true)
  }

  @Test func aPathBesideAFactsListIsAnError() throws {
    let marked = MarkedText(
      Self.header + "rules:\n" + Self.rule(extra: "    for_each: facts.unresolved_refs\n    path: 1️⃣id"))
    let (pack, diagnostics, path) = try load(marked)
    #expect(pack == nil)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
  }

  @Test func anOrganizationInAlsoIsAnErrorPointingToOrganization() throws {
    let marked = MarkedText(
      Self.header + "rules:\n"
        + Self.rule(
          extra:
            "    examples:\n      - document: {id: f}\n        also: [1️⃣{kind: Organization, id: o}]\n        expect: []"
        ))
    let (pack, diagnostics, path) = try load(marked)
    #expect(pack == nil)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(diagnostics.first?.message.en.contains("organization:") == true)
  }

  @Test func extendsDisableAndSeverityAdjustTheExtendedRules() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "base.yaml",
      Self.header.replacingOccurrences(of: "id: p", with: "id: base") + "rules:\n" + Self.rule("A") + Self.rule("B"))
    let path = try folder.write(
      "child.yaml", Self.header + "extends: [base.yaml]\ndisable: [A]\nseverity: {B: error}\nrules:\n" + Self.rule("C"))
    let result = PolicyPackLoader().load(path)
    #expect(result.diagnostics.isEmpty)
    #expect(result.pack?.rules.map(\.id) == ["B", "C"])
    #expect(result.pack?.rules.first?.severity == .error)
    #expect(result.pack?.rules.first?.packID == "base")
  }

  @Test func anExtendsCycleIsAnError() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.yaml", Self.header + "extends: [b.yaml]\n")
    let path = try folder.write("b.yaml", Self.header + "extends: [a.yaml]\n")
    let result = PolicyPackLoader().load(path)
    #expect(result.pack == nil)
    #expect(result.diagnostics.contains { $0.message.en.contains("extends itself") })
  }

  @Test func anUnknownBuiltInPackIsAnError() {
    let result = PolicyPackLoader().load("trusst")
    #expect(result.pack == nil)
    #expect(result.diagnostics.first?.message.en.contains("built-in packs: ") == true)
  }

  @Test func everyBuiltInPackLoads() {
    for name in PolicyPackLoader.builtInNames {
      let result = PolicyPackLoader().load(name)
      #expect(result.diagnostics.isEmpty, "\(name): \(result.diagnostics)")
    }
    #expect(PolicyPackLoader.builtInNames.contains("trust"))
    #expect(PolicyPackLoader.builtInNames.contains("gdpr"))
  }

  @Test func everyBuiltInRuleHasBothLanguagesAReferenceARemediationAndAFailingExample() {
    for name in PolicyPackLoader.builtInNames {
      for rule in PolicyPackLoader().load(name).pack?.rules ?? [] {
        #expect(!rule.title.sv.isEmpty && !rule.title.en.isEmpty && rule.title.sv != rule.title.en, "\(rule.id) title")
        #expect(rule.messageText.sv != rule.messageText.en, "\(rule.id) message")
        #expect(rule.remediation.map { $0.sv != $0.en && !$0.sv.isEmpty } == true, "\(rule.id) remediation")
        #expect(!rule.references.isEmpty, "\(rule.id) references")
        #expect(rule.exampleCount.failing > 0 && rule.exampleCount.passing > 0, "\(rule.id) examples")
      }
    }
  }
}
