import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// `ws.collections` and `ws.followups` summarise every document with the same keys, which
/// the summaries share (`MapValue(uniqueKeys:values:)`): each still reads as its own map.
@Suite struct WorkspaceSummaryTests {
  @Test func everySummaryHasItsOwnValuesUnderTheSharedKeys() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", EngineTests.organization)
    try folder.write("a.yaml", "apiVersion: tillit/v1\nkind: FollowUp\nid: a\nname: A\n")
    try folder.write("b.yaml", "apiVersion: tillit/v1\nkind: FollowUp\nid: b\nname: B\n")
    let loaded = WorkspaceLoader().load(paths: [folder.path])
    #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
    let context = WorkspaceContext(loaded.workspace, thresholds: Thresholds(packs: [], configuration: [:]))
    let compiled = try CompiledExpression(
      "[ws.followups.a.id, ws.followups.a.name, ws.followups.a.status, ws.followups.b.name, ws.followups.b.status,"
        + " size(ws.followups.b), 'controller' in ws.followups.b, has(ws.followups.a.type)]",
      variables: ["ws"])
    let value = try compiled.evaluate(["ws": context.workspace], today: CalendarDate("2026-11-29")!)
    #expect(
      value
        == .list([
          .string("a"), .string("A"), .null, .string("B"), .null, .int(5), .bool(true), .bool(true),
        ]))
  }
}
