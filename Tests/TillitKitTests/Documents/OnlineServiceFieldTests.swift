import Testing

@testable import TillitEngine
@testable import TillitModel
@testable import TillitYAML

/// `processing.online_service` (SCHEMA.md, RULES.md §9.4): whether the processing is an
/// information-society service offered directly to the data subjects, which Art. 8(1) and
/// SE-LAW-001 turn on. A boolean like the other processing facts.
@Suite struct OnlineServiceFieldTests {
  func diagnostics(_ processing: String) throws -> [Diagnostic] {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", EngineTests.organization)
    try folder.write(
      "c.yaml", "apiVersion: tillit/v1\nkind: DataCollection\nid: c\nname: C\nprocessing: {\(processing)}\n")
    return WorkspaceLoader().load(paths: [folder.path]).diagnostics
  }

  @Test func anOnlineServiceIsAProcessingFact() throws {
    #expect(try diagnostics("online_service: true").isEmpty)
    #expect(try diagnostics("online_service: false").isEmpty)
  }

  @Test func anOnlineServiceIsABoolean() throws {
    let found = try diagnostics("online_service: sometimes")
    #expect(found.count == 1)
    #expect(found.first?.location?.line == 5)
  }
}
