import Foundation
import Testing

/// `tillit init`: a fresh folder becomes a workspace that loads, that `check` runs over and
/// whose findings are the gaps left to fill, in both languages; folders already in use are
/// refused or, with --force, only added to.
@Suite struct InitCommandTests {
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-init-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  static func files(_ language: String) -> [String] {
    let examples =
      language == "sv"
      ? ["followups/exempel-uppfoljning.yaml", "collections/exempel-insamling.yaml"]
      : ["followups/example-follow-up.yaml", "collections/example-collection.yaml"]
    return ["tillit.yaml", "organization.yaml"] + examples + [
      ".github/workflows/tillit.yml", ".pre-commit-config.yaml",
    ]
  }

  @Test(arguments: ["sv", "en"])
  func initThenCheckRunsAndShowsTheGapsLeftToFill(language: String) throws {
    let parent = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let workspace = parent.appendingPathComponent("ny arbetsyta").path
    let initRun = try TillitBinary.run(["init", workspace, "--lang", language, "--name", "Exempelby kommun"])
    #expect(initRun.exitCode == 0, "\(initRun.standardError)")
    #expect(initRun.standardOutput.contains(language == "sv" ? "Nästa steg:" : "Next steps:"))
    // Each language names its own files: no Swedish in the English instructions.
    #expect(language == "sv" || !initRun.standardOutput.contains("exempel-"), "\(initRun.standardOutput)")
    for file in Self.files(language) {
      #expect(FileManager.default.fileExists(atPath: "\(workspace)/\(file)"), "\(file) missing")
      #expect(initRun.standardOutput.contains("  \(file)\n"))
    }
    let validate = try TillitBinary.run(["validate", workspace, "--lang", language])
    #expect(validate.exitCode == 0, "\(validate.standardOutput)\(validate.standardError)")
    let check = try TillitBinary.run(["check", workspace, "--today", "2026-11-29", "--format", "json"])
    #expect(check.exitCode == 0 || check.exitCode == 1, "\(check.standardError)")
    let report = try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any]
    let findings = report?["findings"] as? [[String: Any]] ?? []
    // The gaps the templates leave open on purpose show up.
    let rules = Set(findings.compactMap { $0["rule"] as? String })
    #expect(rules.contains("GDPR-TRA-001"), "no transparency notice: \(rules.sorted())")
    #expect(rules.contains("SE-ARK-001"), "no retention decision: \(rules.sorted())")
    #expect(rules.contains("BUR-10"), "an indicator nobody uses: \(rules.sorted())")
    // The messages are in the language the workspace was made in (tillit.yaml says it).
    let text = try TillitBinary.run(["check", workspace, "--today", "2026-11-29"])
    #expect(text.standardOutput.contains(language == "sv" ? "dokument kontrollerade" : "documents checked"))
    let organization = try String(contentsOfFile: "\(workspace)/organization.yaml", encoding: .utf8)
    #expect(organization.contains(language == "sv" ? "UTGÅNGSPUNKT ATT REDIGERA" : "A STARTING POINT TO EDIT"))
    #expect(organization.contains("id: exempelby-kommun\n"))
  }

  @Test func aFolderThatIsNotEmptyIsRefusedWithExitCode2() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "egna anteckningar\n".write(
      to: folder.appendingPathComponent("anteckningar.txt"), atomically: true, encoding: .utf8)
    for (language, text) in [
      ("sv", "mappen är inte tom (anteckningar.txt)"), ("en", "the folder is not empty (anteckningar.txt)"),
    ] {
      let run = try TillitBinary.run(["init", folder.path, "--lang", language])
      #expect(run.exitCode == 2)
      #expect(run.standardError.contains(text), "\(run.standardError)")
    }
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("tillit.yaml").path))
  }

  @Test func withForceTheMissingFilesAreAddedAndExistingOnesLeftAndListed() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let mine = "# vår egen\napiVersion: tillit/v1\nkind: Organization\nid: var\nname: Vår kommun\n"
    try mine.write(to: folder.appendingPathComponent("organization.yaml"), atomically: true, encoding: .utf8)
    let run = try TillitBinary.run(["init", folder.path, "--force", "--lang", "en"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(try String(contentsOf: folder.appendingPathComponent("organization.yaml"), encoding: .utf8) == mine)
    #expect(run.standardOutput.contains("Already there and left as they were"))
    #expect(run.standardOutput.contains("  organization.yaml\n"))
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("tillit.yaml").path))
  }

  @Test func aFolderHoldingOnlyAGitRepositoryCountsAsEmpty() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
    let run = try TillitBinary.run(["init", folder.path, "--lang", "sv"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains("Skapade i"))
  }

  @Test func aPathThatIsAFileIsRefusedWithExitCode2() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("fil")
    try "x".write(to: file, atomically: true, encoding: .utf8)
    let run = try TillitBinary.run(["init", file.path, "--lang", "en"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("already exists and is not a folder"))
  }

  @Test func aNameWithQuotesAndColonsStaysTheOrganizationsName() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let name = "Kommun \"Öster\": #1 \\ test"
    let run = try TillitBinary.run(["init", folder.path, "--name", name, "--lang", "sv"])
    #expect(run.exitCode == 0)
    let validate = try TillitBinary.run(["validate", folder.path])
    #expect(validate.exitCode == 0, "\(validate.standardOutput)\(validate.standardError)")
    let ropa = try TillitBinary.run(["ropa", folder.path, "--format", "markdown", "--today", "2026-11-29"])
    #expect(ropa.standardOutput.contains("Öster"), "\(ropa.standardOutput)")
    let organization = try String(contentsOf: folder.appendingPathComponent("organization.yaml"), encoding: .utf8)
    #expect(organization.contains("id: kommun-oster-1-test\n"))
  }

  @Test func theWorkflowAndHooksUseTheRepositorysActionInputsAndHookIds() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try TillitBinary.run(["init", folder.path, "--lang", "en"]).exitCode == 0)
    let script = """
      import sys, yaml
      action = yaml.safe_load(open(sys.argv[1] + "/action.yml"))
      hooks = {h["id"]: h for h in yaml.safe_load(open(sys.argv[1] + "/.pre-commit-hooks.yaml"))}
      workflow = yaml.safe_load(open(sys.argv[2] + "/.github/workflows/tillit.yml"))
      steps = workflow["jobs"]["check"]["steps"]
      used = [s for s in steps if str(s.get("uses", "")).endswith("/tillit@v1")]
      assert used, steps
      for key in used[0]["with"]:
          assert key in action["inputs"], key
      config = yaml.safe_load(open(sys.argv[2] + "/.pre-commit-config.yaml"))
      for hook in config["repos"][0]["hooks"]:
          shared = hooks[hook["id"]]
          for key in ("entry", "language", "files", "pass_filenames"):
              assert hook[key] == shared[key], (hook["id"], key)
      print("ok")
      """
    let run = try SchemaCommandTests.runPython(["-c", script, TillitBinary.packageRoot.path, folder.path])
    #expect(run.standardOutput.contains("ok"), "\(run.standardOutput)")
  }
}
