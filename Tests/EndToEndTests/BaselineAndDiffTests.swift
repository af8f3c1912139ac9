import Foundation
import Testing

/// Baselines keyed on fingerprints, and `tillit diff` against a git revision.
@Suite struct BaselineAndDiffTests {
  static let organization =
    "apiVersion: tillit/v1\nkind: Organization\nid: o\nname: O\nroles: [{id: teacher, headcount: 10, hourly_cost: 400}]\n"
  static func followUp(_ id: String, minutes: Int = 30, statement: Bool = true) -> String {
    """
    apiVersion: tillit/v1
    kind: FollowUp
    id: \(id)
    name: \(id)
    owner: {function: hr}
    \(statement ? "purpose: {statement: Lärande om arbetsmiljön, types: [learning]}" : "purpose: {types: [learning]}")
    respondents: [{role: teacher, minutes_per_response: \(minutes), frequency: monthly}]

    """
  }

  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-baseline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  func write(_ text: String, _ name: String, in folder: URL) throws {
    try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  func tillit(_ arguments: [String], in folder: URL) throws -> TillitBinary.Run {
    try TillitBinary.run(arguments + ["--today", "2026-11-29"], currentDirectory: folder)
  }

  @Test func aBaselineSurvivesInsertedLinesAndHidesOnlyKnownFindings() throws {
    let ws = try folder()
    defer { try? FileManager.default.removeItem(at: ws) }
    try write(Self.organization, "org.yaml", in: ws)
    try write(Self.followUp("a", statement: false), "a.yaml", in: ws)
    #expect(try tillit(["check", "."], in: ws).exitCode == 1)
    let created = try tillit(["baseline", "create", "."], in: ws)
    #expect(created.exitCode == 0, "\(created.standardError)")
    #expect(FileManager.default.fileExists(atPath: ws.appendingPathComponent(".tillit-baseline.json").path))

    // Lines inserted above the finding: still known.
    try write("# En kommentar\n# och en till\n" + Self.followUp("a", statement: false), "a.yaml", in: ws)
    let moved = try tillit(["check", ".", "--baseline", ".tillit-baseline.json"], in: ws)
    #expect(moved.exitCode == 0, "\(moved.standardOutput)")
    #expect(moved.standardOutput.contains("baselined"))

    // The same rule in another document is new and fails the run.
    try write(Self.followUp("b", statement: false), "b.yaml", in: ws)
    let another = try tillit(["check", ".", "--baseline", ".tillit-baseline.json"], in: ws)
    #expect(another.exitCode == 1)
    #expect(another.standardOutput.contains("b.yaml"))
  }

  @Test func createRefusesToOverwriteAndPruneDropsWhatNoLongerMatches() throws {
    let ws = try folder()
    defer { try? FileManager.default.removeItem(at: ws) }
    try write(Self.organization, "org.yaml", in: ws)
    try write(Self.followUp("a", statement: false), "a.yaml", in: ws)
    #expect(try tillit(["baseline", "create", "."], in: ws).exitCode == 0)
    let again = try tillit(["baseline", "create", "."], in: ws)
    #expect(again.exitCode == 2)
    #expect(again.standardError.contains("already exists"))
    let before = try String(contentsOf: ws.appendingPathComponent(".tillit-baseline.json"), encoding: .utf8)
    #expect(before.contains("TRUST-P01"))
    // Fix the gap: prune drops its entry.
    try write(Self.followUp("a"), "a.yaml", in: ws)
    let pruned = try tillit(["baseline", "prune", "."], in: ws)
    #expect(pruned.exitCode == 0)
    let after = try String(contentsOf: ws.appendingPathComponent(".tillit-baseline.json"), encoding: .utf8)
    #expect(!after.contains("TRUST-P01"))
    #expect(after.count < before.count)
  }

  func git(_ arguments: [String], in folder: URL) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-c", "user.email=test@tillit", "-c", "user.name=tillit"] + arguments
    process.currentDirectoryURL = folder
    process.standardOutput = Pipe()
    process.standardError = Pipe()
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "git \(arguments)")
  }

  @Test func diffReportsWhatAChangeIntroducesWithoutTouchingTheWorkTree() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else {
      print("skipped: git is absent")
      return
    }
    let repo = try folder()
    defer { try? FileManager.default.removeItem(at: repo) }
    try FileManager.default.createDirectory(at: repo.appendingPathComponent("ws"), withIntermediateDirectories: true)
    try write(Self.organization, "ws/org.yaml", in: repo)
    try write(Self.followUp("a"), "ws/a.yaml", in: repo)
    try git(["init", "-q"], in: repo)
    try git(["add", "-A"], in: repo)
    try git(["commit", "-qm", "base"], in: repo)
    // The change: a gap and more minutes for the teachers (10 × 30 min more × 12 = 60 h).
    try write(Self.followUp("a", minutes: 60, statement: false), "ws/a.yaml", in: repo)
    try git(["commit", "-qam", "change"], in: repo)
    try write(
      "# ändrat men inte incheckat\n" + Self.followUp("a", minutes: 60, statement: false), "ws/a.yaml", in: repo)
    let before = try String(contentsOf: repo.appendingPathComponent("ws/a.yaml"), encoding: .utf8)

    let run = try tillit(["diff", "--base", "HEAD~1", "ws"], in: repo)
    #expect(run.exitCode == 1, "\(run.standardError)")
    #expect(run.standardOutput.contains("New findings (1)"))
    #expect(run.standardOutput.contains("TRUST-P01"))
    #expect(run.standardOutput.contains("this change adds 60.0 hours a year for teacher"))
    let markdown = try tillit(
      ["diff", "--base", "HEAD~1", "ws", "--format", "markdown", "--fail-on", "never"], in: repo)
    #expect(markdown.exitCode == 0)
    #expect(markdown.standardOutput.hasPrefix("## tillit: changes against HEAD~1"))

    // The work tree and the index are as they were.
    #expect(try String(contentsOf: repo.appendingPathComponent("ws/a.yaml"), encoding: .utf8) == before)
    let status = Process()
    status.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    status.arguments = ["git", "status", "--porcelain"]
    status.currentDirectoryURL = repo
    let pipe = Pipe()
    status.standardOutput = pipe
    try status.run()
    let porcelain = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    status.waitUntilExit()
    #expect(porcelain == " M ws/a.yaml\n")
  }

  @Test func diffAgainstAnUnknownRevisionExitsTwoNamingIt() throws {
    let run = try TillitBinary.run(["diff", "--base", "no-such-revision-xyz", "examples/exempelby"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("--base no-such-revision-xyz: no such revision in the repository"))
  }

  /// A repository holding `ws/` with an Organization and a follow-up, committed twice: the
  /// second commit adds a gap (TRUST-P01). Nil when git is absent.
  func repositoryWithAChange() throws -> URL? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else {
      print("skipped: git is absent")
      return nil
    }
    let repo = try folder()
    try FileManager.default.createDirectory(at: repo.appendingPathComponent("ws"), withIntermediateDirectories: true)
    try write(Self.organization, "ws/org.yaml", in: repo)
    try write(Self.followUp("a"), "ws/a.yaml", in: repo)
    try git(["init", "-q"], in: repo)
    try git(["add", "-A"], in: repo)
    try git(["commit", "-qm", "base"], in: repo)
    try write(Self.followUp("a", statement: false), "ws/a.yaml", in: repo)
    try git(["commit", "-qam", "change"], in: repo)
    return repo
  }

  @Test func diffRefusesAPathThatLeavesTheRepositoryInsteadOfReadingTheLiveFiles() throws {
    guard let repo = try repositoryWithAChange() else { return }
    defer { try? FileManager.default.removeItem(at: repo) }
    let outside = repo.deletingLastPathComponent().appendingPathComponent(repo.lastPathComponent + "-outside")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: outside) }
    try write(Self.organization, "org.yaml", in: outside)
    let given = "../" + outside.lastPathComponent
    let run = try tillit(["diff", "--base", "HEAD~1", given], in: repo)
    #expect(run.exitCode == 2)
    #expect(
      run.standardError.hasPrefix(
        "\(given): error: the path lies outside the git repository, so the revision does not hold it"),
      "\(run.standardError)")
    let absolute = try tillit(["diff", "--base", "HEAD~1", outside.path], in: repo)
    #expect(absolute.exitCode == 2)
    #expect(absolute.standardError.contains("outside the git repository"))
  }

  @Test func diffTakesAnAbsolutePathInsideTheRepository() throws {
    guard let repo = try repositoryWithAChange() else { return }
    defer { try? FileManager.default.removeItem(at: repo) }
    let given = repo.appendingPathComponent("ws").path
    let run = try tillit(["diff", "--base", "HEAD~1", given], in: repo)
    #expect(run.exitCode == 1, "\(run.standardError)")
    #expect(run.standardOutput.contains("New findings (1)"))
    #expect(run.standardOutput.contains("\(given)/a.yaml:"))
    #expect(!run.standardOutput.contains("tillit-diff-"))
    // From a subfolder, a relative path that climbs back up but stays inside works too.
    let sub = try tillit(["diff", "--base", "HEAD~1", "../ws"], in: repo.appendingPathComponent("ws"))
    #expect(sub.exitCode == 1, "\(sub.standardError)")
    #expect(sub.standardOutput.contains("New findings (1)"))
  }

  @Test func diffOutsideARepositorySaysSoWithGitsWords() throws {
    let ws = try folder()
    defer { try? FileManager.default.removeItem(at: ws) }
    try write(Self.organization, "org.yaml", in: ws)
    let run = try TillitBinary.run(
      ["diff", "--base", "HEAD", "."], environment: ["GIT_CEILING_DIRECTORIES": ws.deletingLastPathComponent().path],
      currentDirectory: ws)
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("error: the current folder is not inside a git repository"))
    #expect(run.standardError.contains("note: git: fatal: not a git repository"))
  }
}
