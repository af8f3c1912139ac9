import Foundation
import Testing

/// The version `scripts/release` gives a binary: the git tag (`git describe --tags`, the
/// leading "v" dropped), else the version written in the code. Run with `--print-version`
/// in a throw-away repository holding the script and the version file, so that no build is
/// needed.
struct ReleaseVersionTests {
  static func repository() throws -> ScratchRepository {
    let repository = try ScratchRepository()
    try repository.copy(fromPackage: "scripts/release", to: "scripts/release")
    try repository.copy(
      fromPackage: "Sources/TillitYAML/TillitVersion.swift", to: "Sources/TillitYAML/TillitVersion.swift")
    try repository.commitAll("The release script and the version")
    return repository
  }

  static var codeVersion: String {
    get throws {
      let text = try String(
        contentsOf: TillitBinary.packageRoot.appendingPathComponent("Sources/TillitYAML/TillitVersion.swift"),
        encoding: .utf8)
      let line = try #require(text.split(separator: "\n").first { $0.contains("public static let current = \"") })
      return String(line.split(separator: "\"")[1])
    }
  }

  @Test func releaseVersionIsTheGitTagWithoutItsLeadingV() throws {
    let repository = try Self.repository()
    defer { repository.remove() }
    try repository.git("tag", "v1.2.3")
    let tagged = try repository.shell("scripts/release --print-version")
    #expect(tagged.exitCode == 0, "\(tagged.transcript)")
    #expect(tagged.standardOutput == "1.2.3\n")

    try repository.write("NOTES.md", "later\n")
    try repository.commitAll("A commit after the tag")
    let later = try repository.shell("scripts/release --print-version")
    let commit = try repository.git("rev-parse", "--short", "HEAD").standardOutput
      .trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(later.standardOutput == "1.2.3-1-g\(commit)\n", "\(later.transcript)")
  }

  @Test func releaseVersionWithoutATagIsTheVersionInTheCode() throws {
    let repository = try Self.repository()
    defer { repository.remove() }
    let run = try repository.shell("scripts/release --print-version")
    #expect(run.exitCode == 0, "\(run.transcript)")
    #expect(run.standardOutput == (try Self.codeVersion) + "\n")
  }

  @Test func releaseRefusesAVersionThatIsNotAVersion() throws {
    let repository = try Self.repository()
    defer { repository.remove() }
    let run = try repository.shell("scripts/release --print-version --version '1.0; rm -rf /'")
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("may hold only letters, digits"))
    #expect(run.standardOutput.isEmpty)
  }
}
