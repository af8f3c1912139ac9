import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitModel
@testable import TillitYAML

/// Which YAML files are tillit's, and how `include`, `exclude` and git narrow a folder's files.
@Suite struct TillitFileSelectionTests {
  static let organization = WorkspaceLoaderTests.organization

  func relative(_ paths: [String], to folder: TemporaryFolder) -> [String] {
    paths.map { String($0.dropFirst(folder.path.count + 1)) }
  }

  @Test func otherYAMLUnderAFolderIsSkippedWithItsReason() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try folder.write("mkdocs.yml", "site_name: Handbok\nnav: [index.md]\n")
    try folder.write("deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\n")
    try folder.write("empty.yaml", "# nothing yet\n")
    let result = WorkspaceLoader().load(paths: [folder.path])
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    #expect(relative(result.workspace.files, to: folder) == ["organization.yaml"])
    #expect(relative(result.skipped.map(\.path), to: folder) == ["deploy.yaml", "empty.yaml", "mkdocs.yml"])
    #expect(result.skipped.map(\.reason) == [.notATillitDocument, .empty, .notATillitDocument])
  }

  @Test func aNamedFileThatIsNotTillitsIsAnErrorAtItsAPIVersion() throws {
    let folder = try TemporaryFolder()
    let deploy = try folder.write("deploy.yaml", "# k8s\napiVersion: apps/v1\nkind: Deployment\n")
    let result = WorkspaceLoader(requiresOrganization: false).load(paths: [deploy])
    #expect(result.hasErrors)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.location == SourceLocation(file: deploy, line: 2, column: 13))
    #expect(diagnostic.message.en.contains("the file is not a tillit document"))
    #expect(diagnostic.message.en.contains("apiVersion: tillit/v1"))
    #expect(diagnostic.message.sv.contains("filen är inte ett tillit-dokument"))
  }

  @Test func aBrokenFileThatMentionsTillitIsReportedAndOneThatDoesNotIsSkipped() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try folder.write("broken-tillit.yaml", "apiVersion: \"tillit/v1\"\nkind: FollowUp\nid: [x\n")
    try folder.write("broken-other.yaml", "steps: [unclosed\n")
    let result = WorkspaceLoader().load(paths: [folder.path])
    #expect(result.hasErrors)
    #expect(Set(result.diagnostics.map { $0.location?.file }) == [folder.path + "/broken-tillit.yaml"])
    #expect(result.skipped.map(\.reason) == [.unparsableAndNotTillit])
  }

  @Test func aTillitKindWithoutAPIVersionIsReportedNotSkipped() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try folder.write("forgot.yaml", "kind: FollowUp\nid: a\nname: A\n")
    let result = WorkspaceLoader().load(paths: [folder.path])
    #expect(result.hasErrors)
    #expect(result.diagnostics.contains { $0.message.en.contains("apiVersion") })
    #expect(result.skipped.isEmpty)
  }

  @Test func anUnsupportedTillitVersionIsStillTillitsAndReported() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try folder.write("future.yaml", "apiVersion: tillit/v2\nkind: FollowUp\nid: a\nname: A\n")
    let result = WorkspaceLoader().load(paths: [folder.path])
    #expect(result.diagnostics.contains { $0.message.en.contains("is not supported") })
  }

  @Test func excludeWinsOverIncludeAndPatternsCountFromTheRoot() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try folder.write("docs/a.yaml", WorkspaceLoaderTests.followUp("a"))
    try folder.write("docs/drafts/b.yaml", WorkspaceLoaderTests.followUp("b"))
    try folder.write("vendor/deep/c.yaml", "not: [valid")
    let selection = FileSelection(
      root: URL(fileURLWithPath: folder.path).resolvingSymlinksInPath().path,
      include: [PathGlob("organization.yaml"), PathGlob("docs/**")],
      exclude: [PathGlob("**/drafts/*.yaml"), PathGlob("vendor/**")], respectsGitIgnore: false)
    let result = WorkspaceLoader().load(paths: [folder.path], selection: selection)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    #expect(result.workspace.documents.map(\.id).sorted() == ["a", "org"])
    #expect(
      result.skipped.map(\.reason) == [.excluded("**/drafts/*.yaml"), .excluded("vendor/**")])
  }

  @Test func globsMatchWholePartsAndDoubleStarAnyNumberOfThem() {
    #expect(PathGlob("**/*.yaml").matches("a.yaml"))
    #expect(PathGlob("**/*.yaml").matches("x/y/a.yaml"))
    #expect(!PathGlob("*.yaml").matches("x/a.yaml"))
    #expect(PathGlob("./docs/*.y?ml").matches("docs/a.yaml"))
    #expect(PathGlob("a/**/b.yaml").matches("a/b.yaml"))
    #expect(!PathGlob("a/**/b.yaml").matches("ab.yaml"))
    #expect(PathGlob("vendor/**").matchesEverythingBelow("vendor"))
    #expect(!PathGlob("vendor/*.yaml").matchesEverythingBelow("vendor"))
  }

  @Test func aPatternNamingAFolderCoversEverythingBelowIt() throws {
    #expect(PathGlob("vendor").covers("vendor/deep/a.yaml"))
    #expect(PathGlob("vendor/").covers("vendor/a.yaml"))
    #expect(PathGlob("**/drafts").covers("x/drafts/a.yaml"))
    #expect(!PathGlob("vendor").covers("vendored/a.yaml"))
    #expect(PathGlob("vendor").matchesEverythingBelow("vendor"))
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try folder.write("workspace/a.yaml", WorkspaceLoaderTests.followUp("a"))
    try folder.write("workspace/drafts/b.yaml", "not: [valid")
    let selection = FileSelection(
      root: URL(fileURLWithPath: folder.path).resolvingSymlinksInPath().path,
      include: [PathGlob("organization.yaml"), PathGlob("workspace")], exclude: [PathGlob("workspace/drafts/")],
      respectsGitIgnore: false)
    let result = WorkspaceLoader().load(paths: [folder.path], selection: selection)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    #expect(result.workspace.documents.map(\.id).sorted() == ["a", "org"])
    #expect(relative(result.skipped.map(\.path), to: folder) == ["workspace/drafts/"])
  }

  @Test func gitIgnoredFilesAndFoldersAreSkippedOnlyWhenAsked() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try folder.write(".gitignore", "build/\n*.local.yaml\n")
    try folder.write("build/generated.yaml", "apiVersion: tillit/v1\nkind: [broken\n")
    try folder.write("mine.local.yaml", "apiVersion: tillit/v1\nkind: [broken\n")
    let git = Process()
    git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    git.arguments = ["git", "-C", folder.path, "init", "-q"]
    try git.run()
    git.waitUntilExit()
    let respecting = WorkspaceLoader().load(paths: [folder.path], selection: FileSelection())
    #expect(respecting.diagnostics.isEmpty, "\(respecting.diagnostics)")
    #expect(relative(respecting.skipped.map(\.path), to: folder) == ["build/", "mine.local.yaml"])
    #expect(respecting.skipped.allSatisfy { $0.reason == .gitIgnored })
    let everything = WorkspaceLoader().load(paths: [folder.path], selection: FileSelection(respectsGitIgnore: false))
    #expect(everything.hasErrors)
  }

  @Test func outsideGitNothingIsIgnored() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try folder.write(".gitignore", "*.local.yaml\n")
    try folder.write("mine.local.yaml", WorkspaceLoaderTests.followUp("mine"))
    let result = WorkspaceLoader().load(paths: [folder.path], selection: FileSelection())
    #expect(result.workspace.documents.map(\.id).contains("mine"))
  }

  @Test func packFilesInUseAreNeverDocuments() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    let pack = try folder.write("policies/own.yaml", "not: [valid")
    let selection = FileSelection(respectsGitIgnore: false, notDocuments: [pack])
    let result = WorkspaceLoader().load(paths: [folder.path], selection: selection)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    #expect(result.skipped.map(\.reason) == [.notADocumentFile])
  }

  @Test func theConfigurationsIncludeAndExcludeReachTheSelection() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("tillit.yaml", "include: ['**/*.yaml']\nexclude: [vendor/**]\npacks: [own.yaml]\n")
    let (configuration, diagnostics) = Configuration.load(file)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let selection = try #require(configuration).fileSelection(gitIgnore: true, packFiles: [])
    #expect(selection.include == [PathGlob("**/*.yaml")])
    #expect(selection.exclude == [PathGlob("vendor/**")])
    #expect(selection.notDocuments == [file, folder.path + "/own.yaml"])
  }
}
