import Foundation
import Testing

/// The hooks in `.pre-commit-hooks.yaml`, run by the real `pre-commit` tool (PyPI) in a
/// throw-away repository that holds other YAML beside a tillit workspace: a commit that
/// breaks a document is refused, the commit that fixes it goes through.
@Suite(.serialized)
struct PreCommitHookTests {
  /// `pre-commit` on PATH. Absent on a developer's machine the tests say so and pass; under
  /// CI (`CI` set; `.ci/run` installs it) its absence fails them: a skipped hook test is not
  /// a passed one.
  static func preCommit(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/pre-commit"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    if let ci = ProcessInfo.processInfo.environment["CI"], !ci.isEmpty, ci != "false" {
      Issue.record(
        "pre-commit is not on PATH, and CI must run the hook tests (pip install pre-commit)",
        sourceLocation: sourceLocation)
    } else {
      print("skipped: pre-commit is not on PATH (pip install pre-commit)")
    }
    return nil
  }

  /// A repository whose pre-commit configuration uses this package's hooks file, committed
  /// to a hooks repository of its own (so that the file as it is now is what runs).
  static func repositoryWithHooks(_ hooks: String) throws -> ScratchRepository {
    let hooksRepository = try ScratchRepository(name: "hooks")
    try hooksRepository.copy(fromPackage: ".pre-commit-hooks.yaml", to: ".pre-commit-hooks.yaml")
    try hooksRepository.commitAll("Hooks")
    let revision = try hooksRepository.git("rev-parse", "HEAD").standardOutput
      .trimmingCharacters(in: .whitespacesAndNewlines)

    let repository = try ScratchRepository()
    try repository.copy(fromPackage: "examples/exempelby", to: "workspace")
    try repository.copy(fromPackage: "examples/ci/github-actions.yml", to: ".github/workflows/tillit.yml")
    try repository.write("mkdocs.yml", "site_name: Uppföljning\nnav:\n  - Hem: index.md\n")
    try repository.write(
      ".pre-commit-config.yaml",
      """
      repos:
        - repo: \(hooksRepository.root.path)
          rev: \(revision)
          hooks:
      \(hooks)
      """)
    return repository
  }

  /// Commits everything through the installed hook; the run says whether the hook let it.
  /// git gives a hook's output to standard error.
  static func commit(_ repository: ScratchRepository, _ message: String) throws -> ScratchRepository.Run {
    try repository.shell(
      "git add -A && git commit -q -m \(ScratchRepository.quoted(message))",
      extra: ["PRE_COMMIT_HOME": repository.base.appendingPathComponent("pre-commit-cache").path])
  }

  static func commitCount(_ repository: ScratchRepository) throws -> String {
    try repository.git("rev-list", "--count", "HEAD").standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func hooksRefuseACommitThatBreaksADocumentAndAcceptTheFixBesideOtherYAML() throws {
    guard let preCommit = Self.preCommit() else { return }
    let repository = try Self.repositoryWithHooks(
      """
            - id: tillit-validate
              args: [workspace/]
            - id: tillit-check
              args: [workspace/, --baseline, .tillit-baseline.json]

      """)
    defer { repository.remove() }
    let baseline = try repository.shell("tillit baseline create workspace/")
    #expect(baseline.exitCode == 0, "\(baseline.transcript)")
    let install = try repository.shell("\(ScratchRepository.quoted(preCommit)) install")
    #expect(install.exitCode == 0, "\(install.transcript)")

    // The first commit holds every file, mkdocs.yml and the workflow among them.
    let first = try Self.commit(repository, "Workspace, baseline and other YAML")
    #expect(first.exitCode == 0, "\(first.transcript)")
    #expect(try Self.commitCount(repository) == "1")

    let document = "workspace/followups/klimatredovisning.yaml"
    let good = try repository.read(document)
    try repository.write(document, good.replacingOccurrences(of: "kind: FollowUp", with: "kind: [FollowUp"))
    let broken = try Self.commit(repository, "A broken document")
    #expect(broken.exitCode != 0, "\(broken.transcript)")
    #expect(broken.standardError.contains("tillit validate") && broken.standardError.contains("Failed"))
    #expect(broken.standardError.contains("\(document):"), "\(broken.transcript)")
    #expect(try Self.commitCount(repository) == "1")

    try repository.write(document, good)
    try repository.write("mkdocs.yml", "site_name: Uppföljning och tillit\n")
    let fixed = try Self.commit(repository, "The document mended, mkdocs renamed")
    #expect(fixed.exitCode == 0, "\(fixed.transcript)")
    #expect(try Self.commitCount(repository) == "2")
  }

  @Test func checkHookRefusesACommitWithANewErrorFindingWhileValidatePasses() throws {
    guard let preCommit = Self.preCommit() else { return }
    let repository = try Self.repositoryWithHooks(
      """
            - id: tillit-validate
              args: [workspace/]
            - id: tillit-check
              args: [workspace/, --baseline, .tillit-baseline.json]

      """)
    defer { repository.remove() }
    #expect(try repository.shell("tillit baseline create workspace/").exitCode == 0)
    #expect(try repository.shell("\(ScratchRepository.quoted(preCommit)) install").exitCode == 0)
    #expect(try Self.commit(repository, "Start").exitCode == 0)

    try repository.write(
      "workspace/waivers/w-2025-009.yaml",
      """
      apiVersion: tillit/v1
      kind: Waiver
      id: w-2025-009
      rule: GDPR-PRI-007
      target: passersystem
      reason: Ny rutin för gallring tas fram
      approved_by: Kommundirektör
      until: 2025-06-30

      """)
    let refused = try Self.commit(repository, "An expired waiver")
    #expect(refused.exitCode != 0, "\(refused.transcript)")
    let lines = refused.standardError.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("tillit validate") && $0.hasSuffix("Passed") }, "\(refused.transcript)")
    #expect(lines.contains { $0.hasPrefix("tillit check") && $0.hasSuffix("Failed") }, "\(refused.transcript)")
    #expect(refused.standardError.contains("TILLIT-WAIVER-EXPIRED"))
    #expect(try Self.commitCount(repository) == "1")
  }

  /// With tillit skipping YAML that is not a tillit document (another branch), the hooks'
  /// default — the whole repository — works beside mkdocs, workflow and pre-commit YAML.
  @Test
  func hooksWithTheirDefaultArgumentsWorkAtTheRepositoryRoot() throws {
    guard let preCommit = Self.preCommit() else { return }
    let repository = try Self.repositoryWithHooks(
      """
            - id: tillit-validate
            - id: tillit-check
              args: [., --baseline, .tillit-baseline.json]

      """)
    defer { repository.remove() }
    #expect(try repository.shell("tillit baseline create .").exitCode == 0)
    #expect(try repository.shell("\(ScratchRepository.quoted(preCommit)) install").exitCode == 0)
    let first = try Self.commit(repository, "Start")
    #expect(first.exitCode == 0, "\(first.transcript)")
  }
}
