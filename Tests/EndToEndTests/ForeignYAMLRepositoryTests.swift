import Foundation
import Testing

/// A real repository holds other tools' YAML beside a tillit workspace: every command that
/// reads documents takes the same files, tillit's alone.
@Suite struct ForeignYAMLRepositoryTests {
  static let followUp = """
    apiVersion: tillit/v1
    kind: FollowUp
    id: arbetsmiljo
    name: Arbetsmiljöuppföljning
    owner: {function: hr}
    purpose: {statement: Lärande om arbetsmiljön, types: [learning]}
    respondents: [{role: teacher, minutes_per_response: 30, frequency: monthly}]

    """

  /// Other YAML as such repositories hold it, some of it broken or not tillit-shaped at all.
  static let otherFiles: [(String, String)] = [
    ("mkdocs.yml", "site_name: Handbok\nnav:\n  - index.md\nmarkdown_extensions: [admonition]\n"),
    (
      ".github/workflows/ci.yml",
      "name: ci\non: [push]\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n"
    ),
    (".pre-commit-config.yaml", "repos:\n  - repo: local\n    hooks: []\n"),
    ("docker-compose.yml", "services:\n  web:\n    image: nginx\n    ports: [\"80:80\"]\n"),
    ("deploy/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\n"),
    ("site/template.yaml", "title: {{ page.title }\n"),
    ("build/generated.yaml", "apiVersion: tillit/v1\nkind: [broken\n"),
  ]

  func git(_ arguments: [String], in folder: URL) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-c", "user.email=test@tillit", "-c", "user.name=tillit"] + arguments
    process.currentDirectoryURL = folder
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "git \(arguments)")
  }

  func repository() throws -> URL {
    let repo = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-foreign-\(UUID().uuidString)")
    let files =
      Self.otherFiles + [
        (".gitignore", "build/\n"),
        ("tillit.yaml", "exclude: [workspace/drafts/**]\n"),
        ("workspace/organization.yaml", BaselineAndDiffTests.organization),
        ("workspace/followups/arbetsmiljo.yaml", Self.followUp),
        ("workspace/drafts/half.yaml", "apiVersion: tillit/v1\nkind: FollowUp\nid: [\n"),
      ]
    for (path, text) in files {
      let url = repo.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    try git(["init", "-q"], in: repo)
    try git(["add", "-A"], in: repo)
    try git(["commit", "-qm", "start"], in: repo)
    return repo
  }

  /// Runs tillit in `folder`; commands that judge dates get a fixed today.
  func tillit(_ arguments: [String], in folder: URL) throws -> TillitBinary.Run {
    let dated = ["check", "baseline", "diff", "burden", "ropa"].contains(arguments[0])
    return try TillitBinary.run(arguments + (dated ? ["--today", "2026-11-29"] : []), currentDirectory: folder)
  }

  @Test func everyCommandReadsOnlyTheWorkspaceInARepositoryFullOfOtherYAML() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else { return }
    let repo = try repository()
    defer { try? FileManager.default.removeItem(at: repo) }

    let check = try tillit(["check", ".", "--format", "json"], in: repo)
    #expect(check.exitCode == 0, "\(check.standardError)\(check.standardOutput)")
    #expect(check.standardOutput.contains("\"documents\" : 2") || check.standardOutput.contains("\"documents\":2"))
    for (path, _) in Self.otherFiles {
      #expect(!check.standardOutput.contains(path), "\(path) in the report")
    }
    #expect(check.standardError.isEmpty, "\(check.standardError)")

    let validate = try tillit(["validate", "."], in: repo)
    #expect(validate.exitCode == 0, "\(validate.standardError)")
    #expect(validate.standardOutput.contains("2 documents in 2 files"), "\(validate.standardOutput)")

    let baseline = try tillit(["baseline", "create", "."], in: repo)
    #expect(baseline.exitCode == 0, "\(baseline.standardError)")
    let diff = try tillit(["diff", "--base", "HEAD", "."], in: repo)
    #expect(diff.exitCode == 0, "\(diff.standardError)\(diff.standardOutput)")
    let burden = try tillit(["burden", "."], in: repo)
    #expect(burden.exitCode == 0, "\(burden.standardError)")
    #expect(burden.standardOutput.contains("arbetsmiljo"))
    let ropa = try tillit(["ropa", "."], in: repo)
    #expect(ropa.exitCode == 0, "\(ropa.standardError)")
  }

  @Test func verboseListsEverySkippedFileWithItsReason() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else { return }
    let repo = try repository()
    defer { try? FileManager.default.removeItem(at: repo) }
    let run = try tillit(["validate", ".", "--verbose"], in: repo)
    #expect(run.exitCode == 0, "\(run.standardError)")
    let lines = run.standardError.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "skipping ./build/: git ignores it (.gitignore); --no-gitignore takes it in",
        "skipping ./deploy/app.yaml: no document in the file says apiVersion: tillit/…",
        "skipping ./docker-compose.yml: no document in the file says apiVersion: tillit/…",
        "skipping ./mkdocs.yml: no document in the file says apiVersion: tillit/…",
        "skipping ./site/template.yaml: the file is not valid YAML and does not mention apiVersion: tillit/",
        "skipping ./workspace/drafts/: left out by the pattern 'workspace/drafts/**' under exclude in tillit.yaml",
      ])
    let swedish = try tillit(["validate", ".", "--verbose", "--lang", "sv"], in: repo)
    #expect(
      swedish.standardError.contains("hoppar över ./mkdocs.yml: inget dokument i filen anger apiVersion: tillit/…"))
  }

  @Test func diffListsTheSkippedFilesOfTheWorkTreeOnceAndNotThoseOfTheRevisionCopy() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else { return }
    let repo = try repository()
    defer { try? FileManager.default.removeItem(at: repo) }
    let run = try tillit(["diff", "--base", "HEAD", ".", "--verbose"], in: repo)
    #expect(run.exitCode == 0, "\(run.standardError)")
    let lines = run.standardError.split(separator: "\n")
    #expect(
      lines.filter { $0.contains("mkdocs.yml") } == [
        "skipping ./mkdocs.yml: no document in the file says apiVersion: tillit/…"
      ])
    #expect(lines.allSatisfy { $0.hasPrefix("skipping ./") }, "\(run.standardError)")
  }

  @Test func noGitignoreReadsIgnoredFilesToo() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else { return }
    let repo = try repository()
    defer { try? FileManager.default.removeItem(at: repo) }
    let run = try tillit(["validate", ".", "--no-gitignore"], in: repo)
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("build/generated.yaml"))
  }

  @Test func aNamedFileThatIsNotTillitsExitsTwoSayingWhatATillitDocumentIs() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else { return }
    let repo = try repository()
    defer { try? FileManager.default.removeItem(at: repo) }
    let run = try tillit(["check", "mkdocs.yml", "workspace"], in: repo)
    #expect(run.exitCode == 2)
    #expect(
      run.standardError.contains(
        "mkdocs.yml: error: the file is not a tillit document (no document in the file says apiVersion: tillit/…); a tillit document starts with apiVersion: tillit/v1"
      ), "\(run.standardError)")
  }
}
