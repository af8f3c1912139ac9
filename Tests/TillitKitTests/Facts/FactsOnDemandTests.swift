import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// A document's facts are built for the keys its rules read, no others (issue #15 item 2):
/// the keys each rule reads come from its expressions' syntax trees, through the pack's
/// variables and its `for_each`; an expression that reads `facts` whole gets every key.
@Suite struct FactsOnDemandTests {
  static let header = "apiVersion: tillit/v1\nkind: PolicyPack\nid: p\ntitle: {sv: P, en: P}\n"

  static func rule(_ id: String, kind: String = "FollowUp", assert: String, forEach: String? = nil) -> String {
    """
      - id: \(id)
        title: {sv: T, en: T}
        message: M
        severity: warning
        applies_to: \(kind)
    \(forEach.map { "    for_each: \($0)\n" } ?? "")    assert: "\(assert)"

    """
  }

  func rules(_ text: String) throws -> [Rule] {
    let folder = try TemporaryFolder()
    let path = try folder.write("pack.yaml", Self.header + text)
    let result = PolicyPackLoader().load(path)
    return try #require(result.pack, "\(result.diagnostics)").rules
  }

  @Test func aRuleReadsTheFactsItSelectsThroughItsVariablesAndItsForEach() throws {
    let found = try rules(
      """
      variables:
        - name: heavy
          expression: "facts.burden.hours > 10.0"
      rules:

      """
        + Self.rule("R-1", assert: "vars.heavy || facts.indicators.size() > 0")
        + Self.rule("R-2", assert: "item.id != ''", forEach: "facts.incomplete_groups")
        + Self.rule("R-3", assert: "doc.id != ''"))
    #expect(
      found.map(\.factsKeys) == [
        FactsKeys(only: ["burden", "indicators"]), FactsKeys(only: ["incomplete_groups"]), FactsKeys(),
      ])
    #expect(Engine.factsKeys(found) == FactsKeys(only: ["burden", "indicators", "incomplete_groups"]))
  }

  @Test func aRuleThatReadsFactsWholeReadsEveryKey() throws {
    let found = try rules("rules:\n" + Self.rule("R-1", assert: "size(facts) > 0"))
    #expect(found.map(\.factsKeys) == [.all])
    #expect(FactsKeys.all.contains("same_data_elsewhere"))
  }

  @Test func aCollectionsFactsHoldOnlyTheKeysAskedForWithTheValuesTheWholeHas() throws {
    let organization = "apiVersion: tillit/v1\nkind: Organization\nid: org\nname: Org\n"
    let collection = """
      apiVersion: tillit/v1
      kind: DataCollection
      id: c
      name: C
      data_subjects: [{category: resident, estimated_count: 10}]
      fields: [{id: p, category: identity.national_id}, {id: h, category: health.diagnosis, purposes: [nowhere]}]
      recipients: [{id: r, country: US}]

      """
    var documents: [Document] = []
    for (i, text) in [organization, collection].enumerated() {
      let decoded = DocumentDecoder.decode(try #require(YAMLReader().read(text, file: "\(i).yaml").documents.first))
      documents.append(try #require(decoded.document))
    }
    let workspace = Workspace(documents: documents, files: [])
    let facts = WorkspaceFacts(workspace: workspace, thresholds: Thresholds(organization: workspace.organization))
    guard case .map(let whole) = facts.value(for: documents[1]),
      case .map(let some) = facts.value(
        for: documents[1], keys: FactsKeys(only: ["screening", "unresolved_refs", "non_eea_endpoints"]))
    else {
      Issue.record("facts are not maps")
      return
    }
    #expect(whole.keys.count == 14)
    #expect(some.keys == [.string("non_eea_endpoints"), .string("screening"), .string("unresolved_refs")])
    for key in ["screening", "unresolved_refs", "non_eea_endpoints"] { #expect(some[key] == whole[key]) }
    #expect(whole["unresolved_refs"] != .list([]))
    #expect(whole["non_eea_endpoints"] != .list([]))
  }

  @Test func aFollowUpsFactsHoldOnlyTheKeysAskedFor() throws {
    let organization = "apiVersion: tillit/v1\nkind: Organization\nid: org\nname: Org\n"
    let followUp = """
      apiVersion: tillit/v1
      kind: FollowUp
      id: f
      name: F
      purpose: {statement: S, law: SFS 2010:800}
      respondents: [{role: nobody}]
      indicators: [{id: a, users: [ghost]}]

      """
    var documents: [Document] = []
    for (i, text) in [organization, followUp].enumerated() {
      let decoded = DocumentDecoder.decode(try #require(YAMLReader().read(text, file: "\(i).yaml").documents.first))
      documents.append(try #require(decoded.document))
    }
    let workspace = Workspace(documents: documents, files: [])
    let facts = WorkspaceFacts(workspace: workspace, thresholds: Thresholds(organization: workspace.organization))
    guard case .map(let whole) = facts.value(for: documents[1]),
      case .map(let some) = facts.value(for: documents[1], keys: FactsKeys(only: ["indicators", "law_citations"])),
      case .map(let none) = facts.value(for: documents[1], keys: FactsKeys())
    else {
      Issue.record("facts are not maps")
      return
    }
    #expect(
      whole.keys.map(\.stringValue) == [
        "burden", "groups", "incomplete_groups", "indicators", "law_citations", "unresolved_refs",
      ])
    #expect(some.keys == [.string("indicators"), .string("law_citations")])
    for key in ["indicators", "law_citations"] { #expect(some[key] == whole[key]) }
    #expect(whole["law_citations"] != .list([]))
    #expect(none.count == 0)
  }
}
