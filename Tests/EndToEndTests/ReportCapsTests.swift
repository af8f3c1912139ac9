import Foundation
import Testing
import TillitTestSupport
import TillitYAML

/// Reports read by GitHub stay within its limits (SARIF results per run, annotations per step,
/// the size of a pull-request comment) and say how much they left out.
@Suite struct ReportCapsTests {
  static let golden = TillitBinary.packageRoot.appendingPathComponent("Tests/Fixtures/golden-workspace")

  /// A workspace of the golden Organization and `pairs` copies of its FollowUp and
  /// DataCollection (about 1 error, 6 warnings and 4 notes a pair).
  static func workspace(pairs: Int) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-caps-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: golden.appendingPathComponent("organization.yaml"), to: folder.appendingPathComponent("organization.yaml"))
    let followUp = try String(contentsOf: golden.appendingPathComponent("uppfoljning.yaml"), encoding: .utf8)
    let collection = try String(contentsOf: golden.appendingPathComponent("insamling.yaml"), encoding: .utf8)
    for pair in 0..<pairs {
      try followUp.replacingOccurrences(of: "id: terminsrapport", with: "id: terminsrapport-\(pair)")
        .write(to: folder.appendingPathComponent("uppfoljning-\(pair).yaml"), atomically: true, encoding: .utf8)
      try collection.replacingOccurrences(of: "id: trivselenkat", with: "id: trivselenkat-\(pair)")
        .write(to: folder.appendingPathComponent("insamling-\(pair).yaml"), atomically: true, encoding: .utf8)
    }
    return folder
  }

  /// The open findings of a check of `folder`, from its JSON report.
  static func openFindings(_ folder: URL) throws -> [[String: Any]] {
    let run = try TillitBinary.run(
      ["check", ".", "--format", "json", "--today", "2026-11-29"], currentDirectory: folder)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let findings = try #require(json["findings"] as? [[String: Any]])
    return findings.filter { $0["waiver"] == nil && ($0["baselined"] as? Bool) != true }
  }

  @Test func annotationsStopAtTenOfEachKindAndOneNoticeCountsTheRest() throws {
    let folder = try Self.workspace(pairs: 12)
    defer { try? FileManager.default.removeItem(at: folder) }
    let summary = folder.appendingPathComponent("step-summary.md")
    let run = try TillitBinary.run(
      ["check", ".", "--format", "github", "--today", "2026-11-29"],
      environment: ["GITHUB_STEP_SUMMARY": summary.path], currentDirectory: folder)
    #expect(run.exitCode == 1)
    let lines = run.standardOutput.split(separator: "\n").map(String.init)
    let open = try Self.openFindings(folder)
    for severity in ["error", "warning"] {
      #expect(open.filter { $0["severity"] as? String == severity }.count > 10)
    }
    #expect(open.filter { $0["severity"] as? String == "info" }.count > 10)
    #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
    #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 10)
    // Nine findings and the notice about the rest: within the ten notices a step shows.
    #expect(lines.filter { $0.hasPrefix("::notice ") }.count == 10)
    let notice = try #require(lines.first { $0.hasPrefix("::notice title=tillit::") })
    #expect(notice.contains("\(open.count - 29) findings were not annotated"))
    // Every finding is still in the log, as an annotation or as a plain line.
    let plain = lines.filter { $0.hasPrefix("error: ") || $0.hasPrefix("warning: ") || $0.hasPrefix("info: ") }
    #expect(plain.count == open.count - 29)
    let page = try String(contentsOf: summary, encoding: .utf8)
    #expect(page.hasPrefix("## tillit: 25 documents checked"))
    #expect(page.utf8.count < 1 << 20)
  }

  @Test func aStepSummaryThatCannotBeWrittenIsAnErrorNamingIt() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-summary-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try TillitBinary.run(
      ["check", "Tests/Fixtures/golden-workspace", "--format", "github", "--today", "2026-11-29"],
      environment: ["GITHUB_STEP_SUMMARY": folder.path])
    #expect(run.exitCode == 2)
    #expect(run.standardError.hasPrefix("\(folder.path): error: the file cannot be written"))
  }

  @Test func aFewFindingsAreAllAnnotatedWithoutANotice() throws {
    let run = try TillitBinary.run(
      ["check", "Tests/Fixtures/golden-workspace", "--format", "github", "--today", "2026-11-29"],
      environment: ["GITHUB_STEP_SUMMARY": ""])
    #expect(!run.standardOutput.contains("::notice title=tillit::"))
    #expect(run.standardOutput.split(separator: "\n").allSatisfy { $0.hasPrefix("::") || $0.contains("checked") })
  }

  @Test(arguments: [("en", "more findings (full report: the SARIF or JSON artifact of the run)"), ("sv", "fynd till")])
  func markdownOfALargeWorkspaceIsCutBetweenFindingsAndSaysHowManyMore(language: String, more: String) throws {
    let folder = try Self.workspace(pairs: 40)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try TillitBinary.run(
      ["check", ".", "--format", "markdown", "--lang", language, "--today", "2026-11-29"], currentDirectory: folder)
    let text = run.standardOutput
    #expect(text.utf8.count <= 60_000)
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("| 🔴") || $0.hasPrefix("| 🟡") || $0.hasPrefix("| 🔵") }
    let last = try #require(text.split(separator: "\n").last.map(String.init))
    #expect(last.hasPrefix("… "))
    #expect(last.contains(more))
    let open = try Self.openFindings(folder).count
    #expect(last.contains(" \(open - rows.count) "))
    // The summary is whole: the table of counts is there.
    #expect(text.contains("| ---: | ---: | ---: | ---: | ---: |"))
  }

  @Test func diffMarkdownOfALargeChangeIsCutBetweenFindingsAndSaysHowManyMore() throws {
    let repository = try ScratchRepository()
    defer { repository.remove() }
    let organization = try String(
      contentsOf: Self.golden.appendingPathComponent("organization.yaml"), encoding: .utf8)
    try repository.write("ws/organization.yaml", organization)
    try repository.git("add", "-A")
    try repository.git("commit", "-qm", "base")
    let generated = try Self.workspace(pairs: 40)
    defer { try? FileManager.default.removeItem(at: generated) }
    for name in try FileManager.default.contentsOfDirectory(atPath: generated.path) where name != "organization.yaml" {
      try FileManager.default.copyItem(
        at: generated.appendingPathComponent(name), to: repository.root.appendingPathComponent("ws/\(name)"))
    }
    let run = try TillitBinary.run(
      ["diff", "--base", "HEAD", "ws", "--format", "markdown", "--fail-on", "never", "--today", "2026-11-29"],
      currentDirectory: repository.root)
    #expect(run.exitCode == 0, "\(run.standardError)")
    let text = run.standardOutput
    #expect(text.utf8.count <= 60_000)
    let items = text.split(separator: "\n").filter { $0.hasPrefix("- 🔴") || $0.hasPrefix("- 🟡") || $0.hasPrefix("- 🔵") }
    let heading = try #require(text.split(separator: "\n").first { $0.hasPrefix("### New findings (") })
    let appeared = try #require(Int(heading.dropFirst("### New findings (".count).dropLast()))
    #expect(text.contains("- … and \(appeared - items.count) more findings"))
    #expect(text.contains("### Reporting burden"))
  }

  @Test func sarifOfAGeneratedWorkspaceStaysWithinCodeScanningsLimitAndSaysWhatItLeftOut() throws {
    guard SharedFolder.isPresent(GeneratedWorkspaceTests.generator) else { return }
    let schema = ReportFormatTests.shared.appendingPathComponent("sarif-schema-2.1.0.json")
    guard SharedFolder.isPresent(schema) else { return }
    let folder = try GeneratedWorkspaceTests.generate(["--followups", "1000", "--collections", "1000"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let sarif = folder.appendingPathComponent("tillit.sarif")
    let json = folder.appendingPathComponent("tillit.json")
    let run = try TillitBinary.run(
      ["check", ".", "--format", "sarif=\(sarif.path)", "--format", "json=\(json.path)", "--today", "2026-11-29"],
      currentDirectory: folder)
    #expect(run.exitCode == 1)
    let all =
      try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])["findings"] as? [Any]
    let total = try #require(all).count
    #expect(total > 25_000)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: sarif)) as? [String: Any])
    let run0 = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run0["results"] as? [[String: Any]])
    #expect(results.count == 25_000)
    #expect((run0["properties"] as? [String: Any])?["tillit/omittedResults"] as? Int == total - 25_000)
    let invocation = try #require((run0["invocations"] as? [[String: Any]])?.first)
    let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
    #expect((notification["properties"] as? [String: Any])?["omitted"] as? Int == total - 25_000)
    let text = try #require((notification["message"] as? [String: Any])?["text"] as? String)
    let omitted = NumberFormat.format(Double(total - 25_000), decimals: 0, language: .en)
    #expect(text.hasPrefix("\(omitted) results were left out"), "counts with the English thousands separator")
    if SchemaCommandTests.pythonWithJSONSchema {
      let validation = try SchemaCommandTests.runPython([
        "-c",
        "import json,jsonschema,sys; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print('valid')",
        sarif.path, schema.path,
      ])
      #expect(validation.exitCode == 0, "\(validation.standardOutput)")
    } else {
      print("skipped: python3 with jsonschema is absent")
    }
  }
}
