import CEL
import Testing
import TillitModel
import TillitYAML

@testable import TillitEngine

/// A message renders each value by its type in the language of its text, and the message
/// functions answer in that language too (docs/packs.md, "How values read in a message").
@Suite struct MessageTemplateTests {
  static let organization = """
    apiVersion: tillit/v1
    kind: Organization
    id: org
    name: Org
    roles:
      - {id: assistant_nurse, name: {sv: Undersköterska, en: Assistant nurse}, headcount: 10, hourly_cost: 400}
    controllers:
      - {id: von, name: {sv: Vård- och omsorgsnämnden, en: Care committee}}

    """

  /// The finding of a one-rule pack whose message is `sv` / `en`, on a collection.
  func message(sv: String, en: String, collection: String) throws -> LocalizedText {
    let pack = """
      apiVersion: tillit/v1
      kind: PolicyPack
      id: t
      title: T
      rules:
        - id: T-1
          title: T
          message:
            sv: "\(sv)"
            en: "\(en)"
          severity: warning
          applies_to: DataCollection
          assert: "false"

      """
    let loaded = PolicyPackLoader().load(bytes: Array(pack.utf8), origin: "/nonexistent/t.yaml")
    let rule = try #require(loaded.pack, "\(loaded.diagnostics.map(\.message.en))")
    let documents = YAMLReader().read(Self.organization + "---\n" + collection, file: "w.yaml").documents
    let workspace = Workspace(
      documents: [
        Document(kind: .organization, id: "org", source: documents[0]),
        Document(kind: .dataCollection, id: "dc", source: documents[1]),
      ], files: [])
    let findings = Engine(packs: [rule], today: CalendarDate("2026-12-01")!).check(workspace)
    let finding = try #require(findings.first { $0.ruleID == "T-1" })
    #expect(finding.messageProblems.isEmpty, "\(finding.messageProblems)")
    return finding.message
  }

  static let collection = """
    apiVersion: tillit/v1
    kind: DataCollection
    id: dc
    name: Trygghetslarm
    controller: von
    purposes: [{id: p, legal_basis: legal_obligation}]
    retention: {action: dispose, period: P6M}

    """

  @Test func valuesOfValueSetsReadAsTheirLabels() throws {
    let text = try message(
      sv: "grundas på {{ doc.purposes[0].legal_basis }}", en: "rests on {{ doc.purposes[0].legal_basis }}",
      collection: Self.collection)
    #expect(text.sv == "grundas på rättslig förpliktelse")
    #expect(text.en == "rests on legal obligation")
  }

  @Test func periodsReadAsWordsAndIDsAsNames() throws {
    let text = try message(
      sv: "{{ name(doc) }} gallras efter {{ doc.retention.period }} hos {{ doc.controller }}",
      en: "{{ name(doc) }} is disposed of after {{ doc.retention.period }} at {{ doc.controller }}",
      collection: Self.collection)
    #expect(text.sv == "Trygghetslarm gallras efter sex månader hos Vård- och omsorgsnämnden")
    #expect(text.en == "Trygghetslarm is disposed of after six months at Care committee")
  }

  @Test func messageFunctionsAnswerInTheLanguageOfTheirText() throws {
    let text = try message(
      sv:
        "{{ hours(3888.0) }} ({{ fte(2.2946) }}), {{ count(1, 'gång', 'gånger') }}, {{ name('assistant_nurse') }}, {{ 'minst ' + every(period('P1Y')) }}",
      en:
        "{{ hours(3888.0) }} ({{ fte(2.2946) }}), {{ count(2, 'time', 'times') }}, {{ name('assistant_nurse') }}, {{ 'at least ' + every(period('P1Y')) }}",
      collection: Self.collection)
    #expect(text.sv == "3\u{00A0}888 timmar (2,29 årsarbeten), 1 gång, Undersköterska, minst en gång per år")
    #expect(text.en == "3,888 hours (2.29 full-time equivalents), 2 times, Assistant nurse, at least once a year")
  }
}
