import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// Runs the examples written inside rules, like `opa test`: each example document is checked
/// with its rule alone, and the rule's findings must be exactly the expected ones (by rule and
/// path). A rule with no failing example fails too: a test that cannot fail proves nothing.
public struct PackTester: Sendable {
  public struct Outcome: Sendable {
    public var ruleID: String
    public var packID: String
    public var passed: Bool
    /// What went wrong, one line each, located at the example.
    public var problems: [(location: SourceLocation, message: LocalizedText)]
    public var examples: Int
  }

  public var today: CalendarDate

  public init(today: CalendarDate) {
    self.today = today
  }

  /// A small organisation for examples that do not bring their own.
  static let defaultOrganization = """
    apiVersion: tillit/v1
    kind: Organization
    id: exempel
    name: Exempel kommun
    annual_hours_per_fte: 1700
    roles:
      - {id: teacher, name: {sv: Lärare, en: Teacher}, headcount: 100, hourly_cost: 400, frontline: true}
      - {id: unit_manager, name: {sv: Enhetschef, en: Unit manager}, headcount: 10, hourly_cost: 520}
    forums:
      - {id: bun, name: {sv: Barn- och utbildningsnämnden, en: Education committee}, meets: {per_year: 10}}
    controllers:
      - {id: bun, name: {sv: Barn- och utbildningsnämnden, en: Education committee}, contact: bun@exempel.se}
    dpo: {name: Dataskyddsombudet, contact: dso@exempel.se, reported_to_supervisor: 2024-05-01}
    adequacy: {countries: [CH, GB, JP], us_dpf: true, as_of: 2026-10-01}
    retention_plans:
      - id: bun-ihp
        controller: bun
        entries: [{id: "3.2.1", document_type: Elevenkäter, action: dispose, period: P3Y}]
    """

  public func run(_ pack: PolicyPack) -> [Outcome] {
    let defaultOrganization = YAMLReader().read(PackTester.defaultOrganization, file: "<default organization>")
      .documents.first.map { Document(kind: .organization, id: "exempel", source: $0) }
    return pack.rules.map { rule in
      var problems: [(SourceLocation, LocalizedText)] = []
      let (passing, failing) = rule.exampleCount
      if failing == 0 {
        problems.append(
          (
            rule.location,
            Texts.packTestNoFailingExample(rule: rule.id)
          ))
      }
      _ = passing
      for example in rule.examples {
        let findings = evaluate(rule, example, pack: pack, defaultOrganization: defaultOrganization)
        for problem in Set(findings.flatMap(\.messageProblems)).sorted() {
          problems.append(
            (
              example.location,
              Texts.packTestMessageProblem(rule: rule.id, problem: problem)
            ))
        }
        // A severity is compared only where the example states one.
        let actual = findings.map { finding in
          let stated = example.expected.contains {
            $0.rule == finding.ruleID && $0.path == finding.path && $0.severity != nil
          }
          return "\(finding.ruleID) \(finding.path)" + (stated ? " (\(finding.severity.rawValue))" : "")
        }.sorted()
        let expected = example.expected.map {
          "\($0.rule) \($0.path)" + ($0.severity.map { " (\($0.rawValue))" } ?? "")
        }
        .sorted()
        if actual != expected {
          // What an example gave and expected, in the reader's language when it is nothing.
          let listed = { (findings: [String]) -> LocalizedText in
            let list = findings.joined(separator: ", ")
            return findings.isEmpty ? Texts.packTestNoFindings : LocalizedText(sv: list, en: list)
          }
          let got = listed(actual)
          let wanted = listed(expected)
          problems.append(
            (
              example.location,
              example.name.map { Texts.packTestNamedExampleMismatch(name: $0, rule: rule.id, got: got, wanted: wanted) }
                ?? Texts.packTestExampleMismatch(rule: rule.id, got: got, wanted: wanted)
            ))
        }
      }
      return Outcome(
        ruleID: rule.id, packID: rule.packID, passed: problems.isEmpty, problems: problems,
        examples: rule.examples.count)
    }
  }

  /// The findings of each rule on its examples that must fail (`expect` not empty), as a run
  /// reports them: for tests that read what the messages say.
  public func failingExampleFindings(_ pack: PolicyPack) -> [(ruleID: String, findings: [Finding])] {
    let defaultOrganization = YAMLReader().read(PackTester.defaultOrganization, file: "<default organization>")
      .documents.first.map { Document(kind: .organization, id: "exempel", source: $0) }
    return pack.rules.flatMap { rule in
      rule.examples.filter { !$0.expected.isEmpty }.map { example in
        (rule.id, evaluate(rule, example, pack: pack, defaultOrganization: defaultOrganization))
      }
    }
  }

  /// One example's findings: its document with the example's Organization (or the default
  /// one) and further documents, under the pack's thresholds, as in a run.
  private func evaluate(_ rule: Rule, _ example: RuleExample, pack: PolicyPack, defaultOrganization: Document?)
    -> [Finding]
  {
    let document = Document(
      kind: rule.appliesTo, id: example.document["id"]?.text ?? "example",
      source: YAMLDocument(index: 0, root: example.document))
    // An Organization rule's example is the organisation itself.
    let organization =
      rule.appliesTo == .organization
      ? document
      : example.organization.map {
        Document(kind: .organization, id: $0["id"]?.text ?? "exempel", source: YAMLDocument(index: 0, root: $0))
      } ?? defaultOrganization
    let extra = example.also.enumerated().compactMap { i, node -> Document? in
      guard let kind = node["kind"]?.text.flatMap(DocumentKind.init) else { return nil }
      return Document(kind: kind, id: node["id"]?.text ?? "also-\(i)", source: YAMLDocument(index: 0, root: node))
    }
    let documents =
      rule.appliesTo == .organization ? [document] + extra : [organization, document].compactMap { $0 } + extra
    let workspace = Workspace(documents: documents, files: [])
    let engine = Engine(packs: [], today: today)
    // The pack's defaults under the example's own Organization, as in a run.
    let organizationModel: Organization?
    if case .organization(let model)? = organization?.content {
      organizationModel = model
    } else {
      organizationModel = nil
    }
    let thresholds = Thresholds(packs: [pack], organization: organizationModel)
    var context = WorkspaceContext(workspace, thresholds: thresholds, organization: organization)
    context.facts = WorkspaceFacts(workspace: workspace, thresholds: thresholds)
    let value = PackTester.withIdentity(DocumentValue.make(document), id: document.id)
    return engine.evaluate([rule], on: document, value: value, context: context)
  }

  /// An example written without `id` or `name` gets them, as every real document has them
  /// (they are needed to load one), so messages that name the document render as they will.
  static func withIdentity(_ value: Value, id: String) -> Value {
    guard case .map(let map) = value else { return value }
    var filled = MapValue()
    for (key, entry) in zip(map.keys, map.values) {
      if case .string(let name) = key, name == "id" || name == "name", case .null = entry {
        filled.insert(key, .string(id))
      } else {
        filled.insert(key, entry)
      }
    }
    return .map(filled)
  }
}
