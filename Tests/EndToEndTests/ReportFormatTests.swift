import Foundation
import Testing
import TillitTestSupport

/// Every reporter, pinned by a golden file, and the machine formats validated against the
/// shared schemas. Re-record the golden files with TILLIT_RECORD_SNAPSHOTS=1.
@Suite struct ReportFormatTests {
  static let workspace = "Tests/Fixtures/golden-workspace"
  static let snapshots = TillitBinary.packageRoot.appendingPathComponent("Tests/Fixtures/Snapshots")
  static let shared = TillitBinary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")

  @Test(arguments: [
    ("text", "check.txt"), ("json", "check.json"), ("sarif", "check.sarif"), ("junit", "check.xml"),
    ("markdown", "check.md"), ("github", "check.github.txt"), ("html", "check.html"),
  ])
  func eachFormatMatchesItsGoldenFile(format: String, snapshot: String) throws {
    let run = try TillitBinary.run(["check", Self.workspace, "--format", format, "--today", "2026-11-29"])
    #expect(run.exitCode == 1, "\(run.standardError)")
    try Self.expect(run.standardOutput, matchesSnapshot: snapshot)
  }

  /// Compares `output` with the golden file, or re-records it with TILLIT_RECORD_SNAPSHOTS=1.
  static func expect(_ output: String, matchesSnapshot snapshot: String) throws {
    let url = snapshots.appendingPathComponent(snapshot)
    if ProcessInfo.processInfo.environment["TILLIT_RECORD_SNAPSHOTS"] == "1" {
      try output.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(output == expected, "output differs from \(snapshot); re-record with TILLIT_RECORD_SNAPSHOTS=1 if intended")
  }

  /// The shipped example with every built-in pack, pinned whole: a change to any rule, message
  /// or location the example touches shows up here and must be re-recorded on purpose.
  @Test func theExampleWorkspaceMatchesItsGoldenFindings() throws {
    let run = try TillitBinary.run(["check", "examples/exempelby", "--format", "json", "--today", "2026-11-29"])
    #expect(run.exitCode == 1, "\(run.standardError)")
    try Self.expect(run.standardOutput, matchesSnapshot: "exempelby.check.json")
  }

  @Test(arguments: ReportFormatTests.everyFormat)
  func theExitCodeTableHoldsForEveryFormat(format: String) throws {
    let failing = try TillitBinary.run(["check", Self.workspace, "--format", format, "--today", "2026-11-29"])
    #expect(failing.exitCode == 1)
    let passing = try TillitBinary.run([
      "check", Self.workspace, "--format", format, "--fail-on", "never", "--today", "2026-11-29",
    ])
    #expect(passing.exitCode == 0)
    let broken = try TillitBinary.run(["check", "Tests/Fixtures/broken/bad-date.yaml", "--format", format])
    #expect(broken.exitCode == 2)
  }

  static let everyFormat = ["text", "json", "sarif", "junit", "markdown", "github"]

  @Test func maxWarningsFailsOnTooManyWarnings() throws {
    let base = ["check", Self.workspace, "--today", "2026-11-29", "--fail-on", "never"]
    #expect(try TillitBinary.run(base + ["--max-warnings", "5"]).exitCode == 0)
    #expect(try TillitBinary.run(base + ["--max-warnings", "4"]).exitCode == 1)
  }

  @Test func severalFormatsInOneRunWriteTheirFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-formats-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let sarif = folder.appendingPathComponent("out.sarif").path
    let junit = folder.appendingPathComponent("out.xml").path
    let run = try TillitBinary.run([
      "check", Self.workspace, "--today", "2026-11-29", "--format", "text", "--format", "sarif=\(sarif)",
      "--format", "junit=\(junit)",
    ])
    #expect(run.exitCode == 1)
    #expect(run.standardOutput.hasSuffix("1 waived.\n"))
    #expect(FileManager.default.fileExists(atPath: sarif) && FileManager.default.fileExists(atPath: junit))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func twoFormatsOnStandardOutputIsAUsageError() throws {
    let run = try TillitBinary.run(["check", Self.workspace, "--format", "text", "--format", "json"])
    #expect(run.exitCode == 2)
  }

  @Test func githubAnnotationsAreTheDefaultInGitHubActions() throws {
    let run = try TillitBinary.run(
      ["check", Self.workspace, "--today", "2026-11-29"], environment: ["GITHUB_ACTIONS": "true"])
    #expect(
      run.standardOutput.hasPrefix(
        "::error file=Tests/Fixtures/golden-workspace/insamling.yaml,line=9,col=5,title=GDPR-LAW-001"))
  }

  @Test func sarifOfTheExampleValidatesAgainstTheSchema() throws {
    let schema = Self.shared.appendingPathComponent("sarif-schema-2.1.0.json")
    guard SharedFolder.isPresent(schema) else { return }
    guard SchemaCommandTests.pythonWithJSONSchema else {
      print("skipped: python3 with jsonschema is absent")
      return
    }
    let run = try TillitBinary.run(["check", "examples/exempelby", "--format", "sarif", "--today", "2026-11-29"])
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-\(UUID().uuidString).sarif")
    try run.standardOutput.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let validation = try SchemaCommandTests.runPython([
      "-c",
      "import json,jsonschema,sys; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print('valid')",
      file.path, schema.path,
    ])
    #expect(validation.exitCode == 0, "\(validation.standardOutput)")
    let json = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
    let results = ((json?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
    #expect(results.contains { ($0["suppressions"] as? [[String: Any]])?.first?["justification"] != nil })
    #expect(results.allSatisfy { ($0["partialFingerprints"] as? [String: String])?["tillit/v1"]?.count == 16 })
  }

  @Test func junitOfTheExampleValidatesAgainstTheSchema() throws {
    let schema = Self.shared.appendingPathComponent("junit.xsd")
    let xmllint = ["/usr/bin/xmllint", "/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }
    guard SharedFolder.isPresent(schema) else { return }
    guard let xmllint else {
      print("skipped: xmllint (Debian libxml2-utils) is absent")
      return
    }
    let run = try TillitBinary.run(["check", "examples/exempelby", "--format", "junit", "--today", "2026-11-29"])
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-\(UUID().uuidString).xml")
    try run.standardOutput.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: xmllint)
    process.arguments = ["--noout", "--schema", schema.path, file.path]
    let pipe = Pipe()
    process.standardError = pipe
    try process.run()
    let message = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(message)")
    #expect(run.standardOutput.contains("<testsuite name=\"trust\""))
    #expect(run.standardOutput.contains("<skipped message=\"waived by w-2026-001\"/>"))
  }
}
