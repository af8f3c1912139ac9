import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The precedence of the ⟨name⟩ thresholds (README, "Configuration"): the packs' defaults, then
/// `tillit.yaml`, then the Organization; and that the rules, the facts and the reports all
/// read the one resolved value.
@Suite struct ThresholdsTests {
  static func pack(_ id: String, _ thresholds: [String: Value]) -> PolicyPack {
    PolicyPack(
      id: id, version: nil, title: LocalizedText(sv: id, en: id), description: nil, references: [],
      origin: "test:\(id)", rules: [], thresholds: thresholds)
  }

  static func organization(thresholds: String) throws -> Organization {
    let text = "apiVersion: tillit/v1\nkind: Organization\nid: org\nname: Org\nthresholds:\n\(thresholds)"
    let document = try #require(YAMLReader().read(text, file: "organization.yaml").documents.first)
    return Organization(document.root)
  }

  /// A workspace of an Organization with `thresholds` (YAML lines) and one follow-up with
  /// five indicators nobody uses, so five savings could be listed.
  static func workspace(organizationThresholds: String) throws -> Workspace {
    let organization = """
      apiVersion: tillit/v1
      kind: Organization
      id: org
      name: Org
      roles: [{id: teacher, headcount: 100, hourly_cost: 400}]
      thresholds:
      \(organizationThresholds)
      """
    let indicators = (1...5).map { "  - {id: i\($0), name: Indikator \($0), users: []}" }.joined(separator: "\n")
    let followUp = """
      apiVersion: tillit/v1
      kind: FollowUp
      id: f
      name: F
      respondents: [{role: teacher, minutes_per_response: \(30), frequency: monthly}]
      indicators:
      \(indicators)

      """
    var documents: [Document] = []
    for (i, text) in [organization, followUp].enumerated() {
      let decoded = DocumentDecoder.decode(try #require(YAMLReader().read(text, file: "\(i).yaml").documents.first))
      #expect(decoded.errors.isEmpty, "\(decoded.errors)")
      documents.append(try #require(decoded.document))
    }
    return Workspace(documents: documents, files: [])
  }

  @Test func theConfigurationOverridesThePacksDefaults() {
    let thresholds = Thresholds(
      packs: [Self.pack("burden", ["top_savings": .int(10), "excess_share": .double(0.3)])],
      configuration: ["top_savings": .int(2)])
    #expect(thresholds.topSavings == 2)
    #expect(thresholds.sources["top_savings"] == .configuration)
    // A name the configuration leaves alone keeps the pack's value.
    #expect(thresholds.values["excess_share"] == .double(0.3))
    #expect(thresholds.sources["excess_share"] == .pack)
  }

  @Test func theOrganizationOverridesTheConfiguration() throws {
    let thresholds = Thresholds(
      packs: [Self.pack("burden", ["top_savings": .int(10)])], configuration: ["top_savings": .int(2)],
      organization: try Self.organization(thresholds: "  top_savings: 3\n"))
    #expect(thresholds.topSavings == 3)
    #expect(thresholds.sources["top_savings"] == .organization)
  }

  @Test func aLaterPackOverridesAnEarlierPacksDefault() {
    let thresholds = Thresholds(
      packs: [Self.pack("a", ["max_indicators": .int(15)]), Self.pack("b", ["max_indicators": .int(10)])])
    #expect(thresholds.values["max_indicators"] == .int(10))
  }

  @Test func anEntryWithoutAValueLeavesTheWeakerLayersValue() throws {
    let thresholds = Thresholds(
      packs: [Self.pack("burden", ["top_savings": .int(4)])], configuration: ["top_savings": .null],
      organization: try Self.organization(thresholds: "  top_savings: ~\n"))
    #expect(thresholds.topSavings == 4)
    #expect(thresholds.sources["top_savings"] == .pack)
  }

  @Test func theOrganizationsValuesAreTypedAsTheSchemaSays() throws {
    let thresholds = Thresholds(
      organization: try Self.organization(thresholds: "  review_interval: P2Y\n  large_scale_subjects: 200\n"))
    #expect(thresholds.values["review_interval"] == .period(Period("P2Y")!))
    #expect(thresholds.largeScaleSubjects == 200)
  }

  @Test func namesNoLayerSetsFallBackToTheDefaultsOfRulesMD() {
    let thresholds = Thresholds()
    #expect(thresholds.topSavings == 10)
    #expect(thresholds.largeScaleSubjects == 5000)
    // The rules see only what a layer sets.
    #expect(thresholds.expressionValue == .map(MapValue()))
  }

  @Test func theExpressionValueListsTheNamesInOrder() {
    let thresholds = Thresholds(
      packs: [Self.pack("p", ["top_savings": .int(10), "excess_share": .double(0.3), "max_indicators": .int(15)])])
    guard case .map(let map) = thresholds.expressionValue else {
      Issue.record("not a map")
      return
    }
    #expect(map.keys == [.string("excess_share"), .string("max_indicators"), .string("top_savings")])
  }

  @Test func theEngineAddsTheWorkspacesOrganizationOverTheConfiguration() throws {
    let engine = Engine(
      packs: [Self.pack("burden", ["top_savings": .int(10)])], today: CalendarDate("2026-11-29")!,
      configurationThresholds: ["top_savings": .int(2)])
    #expect(engine.thresholds.topSavings == 2)
    let workspace = try Self.workspace(organizationThresholds: "  top_savings: 3")
    #expect(engine.thresholds(for: workspace).topSavings == 3)
    let withoutOwn = try Self.workspace(organizationThresholds: "  review_interval: P1Y")
    #expect(engine.thresholds(for: withoutOwn).topSavings == 2)
  }

  @Test func theFactsBurdenKeepsAsManySavingsAsTheThresholdsInEffectSay() throws {
    let workspace = try Self.workspace(organizationThresholds: "  review_interval: P1Y")
    let all = WorkspaceFacts(workspace: workspace, thresholds: Thresholds())
    #expect(all.burden.topSavings.count == 5)
    let two = WorkspaceFacts(workspace: workspace, thresholds: Thresholds(configuration: ["top_savings": .int(2)]))
    #expect(two.burden.topSavings.count == 2)
    #expect(
      BurdenCalculator.analyse(workspace, thresholds: Thresholds(configuration: ["top_savings": .int(2)]))
        .topSavings.map(\.indicatorID) == two.burden.topSavings.map(\.indicatorID))
  }
}
