import Foundation
import Testing

/// The HTML report and the record of processing, checked as a reader's tools would read them.
@Suite struct HTMLAndROPATests {
  static let today = ["--today", "2026-11-29"]

  func htmlReport(_ extra: [String] = []) throws -> String {
    let run = try TillitBinary.run(
      ["check", "examples/exempelby", "--format", "html", "--fail-on", "never"] + Self.today + extra)
    #expect(run.exitCode == 0, "\(run.standardError)")
    return run.standardOutput
  }

  func python(_ script: String, input: String) throws -> TillitBinary.Run {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-html-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("input")
    try input.write(to: file, atomically: true, encoding: .utf8)
    return try SchemaCommandTests.runPython(["-c", script, file.path])
  }

  @Test func theHTMLReportIsWellFormedAndSelfContained() throws {
    let html = try htmlReport()
    // Strict XML parsing: unclosed or mis-nested elements fail here.
    let parse = try python(
      """
      import sys, xml.etree.ElementTree as ET
      root = ET.parse(sys.argv[1]).getroot()
      links = [e.get(a) for e in root.iter() for a in ('href', 'src') if e.get(a)]
      print('\\n'.join(links))
      """, input: html)
    #expect(parse.exitCode == 0, "\(parse.standardOutput)")
    // The only addresses are the rules' own references: no fonts, scripts, styles or images.
    let policies = TillitBinary.packageRoot.appendingPathComponent("policies")
    var referenceURLs = Set<String>()
    for name in try FileManager.default.contentsOfDirectory(atPath: policies.path) where name.hasSuffix(".yaml") {
      let text = try String(contentsOf: policies.appendingPathComponent(name), encoding: .utf8)
      for part in text.components(separatedBy: "url: ").dropFirst() {
        referenceURLs.insert(
          part.prefix { $0 != "}" && $0 != "\n" && $0 != "," }.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        )
      }
    }
    for link in parse.standardOutput.split(separator: "\n").map(String.init) where !link.hasPrefix("#") {
      #expect(referenceURLs.contains(link), "unexpected address in the report: \(link)")
    }
    #expect(!html.contains("<link"))
    #expect(!html.contains("src=\""))
    #expect(!html.contains("@import"))
  }

  @Test func theHTMLReportHasEveryFindingTheBurdenTotalsAndTheScreening() throws {
    let html = try htmlReport()
    let json = try TillitBinary.run(["check", "examples/exempelby", "--format", "json"] + Self.today)
    let report = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
    let findings = report?["findings"] as? [[String: Any]] ?? []
    #expect(findings.count > 40)
    // Backticked keys in a message are shown as <code>; compare the words.
    let unescaped = html.replacingOccurrences(of: "<code>", with: "").replacingOccurrences(of: "</code>", with: "")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
    for finding in findings {
      let location = finding["location"] as? [String: Any] ?? [:]
      let place = "\(location["file"] ?? ""):\(location["line"] ?? 0):\(location["column"] ?? 0)"
      let message = (finding["message"] as? String ?? "?").replacingOccurrences(of: "`", with: "")
      #expect(unescaped.contains(message), "missing message of \(finding["rule"] ?? "")")
      #expect(unescaped.contains(place), "missing \(place)")
    }
    #expect(html.contains("11,099.1 hours a year, 6.53 FTE, 5,085,654 SEK"))
    #expect(html.contains("Kamerabevakning av skolgårdar"))
    #expect(html.contains("C3 Systematic monitoring"))
    #expect(html.contains("@media print"))
    let swedish = try htmlReport(["--lang", "sv"])
    #expect(swedish.contains("<html lang=\"sv\">"))
    #expect(swedish.contains("Rapporteringsbörda"))
  }

  @Test func theBurdenCommandWritesAnHTMLPageToo() throws {
    let run = try TillitBinary.run(["burden", "examples/exempelby", "--format", "html"] + Self.today)
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.hasPrefix("<!DOCTYPE html>"))
    #expect(run.standardOutput.contains("Top savings"))
    #expect(!run.standardOutput.contains("id=\"findings\""))
  }

  /// The burden page's header counts what it was made from (it said "0 documents in 0 files").
  @Test func theBurdenPageSaysHowManyDocumentsItWasMadeFrom() throws {
    let run = try TillitBinary.run(["burden", "examples/exempelby", "--format", "html", "--lang", "sv"] + Self.today)
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.contains("34 dokument i 34 filer"))
  }

  @Test func theROPACSVRoundTripsWithItsColumnsAndSwedishCharacters() throws {
    let run = try TillitBinary.run(["ropa", "examples/exempelby", "--lang", "sv", "--separator", ";"] + Self.today)
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(run.standardOutput.hasPrefix("\u{FEFF}Id;Behandling;"))
    let parsed = try python(
      """
      import csv, json, sys
      with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
          rows = list(csv.reader(f, delimiter=';'))
      print(json.dumps(rows, ensure_ascii=False))
      """, input: run.standardOutput)
    #expect(parsed.exitCode == 0, "\(parsed.standardOutput)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(parsed.standardOutput.utf8)) as? [[String]])
    #expect(rows.count == 17)
    #expect(rows.allSatisfy { $0.count == 13 })
    #expect(rows[0][6] == "Ändamål och rättslig grund (b)")
    let byID = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
    #expect(byID["elevhalsoenkat"]?[1] == "Elevhälsoenkät åk 4, 7, 9")
    #expect(byID["elevhalsoenkat"]?[3] == "Barn- och utbildningsnämnden, bun@exempelby.se")
    #expect(byID["passersystem"]?[11] == "SAKNAS")
    #expect(byID["medarbetarenkat"]?[10].hasPrefix("SAKNAS") == true)
  }

  @Test func ropaFiltersByControllerAndSpeaksEnglish() throws {
    let run = try TillitBinary.run([
      "ropa", "examples/exempelby", "--controller", "bun", "--format", "markdown", "--lang", "en",
    ])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.contains("# Record of processing activities – Exempelby kommun"))
    #expect(run.standardOutput.contains("| elevhalsoenkat |"))
    #expect(!run.standardOutput.contains("| ifo-arendesystem |"))
  }
}
