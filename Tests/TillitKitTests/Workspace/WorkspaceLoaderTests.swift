import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

@Suite struct WorkspaceLoaderTests {
  static let organization = "apiVersion: tillit/v1\nkind: Organization\nid: org\nname: Org\n"

  static func followUp(_ id: String) -> String {
    "apiVersion: tillit/v1\nkind: FollowUp\nid: \(id)\nname: \(id)\n"
  }

  @Test func foldersAreReadRecursivelyInSortedOrder() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try folder.write("b/z.yml", Self.followUp("z"))
    try folder.write("a/y.yaml", Self.followUp("y") + "---\n" + Self.followUp("x"))
    try folder.write("a/notes.txt", "not yaml")
    let result = WorkspaceLoader().load(paths: [folder.path])
    #expect(result.diagnostics.isEmpty)
    #expect(result.workspace.documents.map(\.id) == ["y", "x", "z", "org"])
    #expect(
      result.workspace.files.map { $0.replacingOccurrences(of: folder.path, with: "") } == [
        "/a/y.yaml", "/b/z.yml", "/organization.yaml",
      ])
  }

  @Test func hiddenFoldersAndTheConfigurationFileAreSkipped() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try folder.write(".git/x.yaml", "not: [valid")
    try folder.write(".hidden.yaml", "not: [valid")
    try folder.write("tillit.yaml", "packs: [trust]\n")
    let result = WorkspaceLoader().load(paths: [folder.path])
    #expect(result.diagnostics.isEmpty)
    #expect(result.workspace.documents.count == 1)
  }

  @Test func aSymlinkLoopDoesNotHang() throws {
    let folder = try TemporaryFolder()
    try folder.write("docs/organization.yaml", Self.organization)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/docs/loop", withDestinationPath: folder.path + "/docs")
    let result = WorkspaceLoader().load(paths: [folder.path])
    #expect(result.diagnostics.isEmpty)
    #expect(result.workspace.documents.count == 1)
  }

  @Test func aDuplicateIDAcrossFilesNamesBothPlaces() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    let first = try folder.write("a.yaml", Self.followUp("same"))
    let second = try folder.write("b.yaml", "# kommentar\n" + Self.followUp("same"))
    let result = WorkspaceLoader().load(paths: [first, second, folder.path + "/organization.yaml"])
    #expect(result.hasErrors)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.location == SourceLocation(file: second, line: 2, column: 1))
    #expect(diagnostic.notes.first?.location == SourceLocation(file: first, line: 1, column: 1))
  }

  @Test func theSameIDInDifferentKindsIsFine() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try folder.write("a.yaml", Self.followUp("same") + "---\napiVersion: tillit/v1\nkind: Waiver\nid: same\n")
    #expect(WorkspaceLoader().load(paths: [folder.path]).diagnostics.isEmpty)
  }

  @Test func aWorkspaceNeedsExactlyOneOrganization() throws {
    let none = try TemporaryFolder()
    try none.write("f.yaml", Self.followUp("f"))
    #expect(
      WorkspaceLoader().load(paths: [none.path]).diagnostics.map(\.message) == [
        DocumentError.noOrganization.diagnostic.message
      ])
    let two = try TemporaryFolder()
    try two.write("a.yaml", Self.organization)
    try two.write("b.yaml", Self.organization.replacingOccurrences(of: "id: org", with: "id: org2"))
    let diagnostics = WorkspaceLoader().load(paths: [two.path]).diagnostics
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location?.file.hasSuffix("b.yaml") == true)
  }

  @Test func aMissingPathAndANonYAMLFileAreErrors() throws {
    let folder = try TemporaryFolder()
    let text = try folder.write("notes.txt", "x")
    let result = WorkspaceLoader().load(paths: [folder.path + "/nope", text])
    #expect(result.diagnostics.count == 2)
  }

  @Test func everyErrorOfTheRunIsCollectedAndSortedByPlace() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try folder.write("b.yaml", Self.followUp("b") + "owner: {function: nope}\n")
    try folder.write("a.yaml", Self.followUp("a") + "bogus: 1\nreview: {every: P}\n")
    let result = WorkspaceLoader().load(paths: [folder.path])
    let places = result.diagnostics.compactMap(\.location).map { ($0.file.suffix(6), $0.line) }
    #expect(places.map(\.0) == ["a.yaml", "a.yaml", "b.yaml"])
    #expect(places.map(\.1) == [5, 6, 5])
  }

  @Test func loadingIsDeterministicAcrossRuns() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    for i in 0..<50 { try folder.write("f/\(i).yaml", Self.followUp("f\(i)") + (i % 7 == 0 ? "bad: 1\n" : "")) }
    let first = WorkspaceLoader().load(paths: [folder.path])
    for _ in 0..<3 {
      let again = WorkspaceLoader().load(paths: [folder.path])
      #expect(again.diagnostics == first.diagnostics)
      #expect(again.workspace.documents.map(\.id) == first.workspace.documents.map(\.id))
    }
  }
}

@Suite struct TaxonomyTests {
  static let collection =
    "apiVersion: tillit/v1\nkind: DataCollection\nid: c\nname: C\ndata_subjects: [{category: foster_child}]\nfields: [{id: f, category: social.placement_history}]\n"

  @Test func anUnknownCategoryIsALoadErrorWithADidYouMean() throws {
    let folder = try TemporaryFolder()
    try folder.write("org.yaml", WorkspaceLoaderTests.organization)
    try folder.write("c.yaml", Self.collection)
    let diagnostics = WorkspaceLoader().load(paths: [folder.path]).diagnostics
    #expect(diagnostics.count == 2)
    #expect(diagnostics.allSatisfy { $0.message.en.contains("is not in the taxonomy") })
  }

  @Test func theOrganizationCanExtendTheTaxonomyWithFlags() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "org.yaml",
      WorkspaceLoaderTests.organization
        + "taxonomy:\n  categories: [{key: social.placement_history, sv: Placeringar, en: Placements}]\n  subjects: [{key: foster_child, sv: Familjehemsplacerat barn, en: Foster child, vulnerable: true}]\n"
    )
    try folder.write("c.yaml", Self.collection)
    let loaded = WorkspaceLoader().load(paths: [folder.path])
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let facts = WorkspaceFacts(
      workspace: loaded.workspace, thresholds: Thresholds(organization: loaded.workspace.organization))
    let document = try #require(loaded.workspace.documents.first { $0.kind == .dataCollection })
    guard case .map(let map) = facts.value(for: document), case .list(let fields)? = map["fields"],
      case .map(let field) = fields[0], case .map(let flags)? = field["flags"],
      case .map(let screening)? = map["screening"]
    else {
      Issue.record("unexpected facts")
      return
    }
    // Inherited from `social` (highly personal) and the new subject's own flag (vulnerable).
    #expect(flags["highly_personal"] == .bool(true))
    #expect(screening["count"] == .int(2))
  }
}
