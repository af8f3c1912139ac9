import Foundation
import Testing

/// A workspace whose names carry terminal escapes, forged workflow commands, HTML, mentions,
/// images and spreadsheet formulas: every report shows them, none lets them act.
@Suite struct HostileValueTests {
  static let hostileName =
    #"Bad \e]0;pwned\a name\r\n::error file=x.yaml,line=1::forged <img src=https://evil.example/x.png> @octocat ![t](https://evil.example/i.png) [l](https://e) | pipe"#

  /// The workspace and a pack with one rule whose message shows the FollowUp's name.
  func hostileWorkspace() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let files = [
      "org.yaml": """
      apiVersion: tillit/v1
      kind: Organization
      id: org
      name: Org
      roles:
        - {id: teacher, name: "=HYPERLINK(\\"https://evil.example\\")", headcount: 10, hourly_cost: 400}
      """,
      "fu.yaml": """
      apiVersion: tillit/v1
      kind: FollowUp
      id: fu
      name: "\(Self.hostileName)"
      respondents:
        - {role: teacher, count: 5, minutes_per_response: 60, frequency: monthly}
      """,
      "dc.yaml": """
      apiVersion: tillit/v1
      kind: DataCollection
      id: dc
      name: "@SUM(1+1)*cmd|' /C calc'!A0"
      """,
      "pack.yaml": """
      apiVersion: tillit/v1
      kind: PolicyPack
      id: hostile
      version: "1.0.0"
      title: {sv: Fientligt, en: Hostile}
      description: {sv: x, en: y}
      rules:
        - id: HOST-001
          title: {sv: Namnet, en: The name}
          description: {sv: x, en: y}
          message: {sv: "Namn {{ doc.name }}", en: "Name {{ doc.name }}"}
          severity: error
          applies_to: FollowUp
          assert: "false"
      """,
    ]
    for (name, text) in files {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
  }

  func check(_ folder: URL, _ format: String) throws -> String {
    let paths = ["org.yaml", "fu.yaml", "dc.yaml"].map { folder.appendingPathComponent($0).path }
    let run = try TillitBinary.run(
      ["check"] + paths + [
        "--add-pack", folder.appendingPathComponent("pack.yaml").path, "--today", "2026-11-29", "--format", format,
      ])
    #expect(run.exitCode == 1, "\(run.standardError)")
    return run.standardOutput
  }

  @Test func textOutputShowsControlCharactersAsCodesAndKeepsTheFindingOnOneLine() throws {
    let folder = try hostileWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try check(folder, "text")
    #expect(!text.contains("\u{1B}") && !text.contains("\u{07}") && !text.contains("\r"))
    let line = try #require(text.split(separator: "\n").first { $0.contains("HOST-001") })
    #expect(line.contains(#"Bad \x1B]0;pwned\x07 name\x0D\x0A::error file=x.yaml"#))
  }

  @Test func githubAnnotationsCannotBeForgedFromADocumentValue() throws {
    let folder = try hostileWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try check(folder, "github")
    let commands = output.split(separator: "\n").filter { $0.hasPrefix("::") }
    // One command per finding: the value's own `::error` stays inside the message of every
    // finding that names the document (messages name documents by their name).
    let naming = commands.filter { $0.contains("forged") }
    #expect(!naming.isEmpty)
    #expect(naming.allSatisfy { $0.contains(#"%0D%0A::error file=x.yaml,line=1::forged"#) })
    #expect(!commands.contains { $0.hasPrefix("::error file=x.yaml") })
    #expect(output.contains(#"name%0D%0A::error file=x.yaml,line=1::forged"#))
    #expect(!output.contains("\u{1B}") && !output.contains("\r"))
  }

  @Test func markdownCommentsShowHTMLImagesLinksAndMentionsAsText() throws {
    let folder = try hostileWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let markdown = try check(folder, "markdown")
    let row = try #require(markdown.split(separator: "\n").first { $0.contains("HOST-001") })
    #expect(!row.contains("<img"))
    #expect(row.contains("&lt;img src=https://evil.example/x.png&gt;"))
    #expect(row.contains(#"\!\[t\](https://evil.example/i.png)"#))
    #expect(row.contains("@\u{2060}octocat"))
    #expect(!row.contains("@octocat"))
    // The value's `|` does not open a fifth column.
    #expect(row.contains(#"\| pipe"#))
  }

  @Test func theRecordOfProcessingNeutralisesFormulasInCSV() throws {
    let folder = try hostileWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try TillitBinary.run(["ropa", folder.path, "--today", "2026-11-29", "--separator", ";"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains(#";"'@SUM(1+1)*cmd|' /C calc'!A0";"#), "\(run.standardOutput)")
  }

  @Test func theBurdenCSVNeutralisesFormulasInRoleNames() throws {
    let folder = try hostileWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try TillitBinary.run(["burden", folder.path, "--by", "role", "--format", "csv"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(
      run.standardOutput.contains(#"teacher,"'=HYPERLINK(""https://evil.example"")",10,"#), "\(run.standardOutput)")
  }
}
