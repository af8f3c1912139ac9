import Foundation
import Testing
import TillitTestSupport

/// When the workspace, a pack or `tillit.yaml` cannot be read, every report file asked for is
/// still written, with the problems as results at their places: code scanning, the test
/// results and the pull-request comment show why the check stopped. Exit 2, as before.
@Suite struct LoadFailureReportTests {
  /// The reports of one failing run, in a fresh folder.
  struct Reports {
    var folder: URL
    var run: TillitBinary.Run
    func text(_ name: String) throws -> String {
      try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
    func json(_ name: String) throws -> [String: Any] {
      try #require(try JSONSerialization.jsonObject(with: Data(text(name).utf8)) as? [String: Any])
    }
  }

  static func check(_ arguments: [String], language: String = "en") throws -> Reports {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-load-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let formats = ["sarif", "junit", "markdown", "json"].flatMap {
      ["--format", "\($0)=\(folder.appendingPathComponent("report.\($0)").path)"]
    }
    let run = try TillitBinary.run(["check"] + arguments + formats + ["--lang", language, "--today", "2026-11-29"])
    return Reports(folder: folder, run: run)
  }

  @Test func aYAMLSyntaxErrorIsAResultOfEveryReportAtItsLineAndColumn() throws {
    let reports = try Self.check(["Tests/Fixtures/broken/unclosed-flow.yaml"])
    defer { try? FileManager.default.removeItem(at: reports.folder) }
    #expect(reports.run.exitCode == 2)
    #expect(reports.run.standardError.contains("unclosed-flow.yaml:6:"))
    let sarif = try reports.json("report.sarif")
    let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
    let result = try #require((run["results"] as? [[String: Any]])?.first)
    #expect(result["ruleId"] as? String == "TILLIT-LOAD")
    #expect(result["level"] as? String == "error")
    let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    #expect(
      (location["artifactLocation"] as? [String: Any])?["uri"] as? String
        == "Tests/Fixtures/broken/unclosed-flow.yaml")
    #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 6)
    #expect((run["invocations"] as? [[String: Any]])?.first?["executionSuccessful"] as? Bool == false)
    let rules = try #require(
      ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
    #expect(
      (rules.first?["shortDescription"] as? [String: Any])?["text"] as? String == "The workspace could not be read")
    let junit = try reports.text("report.junit")
    #expect(junit.contains("classname=\"tillit.TILLIT-LOAD\""))
    #expect(junit.contains("Tests/Fixtures/broken/unclosed-flow.yaml:6:"))
    let markdown = try reports.text("report.markdown")
    #expect(markdown.hasPrefix("## tillit: the workspace could not be read\n"))
    #expect(
      markdown.contains("[Tests/Fixtures/broken/unclosed-flow.yaml:6](Tests/Fixtures/broken/unclosed-flow.yaml#L6)"))
    let json = try reports.json("report.json")
    #expect(json["version"] as? Int == 1)
    let summary = try #require(json["summary"] as? [String: Any])
    #expect(summary["load_failed"] as? Bool == true)
    #expect(summary["failed"] as? Bool == true)
    #expect(summary["errors"] as? Int == 1)
    let finding = try #require((json["findings"] as? [[String: Any]])?.first)
    #expect(finding["rule"] as? String == "TILLIT-LOAD")
    #expect((finding["location"] as? [String: Any])?["line"] as? Int == 6)
  }

  @Test func theReportsOfALoadFailureAreInSwedishWhenTheRunIs() throws {
    let reports = try Self.check(["Tests/Fixtures/broken/unclosed-flow.yaml"], language: "sv")
    defer { try? FileManager.default.removeItem(at: reports.folder) }
    #expect(try reports.text("report.markdown").hasPrefix("## tillit: arbetsytan kunde inte läsas\n"))
    #expect(try reports.text("report.sarif").contains("\"text\" : \"Arbetsytan kunde inte läsas\""))
  }

  @Test func aPackThatCannotBeReadIsAResultOfEveryReport() throws {
    let reports = try Self.check(["Tests/Fixtures/golden-workspace", "--add-pack", "no-such-pack.yaml"])
    defer { try? FileManager.default.removeItem(at: reports.folder) }
    #expect(reports.run.exitCode == 2)
    #expect(try reports.text("report.sarif").contains("\"ruleId\" : \"TILLIT-LOAD\""))
    #expect(try reports.text("report.junit").contains("tillit.TILLIT-LOAD"))
    #expect(try reports.json("report.json")["summary"].map { ($0 as? [String: Any])?["load_failed"] as? Bool } == true)
  }

  @Test func aConfigurationThatCannotBeReadIsAResultOfEveryReport() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-config-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let config = folder.appendingPathComponent("tillit.yaml")
    try "fail_on: [unclosed\n".write(to: config, atomically: true, encoding: .utf8)
    let reports = try Self.check(["Tests/Fixtures/golden-workspace", "--config", config.path])
    defer { try? FileManager.default.removeItem(at: reports.folder) }
    #expect(reports.run.exitCode == 2)
    let markdown = try reports.text("report.markdown")
    #expect(markdown.contains("TILLIT-LOAD"))
    #expect(markdown.contains("tillit.yaml:"))
  }

  @Test func reportsOfALoadFailureValidateAgainstTheSARIFAndJUnitSchemas() throws {
    let sarifSchema = ReportFormatTests.shared.appendingPathComponent("sarif-schema-2.1.0.json")
    let junitSchema = ReportFormatTests.shared.appendingPathComponent("junit.xsd")
    guard SharedFolder.isPresent(sarifSchema), SharedFolder.isPresent(junitSchema) else { return }
    let reports = try Self.check(["Tests/Fixtures/broken"])
    defer { try? FileManager.default.removeItem(at: reports.folder) }
    #expect(reports.run.exitCode == 2)
    if SchemaCommandTests.pythonWithJSONSchema {
      let validation = try SchemaCommandTests.runPython([
        "-c",
        "import json,jsonschema,sys; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print('valid')",
        reports.folder.appendingPathComponent("report.sarif").path, sarifSchema.path,
      ])
      #expect(validation.exitCode == 0, "\(validation.standardOutput)")
    } else {
      print("skipped: python3 with jsonschema is absent")
    }
    guard let xmllint = ["/usr/bin/xmllint", "/bin/xmllint"].first(where: FileManager.default.isExecutableFile) else {
      print("skipped: xmllint (Debian libxml2-utils) is absent")
      return
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: xmllint)
    process.arguments = [
      "--noout", "--schema", junitSchema.path, reports.folder.appendingPathComponent("report.junit").path,
    ]
    let pipe = Pipe()
    process.standardError = pipe
    try process.run()
    let message = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(message)")
  }

  @Test func aLoadFailureInGitHubActionsIsAnnotatedAtItsPlace() throws {
    let run = try TillitBinary.run(
      ["check", "Tests/Fixtures/broken/unclosed-flow.yaml", "--lang", "en"],
      environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": ""])
    #expect(run.exitCode == 2)
    #expect(run.standardOutput.hasPrefix("::error file=Tests/Fixtures/broken/unclosed-flow.yaml,line=6,"))
    #expect(run.standardOutput.contains("The workspace could not be read: 1 problem stopped the check."))
  }
}
