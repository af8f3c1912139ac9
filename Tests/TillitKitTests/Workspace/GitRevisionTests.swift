import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Paths given to `tillit diff` are placed inside the exported revision, never beside it.
@Suite struct GitRevisionTests {
  let revision = GitRevision(
    folder: URL(fileURLWithPath: "/tmp/tillit-diff-x"), top: "/nonexistent-repo",
    currentDirectory: "/nonexistent-repo/ws")

  @Test func relativeAndAbsolutePathsInsideTheRepositoryLandInTheRevision() throws {
    #expect(try revision.path(for: ".") == "/tmp/tillit-diff-x/ws")
    #expect(try revision.path(for: "a.yaml") == "/tmp/tillit-diff-x/ws/a.yaml")
    #expect(try revision.path(for: "../other/./b.yaml") == "/tmp/tillit-diff-x/other/b.yaml")
    #expect(try revision.path(for: "..") == "/tmp/tillit-diff-x")
    #expect(try revision.path(for: "/nonexistent-repo/ws/sub") == "/tmp/tillit-diff-x/ws/sub")
  }

  @Test func pathsLeavingTheRepositoryAreRefusedNamingThePathAsGiven() {
    for given in ["../..", "../../ws0", "/etc", "/nonexistent-repo-2/ws", "../../nonexistent-repo/../x"] {
      #expect(throws: GitRevision.Failure.pathOutsideRepository(given)) { try revision.path(for: given) }
    }
    let diagnostic = GitRevision.Failure.pathOutsideRepository("../ws0").diagnostic
    #expect(diagnostic.location == SourceLocation(file: "../ws0", line: 0, column: 0))
  }

  @Test func normalizingNeverClimbsAboveTheRoot() {
    #expect(GitRevision.normalized("/a/../../b//./c/") == "/b/c")
    #expect(GitRevision.normalized("/..") == "/")
  }
}
