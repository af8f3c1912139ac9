import Foundation
import Testing
import TillitTestSupport

/// The HTML check report of a generated workspace keeps its shape as the workspace grows
/// (issue #13): charts of the top N, the full tables collapsed, each rule's first findings with
/// the rest counted, the screening's first collections, every cap said on the page, and a page
/// that grows much more slowly than the workspace. Sizes and structure, never time.
@Suite struct LargeHTMLReportTests {
  struct Page {
    var html: String
    var findingsByRule: [String: Int]
    var processes: Int
    var collections: Int
  }

  /// `tillit check` of a generated workspace as HTML (with `--top 10`) and JSON, and the
  /// number of follow-ups with hours from `tillit burden`.
  static func page(followUps: Int, collections: Int) throws -> Page {
    let folder = try GeneratedWorkspaceTests.generate([
      "--followups", "\(followUps)", "--collections", "\(collections)", "--seed", "5",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let html = folder.appendingPathComponent("report.html")
    let json = folder.appendingPathComponent("report.json")
    let check = try TillitBinary.run([
      "check", folder.path, "--today", "2025-11-15", "--fail-on", "never", "--top", "10",
      "--format", "html=\(html.path)", "--format", "json=\(json.path)",
    ])
    #expect(check.exitCode == 0, "\(check.standardError.prefix(2000))")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
    var byRule: [String: Int] = [:]
    for finding in report["findings"] as? [[String: Any]] ?? [] {
      byRule[finding["rule"] as? String ?? "", default: 0] += 1
    }
    let burden = try TillitBinary.run(["burden", folder.path, "--format", "json", "--today", "2025-11-15"])
    let analysis = try #require(
      try JSONSerialization.jsonObject(with: Data(burden.standardOutput.utf8)) as? [String: Any])
    let processes = (analysis["processes"] as? [[String: Any]] ?? []).filter { ($0["hours"] as? Double ?? 0) > 0 }
    return Page(
      html: try String(contentsOf: html, encoding: .utf8), findingsByRule: byRule, processes: processes.count,
      collections: collections)
  }

  /// A count as the English page writes it: `1,234`.
  static func number(_ value: Int) -> String {
    var digits = String(value)
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits = String(digits.dropLast(3))
    }
    return digits + grouped
  }

  /// The text between `start` and the next `end` after it.
  static func slice(_ text: String, from start: String, to end: String) -> String? {
    guard let from = text.range(of: start),
      let to = text.range(of: end, range: from.upperBound..<text.endIndex)
    else { return nil }
    return String(text[from.lowerBound..<to.upperBound])
  }

  @Test func aLargeWorkspacesPageHasItsCapsAndSaysSo() throws {
    let generator = GeneratedWorkspaceTests.generator
    guard SharedFolder.isPresent(generator) else { return }
    let page = try Self.page(followUps: 400, collections: 400)
    let html = page.html

    // The table of contents points at sections that exist.
    let contents = try #require(Self.slice(html, from: "<nav class=\"toc\"", to: "</nav>"))
    for anchor in ["summary", "burden", "burden-processes", "findings", "dpia"] {
      #expect(contents.contains("href=\"#\(anchor)\""))
      #expect(html.contains("id=\"\(anchor)\""))
    }

    // The chart of follow-ups: ten bars, the rest counted, the table collapsed under it.
    let chart = try #require(
      Self.slice(html, from: "<svg class=\"chart\" role=\"img\" aria-labelledby=\"processes-title", to: "</figure>"))
    #expect(chart.components(separatedBy: "class=\"label\"").count - 1 == 10)
    #expect(chart.contains("and \(Self.number(page.processes - 10)) more – see the table below"))
    let processes = try #require(Self.slice(html, from: "id=\"burden-processes\"", to: "</details>"))
    let table = try #require(Self.slice(processes, from: "<details class=\"full-table\">", to: "</details>"))
    #expect(table.contains("The whole table (\(Self.number(page.processes)) rows)"))
    #expect(table.components(separatedBy: "<tr><th scope=\"row\">").count - 1 == page.processes)

    // Each rule: its first 20 findings, the rest counted and pointed to the JSON report.
    #expect(html.contains("Each rule lists its first 20 findings"))
    let articles = html.components(separatedBy: "<article class=\"rule\"").dropFirst()
    #expect(articles.count >= Set(page.findingsByRule.keys).count)
    var listed: [String: Int] = [:]
    var more: [String: Int] = [:]
    for article in articles {
      let body = String(article[..<(article.range(of: "</article>")?.lowerBound ?? article.endIndex)])
      let rule = try #require(Self.slice(body, from: "<code>", to: "</code>")).dropFirst(6).dropLast(7)
      let items = body.components(separatedBy: "<li class=\"finding\">").count - 1
      #expect(items <= 20)
      listed[String(rule), default: 0] += items
      if let line = Self.slice(body, from: "<p class=\"more\">and ", to: " more") {
        let count = Int(
          line.dropFirst("<p class=\"more\">and ".count).dropLast(5).replacingOccurrences(of: ",", with: ""))
        more[String(rule), default: 0] += count ?? -1
        #expect(body.contains("see the JSON or SARIF report"))
      }
    }
    #expect(page.findingsByRule.values.contains { $0 > 20 }, "the workspace is too small to test the cap")
    for (rule, count) in page.findingsByRule {
      #expect(listed[rule, default: 0] + more[rule, default: 0] == count, "\(rule)")
    }

    // The screening: the first 25 collections in detail, the rest counted.
    #expect(html.components(separatedBy: "<table class=\"screening\">").count - 1 == 25)
    #expect(html.contains("for the other \(Self.number(page.collections - 25)),"))
  }

  @Test func thePageGrowsMuchMoreSlowlyThanTheWorkspace() throws {
    let generator = GeneratedWorkspaceTests.generator
    guard SharedFolder.isPresent(generator) else { return }
    let small = try Self.page(followUps: 150, collections: 150)
    let large = try Self.page(followUps: 1_200, collections: 1_200)
    let findings = (small.findingsByRule.values.reduce(0, +), large.findingsByRule.values.reduce(0, +))
    // Eight times the documents and findings; the page not even three times the size.
    #expect(findings.1 > 6 * findings.0)
    #expect(large.html.utf8.count < 3 * small.html.utf8.count, "\(small.html.utf8.count) → \(large.html.utf8.count)")
  }
}
