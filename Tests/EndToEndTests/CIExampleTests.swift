import Foundation
import Testing

/// The GitHub Action (`action.yml`) and the GitLab template (`examples/ci/gitlab-ci.yml`)
/// run as written: their shell commands are taken from the YAML files themselves and run in
/// a throw-away git repository that holds only YAML (no Package.swift), with the built tillit
/// on PATH. A first run without a baseline, a run after the baseline is committed, and a
/// pull-request run with a base revision whose check fails yet still writes SARIF, JUnit and
/// the comment.
@Suite(.serialized)
struct CIExampleTests {
  /// A workspace at `workspace/` (the shipped example) beside the YAML every real
  /// repository has — a workflow, mkdocs and pre-commit configuration — which the check
  /// must not read, because it is given `workspace/`.
  static func userRepository(origin: Bool) throws -> ScratchRepository {
    let repository = try ScratchRepository()
    try repository.copy(fromPackage: "examples/exempelby", to: "workspace")
    try repository.copy(fromPackage: "examples/ci/github-actions.yml", to: ".github/workflows/tillit.yml")
    try repository.copy(fromPackage: "examples/ci/gitlab-ci.yml", to: "ci/tillit.gitlab-ci.yml")
    try repository.write("mkdocs.yml", "site_name: Uppföljning\nnav:\n  - Hem: index.md\n")
    try repository.write(".pre-commit-config.yaml", "repos: []\n")
    try repository.commitAll("A workspace beside other YAML")
    if origin {
      // A remote to fetch the base branch from, as CI checkouts have.
      let bare = repository.base.appendingPathComponent("origin.git").path
      try repository.git("init", "-q", "--bare", bare)
      try repository.git("remote", "add", "origin", bare)
      try repository.git("push", "-q", "origin", "main")
    }
    return repository
  }

  /// A pull request's change: a waiver that has already run out, which is itself an error
  /// finding (TILLIT-WAIVER-EXPIRED) the baseline does not know.
  static func addExpiredWaiver(to repository: ScratchRepository) throws {
    try repository.git("checkout", "-q", "-b", "feature")
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
    try repository.commitAll("An expired waiver")
  }

  // MARK: - GitHub Action

  /// What one run of the action's shell steps left behind.
  struct ActionRun {
    var steps: [String: ScratchRepository.Run] = [:]
    var outputs: [String: [String: String]] = [:]
    var reports: URL
  }

  /// Runs the action's `run:` steps named in `stepIDs`, in the file's order, each as
  /// GitHub runs a `shell: bash` step (`bash --noprofile --norc -eo pipefail`), with its
  /// `env:` expressions filled from `inputs` (over the action's defaults) and the `github`,
  /// `runner` and `steps` contexts. A step the file does not have fails the test, as does an
  /// expression the test does not provide.
  static func runAction(
    _ stepIDs: [String], in repository: ScratchRepository, inputs: [String: String], event: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> ActionRun {
    let action = try CIFile("action.yml")
    let runnerTemp = repository.base.appendingPathComponent("runner-temp")
    try FileManager.default.createDirectory(at: runnerTemp, withIntermediateDirectories: true)
    var run = ActionRun(reports: runnerTemp.appendingPathComponent("tillit-reports"))
    var context: [String: String] = [
      "github.action_path": TillitBinary.packageRoot.path,
      "github.action_repository": "example/tillit",
      "github.event_name": event,
      "github.base_ref": event == "pull_request" ? "main" : "",
      "runner.temp": runnerTemp.path,
    ]
    for (name, value) in action.actionInputDefaults.merging(inputs, uniquingKeysWith: { $1 }) {
      context["inputs.\(name)"] = value
    }
    let steps = action.actionSteps
    for id in stepIDs {
      #expect(steps.contains { $0.id == id }, "action.yml has no step with id \(id)", sourceLocation: sourceLocation)
    }
    for step in steps where stepIDs.contains(step.id) {
      let script = try #require(step.script, "step \(step.id) has no run:", sourceLocation: sourceLocation)
      for (id, outputs) in run.outputs {
        for (name, value) in outputs { context["steps.\(id).outputs.\(name)"] = value }
      }
      var environment: [String: String] = [:]
      for (name, value) in step.environment {
        // An output a skipped or silent step did not set is empty, as on GitHub.
        let filled = CIFile.substitute(value, from: context) { $0.hasPrefix("steps.") ? "" : nil }
        #expect(
          filled.unknown.isEmpty, "step \(step.id): env \(name) uses \(filled.unknown)", sourceLocation: sourceLocation)
        environment[name] = filled.text
      }
      #expect(
        !script.contains("${{"), "step \(step.id) puts an expression into its script; pass it through env:",
        sourceLocation: sourceLocation)
      let outputFile = runnerTemp.appendingPathComponent("output-\(step.id)")
      _ = FileManager.default.createFile(atPath: outputFile.path, contents: Data())
      environment["GITHUB_OUTPUT"] = outputFile.path
      environment["GITHUB_PATH"] = runnerTemp.appendingPathComponent("path-\(step.id)").path
      environment["GITHUB_ACTIONS"] = "true"
      environment["RUNNER_TEMP"] = runnerTemp.path
      let result = try repository.shell(script, extra: environment, options: ["-eo", "pipefail"])
      run.steps[step.id] = result
      var outputs: [String: String] = [:]
      for line in try String(contentsOf: outputFile, encoding: .utf8).split(separator: "\n") {
        guard let equals = line.firstIndex(of: "=") else { continue }
        outputs[String(line[..<equals])] = String(line[line.index(after: equals)...])
      }
      run.outputs[step.id] = outputs
    }
    return run
  }

  @Test func actionStepsAfterTheCheckRunAlsoWhenItFails() throws {
    let steps = try CIFile("action.yml").actionSteps
    for id in ["diff", "comment"] {
      let step = try #require(steps.first { $0.id == id })
      #expect(step.condition.contains("always()"), "\(id): \(step.condition)")
    }
    let uploads = steps.filter { $0.uses?.contains("upload-sarif") == true || $0.uses?.contains("comment") == true }
    #expect(uploads.count == 2)
    for step in uploads { #expect(step.condition.contains("always()"), "\(step.name): \(step.condition)") }
    // Nothing is built in the user's repository: only the action's own source is.
    for step in steps {
      #expect(step.script?.contains("swift build") != true, "\(step.name) runs swift build")
    }
  }

  @Test func exampleWorkflowUsesTheActionWithInputsItHas() throws {
    let workflow = try CIFile("examples/ci/github-actions.yml")
    let action = try CIFile("action.yml")
    let steps = try #require(workflow.node("jobs", "check", "steps")).items
    let uses = try #require(steps.first { $0["uses"]?.text?.hasSuffix("/tillit@v1") == true })
    let known = Set(action.actionInputDefaults.keys)
    for input in CIFile.strings(uses["with"]).keys {
      #expect(known.contains(input), "the example gives the action an input it does not have: \(input)")
    }
    for step in steps {
      #expect(step["run"]?.text?.contains("swift build") != true, "the example builds in the user's repository")
    }
  }

  @Test func actionFirstRunWithoutBaselineChecksAndWritesEveryReport() throws {
    let repository = try Self.userRepository(origin: false)
    defer { repository.remove() }
    let run = try Self.runAction(
      ["source", "check"], in: repository, inputs: ["paths": "workspace/"], event: "push")
    #expect(run.steps["source"]?.exitCode == 0)
    #expect(run.outputs["source"]?["hash"]?.count == 32)
    let check = try #require(run.steps["check"])
    // The shipped example has error findings: without a baseline every one counts.
    #expect(check.exitCode == 1, "\(check.transcript)")
    #expect(run.outputs["check"]?["exit-code"] == "1")
    #expect(check.standardOutput.contains("::notice::No baseline .tillit-baseline.json"))
    #expect(check.standardOutput.contains("tillit baseline create"))
    #expect(check.standardOutput.contains("::error file=workspace/"))
    for report in ["tillit.sarif", "tillit-junit.xml", "tillit.md"] {
      #expect(FileManager.default.fileExists(atPath: run.reports.appendingPathComponent(report).path), "\(report)")
    }
    #expect(run.outputs["check"]?["sarif"] == run.reports.appendingPathComponent("tillit.sarif").path)
    let sarif = try JSONSerialization.jsonObject(
      with: Data(contentsOf: run.reports.appendingPathComponent("tillit.sarif")))
    #expect((sarif as? [String: Any])?["runs"] != nil)
  }

  @Test func actionWithCommittedBaselinePassesAndPullRequestRunCommentsTheDiffWhenTheCheckFails() throws {
    let repository = try Self.userRepository(origin: true)
    defer { repository.remove() }
    let create = try repository.shell("tillit baseline create workspace/")
    #expect(create.exitCode == 0, "\(create.transcript)")
    try repository.commitAll("Baseline")
    try repository.git("push", "-q", "origin", "main")

    let onMain = try Self.runAction(["check"], in: repository, inputs: ["paths": "workspace/"], event: "push")
    #expect(onMain.steps["check"]?.exitCode == 0, "\(onMain.steps["check"]?.transcript ?? "")")
    #expect(onMain.steps["check"]?.standardOutput.contains("::notice::") == false)

    try Self.addExpiredWaiver(to: repository)
    let pullRequest = try Self.runAction(
      ["check", "diff", "comment"], in: repository, inputs: ["paths": "workspace/", "lang": "sv"],
      event: "pull_request")
    let check = try #require(pullRequest.steps["check"])
    #expect(check.exitCode == 1, "\(check.transcript)")
    #expect(check.standardOutput.contains("w-2025-009"))
    let diff = try #require(pullRequest.steps["diff"])
    #expect(diff.exitCode == 0, "\(diff.transcript)")
    #expect(pullRequest.outputs["diff"]?["exit-code"] == "1")
    let diffText = try String(
      contentsOf: pullRequest.reports.appendingPathComponent("tillit-diff.md"), encoding: .utf8)
    #expect(diffText.contains("TILLIT-WAIVER-EXPIRED"), "\(diffText)")
    let comment = try #require(pullRequest.steps["comment"])
    #expect(comment.exitCode == 0, "\(comment.transcript)")
    let commentPath = try #require(pullRequest.outputs["comment"]?["path"])
    let body = try String(contentsOfFile: commentPath, encoding: .utf8)
    #expect(body.hasPrefix("<!-- tillit -->"))
    #expect(body.contains(diffText.trimmingCharacters(in: .whitespacesAndNewlines)))
    #expect(body.contains("w-2025-009"))
    for report in ["tillit.sarif", "tillit-junit.xml"] {
      #expect(FileManager.default.fileExists(atPath: pullRequest.reports.appendingPathComponent(report).path))
    }
  }

  @Test func actionCommentsAlsoWhenTheWorkspaceCannotBeRead() throws {
    let repository = try Self.userRepository(origin: true)
    defer { repository.remove() }
    try repository.git("checkout", "-q", "-b", "feature")
    try repository.write("workspace/followups/trasig.yaml", "apiVersion: tillit/v1\nkind: [FollowUp\n")
    try repository.commitAll("A document that cannot be read")
    let run = try Self.runAction(
      ["check", "diff", "comment"], in: repository, inputs: ["paths": "workspace/"], event: "pull_request")
    #expect(run.steps["check"]?.exitCode == 2, "\(run.steps["check"]?.transcript ?? "")")
    #expect(run.outputs["check"]?["exit-code"] == "2")
    #expect(run.steps["comment"]?.exitCode == 0, "\(run.steps["comment"]?.transcript ?? "")")
    let body = try String(contentsOfFile: try #require(run.outputs["comment"]?["path"]), encoding: .utf8)
    #expect(body.hasPrefix("<!-- tillit -->"))
    // Until load errors become report results, the comment says where to look instead.
    if !FileManager.default.fileExists(atPath: run.reports.appendingPathComponent("tillit.md").path) {
      #expect(body.contains("tillit check could not read its input (exit code 2): see the job's log."), "\(body)")
    }
  }

  @Test func actionCommentIsCutBelowGitHubsLimitAndSaysSo() throws {
    let repository = try ScratchRepository()
    defer { repository.remove() }
    let reports = repository.base.appendingPathComponent("runner-temp/tillit-reports")
    try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
    let line = "| TILLIT-X | workspace/a.yaml | ett fynd som upprepas för att göra kommentaren lång |\n"
    try Data(String(repeating: line, count: 2_000).utf8).write(to: reports.appendingPathComponent("tillit.md"))
    let run = try Self.runAction(["comment"], in: repository, inputs: [:], event: "pull_request")
    #expect(run.steps["comment"]?.exitCode == 0, "\(run.steps["comment"]?.transcript ?? "")")
    let body = try String(contentsOfFile: try #require(run.outputs["comment"]?["path"]), encoding: .utf8)
    #expect(body.count < 65_536)
    #expect(body.hasSuffix("… the comment is cut short; the whole report is in the job's log and in the SARIF file.\n"))
  }

  // MARK: - GitLab CI

  /// Runs the GitLab job as the runner does: `before_script` and `script` as one bash
  /// script (`-eo pipefail`), then `after_script` in a shell of its own, with the
  /// template's variables (overridden by `variables`).
  static func runGitLabJob(
    in repository: ScratchRepository, variables: [String: String]
  ) throws -> (script: ScratchRepository.Run, afterScript: ScratchRepository.Run) {
    let template = try CIFile("examples/ci/gitlab-ci.yml")
    let job = try #require(template.node("tillit"))
    var environment = CIFile.strings(template.node("variables"))
    environment.merge(CIFile.strings(job["variables"])) { $1 }
    environment.merge(variables) { $1 }
    environment["GITLAB_CI"] = "true"
    let main = (CIFile.lines(job["before_script"]) + CIFile.lines(job["script"])).joined(separator: "\n")
    let script = try repository.shell(main, extra: environment, options: ["-eo", "pipefail"])
    let after = CIFile.lines(job["after_script"]).joined(separator: "\n")
    let afterScript = try repository.shell(after, extra: environment, options: ["-eo", "pipefail"])
    return (script, afterScript)
  }

  @Test func gitLabFirstRunWithoutBaselineWritesReportsAndAnswersWithTheCheck() throws {
    let repository = try Self.userRepository(origin: false)
    defer { repository.remove() }
    let run = try Self.runGitLabJob(in: repository, variables: ["TILLIT_PATHS": "workspace/", "TILLIT_LANG": "en"])
    #expect(run.script.exitCode == 1, "\(run.script.transcript)")
    #expect(run.script.standardOutput.contains("No baseline .tillit-baseline.json"))
    #expect(run.afterScript.exitCode == 0, "\(run.afterScript.transcript)")
    for report in ["tillit.sarif", "tillit-junit.xml", "tillit.md", "tillit-note.md"] {
      #expect(repository.exists("tillit-reports/\(report)"), "\(report)")
    }
    #expect(!repository.exists("tillit-reports/tillit-diff.md"))
  }

  @Test func gitLabMergeRequestRunWithBaselineAddsTheDiffAndFailsOnTheNewFinding() throws {
    let repository = try Self.userRepository(origin: true)
    defer { repository.remove() }
    #expect(try repository.shell("tillit baseline create workspace/").exitCode == 0)
    try repository.commitAll("Baseline")
    try repository.git("push", "-q", "origin", "main")
    let onMain = try Self.runGitLabJob(in: repository, variables: ["TILLIT_PATHS": "workspace/"])
    #expect(onMain.script.exitCode == 0, "\(onMain.script.transcript)")

    try Self.addExpiredWaiver(to: repository)
    let mergeRequest = try Self.runGitLabJob(
      in: repository,
      variables: [
        "TILLIT_PATHS": "workspace/", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main", "CI_MERGE_REQUEST_IID": "7",
        "TILLIT_MR_NOTE": "true",
      ])
    #expect(mergeRequest.script.exitCode == 1, "\(mergeRequest.script.transcript)")
    let diff = try repository.read("tillit-reports/tillit-diff.md")
    #expect(diff.contains("TILLIT-WAIVER-EXPIRED"), "\(diff)")
    #expect(mergeRequest.afterScript.exitCode == 0, "\(mergeRequest.afterScript.transcript)")
    // Without a token the note is left out, and the job says so in Swedish (the template's language).
    #expect(mergeRequest.afterScript.standardError.contains("TILLIT_GITLAB_TOKEN saknas"))
    let note = try repository.read("tillit-reports/tillit-note.md")
    #expect(note.contains(diff.trimmingCharacters(in: .whitespacesAndNewlines)))
    #expect(repository.exists("tillit-reports/tillit-junit.xml"))
    #expect(repository.exists("tillit-reports/tillit.sarif"))
  }

  /// The example workflow's own case — `paths: .` at the root of a repository that also
  /// holds a workflow, mkdocs and pre-commit YAML — needs tillit to skip YAML that is not a
  /// tillit document, which another branch adds.
  @Test
  func actionChecksTheRepositoryRootBesideOtherYAML() throws {
    let repository = try Self.userRepository(origin: false)
    defer { repository.remove() }
    #expect(try repository.shell("tillit baseline create .").exitCode == 0)
    try repository.commitAll("Baseline")
    let run = try Self.runAction(["check"], in: repository, inputs: ["paths": "."], event: "push")
    #expect(run.steps["check"]?.exitCode == 0, "\(run.steps["check"]?.transcript ?? "")")
  }
}
