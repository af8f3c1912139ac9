import Foundation
import Testing

/// `tillit report`: the report to a committee, run as a user would on the example workspace.
@Suite struct ReportCommandTests {
  /// What each committee of Exempelby must see, in both languages: its collections, a gap it
  /// is known to have with its remedy, its waivers (or that there are none), and a follow-up's
  /// hours in the language's number style (Swedish groups thousands with a no-break space).
  struct Expected: Sendable, CustomTestStringConvertible {
    var controller: String
    var collections: [String]
    var gap: (sv: String, en: String)?
    var remedy: (sv: String, en: String)?
    var waiver: (sv: String, en: String)?
    var followUp: (sv: String, en: String)?
    var testDescription: String { controller }
  }

  static let committees: [Expected] = [
    Expected(
      controller: "ks",
      collections: [
        "AI-baserad textanalys av synpunkter (ai-textanalys-synpunkter)", "Medarbetarenkät (medarbetarenkat)",
        "Nyhetsbrev (nyhetsbrev)", "Passersystem kommunhuset (passersystem)",
        "Sjukfrånvaro och rehabilitering (sjukfranvaroregister)", "Synpunkter och klagomål (synpunkter-och-klagomal)",
      ],
      gap: (
        "Ingen gallring eller bevarande – Passersystem kommunhuset (passersystem)",
        "No retention – Passersystem kommunhuset (passersystem)"
      ),
      remedy: (
        "Åtgärd: Ange under `retention` handlingstyp (`record_type`)",
        "Remedy: State under `retention` the record type (`record_type`)"
      ),
      waiver: (
        "w-2025-004: ”Ingen gallring eller bevarande” (GDPR-PRI-007) för Passersystem kommunhuset (passersystem) – gällde till och med 31 december 2025 och har löpt ut",
        "w-2025-004: “No retention” (GDPR-PRI-007) for Passersystem kommunhuset (passersystem) – was valid until 31 December 2025 and has expired"
      ),
      followUp: (
        "2\u{00A0}880,0 timmar per år (1,69 årsarbeten, 1\u{00A0}513\u{00A0}200 SEK)",
        "2,880.0 hours a year (1.69 FTE, 1,513,200 SEK)"
      )),
    Expected(
      controller: "bun",
      collections: [
        "Elevhälsoenkät åk 4, 7, 9 (elevhalsoenkat)", "Kamerabevakning av skolgårdar (kamerabevakning-skolor)",
        "Skolskjutsärenden (skolskjuts)",
      ],
      gap: (
        "Behandling innan konsekvensbedömningen är klar – Kamerabevakning av skolgårdar (kamerabevakning-skolor)",
        "Processing before DPIA done – Kamerabevakning av skolgårdar (kamerabevakning-skolor)"
      ),
      remedy: (
        "Åtgärd: Gör klart konsekvensbedömningen och vidta åtgärderna",
        "Remedy: Finish the DPIA and take its measures"
      ),
      waiver: nil,
      followUp: (
        "924,0 timmar per år (0,54 årsarbeten, 418\u{00A0}240 SEK)", "924.0 hours a year (0.54 FTE, 418,240 SEK)"
      )),
    Expected(
      controller: "son",
      collections: [
        "Ekonomiskt bistånd (ekonomiskt-bistand)", "Ärendehantering individ- och familjeomsorg (ifo-arendesystem)",
      ],
      gap: (
        "Automatiserat beslut utan grund – Ekonomiskt bistånd (ekonomiskt-bistand)",
        "Automated decision unfounded – Ekonomiskt bistånd (ekonomiskt-bistand)"
      ),
      remedy: (
        "Åtgärd: Vid stöd i lag: hänvisa till den lag som ger stöd för automatiseringen",
        "Remedy: Where the ground is law: cite the law that authorises the automation"
      ),
      waiver: nil,
      followUp: (
        "428,0 timmar per år (0,25 årsarbeten, 195\u{00A0}960 SEK)", "428.0 hours a year (0.25 FTE, 195,960 SEK)"
      )),
    Expected(
      controller: "von",
      collections: [
        "Brukarundersökning äldreomsorg (brukarundersokning-aldreomsorg)",
        "Trygghetslarm och larmloggar (hemtjanst-trygghetslarm)", "Lex Sarah-rapporter (lex-sarah-rapporter)",
      ],
      gap: (
        "Konsekvensbedömning krävs men är inte påbörjad – Brukarundersökning äldreomsorg (brukarundersokning-aldreomsorg)",
        "DPIA required, not started – Brukarundersökning äldreomsorg (brukarundersokning-aldreomsorg)"
      ),
      remedy: (
        "Åtgärd: Gör en konsekvensbedömning innan behandlingen börjar.",
        "Remedy: Carry out a DPIA before the processing starts."
      ),
      waiver: nil,
      followUp: (
        "4\u{00A0}620,0 timmar per år (2,72 årsarbeten, 1\u{00A0}894\u{00A0}200 SEK)",
        "4,620.0 hours a year (2.72 FTE, 1,894,200 SEK)"
      )),
    // The culture committee's one collection is in order and no follow-up reports to it.
    Expected(
      controller: "kfn", collections: ["Bibliotekens lån och låntagare (bibliotek-lan)"], gap: nil, remedy: nil,
      waiver: nil, followUp: nil),
  ]

  static func report(_ arguments: [String]) throws -> TillitBinary.Run {
    try TillitBinary.run(["report", "examples/exempelby", "--today", "2026-11-29"] + arguments)
  }

  @Test(arguments: committees)
  func eachCommitteeSeesItsCollectionsGapsWaiversAndBurdenInSwedish(_ expected: Expected) throws {
    let run = try Self.report(["--controller", expected.controller, "--lang", "sv"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    let text = run.standardOutput
    for collection in expected.collections { #expect(text.contains("- " + collection + "\n"), "\(collection)") }
    if let gap = expected.gap { #expect(text.contains(gap.sv)) } else { #expect(text.contains("Inga öppna brister.")) }
    if let remedy = expected.remedy { #expect(text.contains(remedy.sv)) }
    if let waiver = expected.waiver {
      #expect(text.contains(waiver.sv))
    } else {
      #expect(text.contains("Inga undantag gäller nämndens dokument."))
    }
    if let followUp = expected.followUp {
      #expect(text.contains(followUp.sv))
    } else {
      #expect(text.contains("Ingen uppföljning använder nämndens personuppgifter"))
    }
    // Only this committee's section.
    #expect(text.components(separatedBy: "\nKontakt: ").count == 2)
  }

  @Test(arguments: committees)
  func eachCommitteeSeesItsCollectionsGapsWaiversAndBurdenInEnglish(_ expected: Expected) throws {
    let run = try Self.report(["--controller", expected.controller, "--lang", "en"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    let text = run.standardOutput
    for collection in expected.collections { #expect(text.contains("- " + collection + "\n"), "\(collection)") }
    if let gap = expected.gap { #expect(text.contains(gap.en)) } else { #expect(text.contains("No open gaps.")) }
    if let remedy = expected.remedy { #expect(text.contains(remedy.en)) }
    if let waiver = expected.waiver {
      #expect(text.contains(waiver.en))
    } else {
      #expect(text.contains("No waivers apply to the committee's documents."))
    }
    if let followUp = expected.followUp {
      #expect(text.contains(followUp.en))
    } else {
      #expect(text.contains("No follow-up uses the committee's personal data"))
    }
  }

  @Test func withoutAControllerEachCommitteeHasASectionInTheOrganizationsOrder() throws {
    let run = try Self.report(["--lang", "en"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(run.standardOutput.hasPrefix("Report to the committees – Exempelby kommun\n"))
    let headings = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .compactMap { index, line -> String? in
        let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        guard index + 1 < lines.count, lines[index + 1].allSatisfy({ $0 == "-" }), !lines[index + 1].isEmpty
        else { return nil }
        return String(line)
      }
    // The Organization's five, then the controller a collection names that it lacks.
    #expect(
      headings == [
        "Municipal executive board", "Education committee", "Social services committee",
        "Health and social care committee", "Culture and leisure committee",
        "pn (not among the organisation's controllers)",
      ])
  }

  @Test func theReportSpeaksNeitherValueIdsNorISODurations() throws {
    for language in ["sv", "en"] {
      let text = try Self.report(["--lang", language, "--controller", "ks"]).standardOutput
      // The report's own lines (not the packs' messages, quoted as they are): collections,
      // follow-ups and waivers.
      let own = text.components(separatedBy: "\n").filter {
        $0.hasPrefix("  Status") || $0.hasPrefix("  Gallr") || $0.hasPrefix("  Disposed") || $0.hasPrefix("  Kept")
          || $0.hasPrefix("  Bevaras") || $0.hasPrefix("  Konsekvens") || $0.hasPrefix("  Impact")
          || $0.hasPrefix("  Ägare") || $0.hasPrefix("  Owner") || $0.hasPrefix("- w-")
      }
      #expect(own.count > 10)
      for line in own {
        #expect(line.range(of: #"\bP\d+[YMD]\b|\b\d{4}-\d\d-\d\d\b"#, options: .regularExpression) == nil, "\(line)")
        for id in ["not_screened", "screened_not_required", "in_progress", "finance", "dispose"] {
          #expect(!line.contains(id), "\(line)")
        }
      }
    }
  }

  @Test func anUnknownControllerExitsTwoWithTheClosestOne() throws {
    let run = try Self.report(["--controller", "bunn", "--lang", "en"])
    #expect(run.exitCode == 2)
    #expect(run.standardOutput.isEmpty)
    #expect(run.standardError.contains("--controller 'bunn' does not exist; did you mean bun?"))
    let swedish = try Self.report(["--controller", "bunn", "--lang", "sv"])
    #expect(swedish.exitCode == 2)
    #expect(swedish.standardError.contains("--controller 'bunn' finns inte; menade du bun?"))
  }

  @Test func aBadRevisionExitsTwoNamingSinceInBothLanguages() throws {
    let run = try Self.report(["--since", "no-such-revision-xyz", "--lang", "en"])
    #expect(run.exitCode == 2)
    #expect(run.standardOutput.isEmpty)
    #expect(run.standardError.contains("--since no-such-revision-xyz: no such revision in the git repository"))
    let swedish = try Self.report(["--since", "no-such-revision-xyz", "--lang", "sv"])
    #expect(swedish.exitCode == 2)
    #expect(swedish.standardError.contains("--since no-such-revision-xyz: revisionen finns inte i git-arkivet"))
  }

  @Test func sinceOutsideARepositoryExitsTwoSayingSo() throws {
    let scratch = try ScratchRepository()
    defer { scratch.remove() }
    let outside = scratch.base.appendingPathComponent("outside")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: TillitBinary.packageRoot.appendingPathComponent("examples/exempelby/organization.yaml"),
      to: outside.appendingPathComponent("organization.yaml"))
    let run = try TillitBinary.run(
      ["report", ".", "--since", "HEAD", "--lang", "en"],
      environment: ["GIT_CEILING_DIRECTORIES": scratch.base.path], currentDirectory: outside)
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("--since needs a git repository, but the current folder is not inside one"))
    #expect(run.standardError.contains("note: git: fatal: not a git repository"))
  }

  @Test func sinceShowsTheCommitteesNewAndResolvedGaps() throws {
    let scratch = try ScratchRepository()
    defer { scratch.remove() }
    try scratch.copy(fromPackage: "examples/exempelby", to: "ws")
    try scratch.commitAll("the example")
    // The school cameras lose their privacy notice (a new gap) and school transport gets one
    // (a resolved gap); the social services committee's documents are untouched.
    let cameras = try scratch.read("ws/collections/kamerabevakning-skolor.yaml")
    try scratch.write(
      "ws/collections/kamerabevakning-skolor.yaml",
      cameras.replacingOccurrences(of: "  notice: \"https://exempelby.se/kamerabevakning\"\n", with: "  {}\n"))
    let transport = try scratch.read("ws/collections/skolskjuts.yaml")
    try scratch.write(
      "ws/collections/skolskjuts.yaml",
      transport.replacingOccurrences(
        of: "transparency: {}", with: "transparency: {notice: \"https://exempelby.se/skolskjuts\"}"))
    try scratch.commitAll("change")
    let bun = try scratch.shell("tillit report ws --controller bun --since HEAD~1 --today 2026-11-29 --lang en")
    #expect(bun.exitCode == 0, "\(bun.transcript)")
    let changes = bun.standardOutput.components(separatedBy: "Changes since HEAD~1").last ?? ""
    #expect(
      changes.contains(
        "New gaps (1)\n\n- No privacy notice (serious)\n  Kamerabevakning av skolgårdar (kamerabevakning-skolor)\n"),
      "\(changes)")
    #expect(
      changes.contains("Resolved gaps (1)\n\n- No privacy notice (serious)\n  Skolskjutsärenden (skolskjuts)\n"),
      "\(changes)")
    let page = try scratch.shell(
      "tillit report ws --controller bun --since HEAD~1 --today 2026-11-29 --lang en --format html")
    #expect(page.exitCode == 0, "\(page.transcript)")
    #expect(page.standardOutput.contains("<h3>Changes since HEAD~1</h3>\n<h4>New gaps (1)</h4>"))
    #expect(
      page.standardOutput.contains(
        "▲</span> No privacy notice (serious) – Kamerabevakning av skolgårdar (kamerabevakning-skolor)</li>"))
    let son = try scratch.shell("tillit report ws --controller son --since HEAD~1 --today 2026-11-29 --lang sv")
    #expect(son.exitCode == 0, "\(son.transcript)")
    #expect(son.standardOutput.contains("Nya brister (0)\n\nInga."))
    #expect(son.standardOutput.contains("Åtgärdade brister (0)\n\nInga."))
  }

  @Test func theHTMLPageIsWholeSelfContainedAndPrintable() throws {
    let run = try Self.report(["--format", "html", "--lang", "sv"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    let html = run.standardOutput
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
    #expect(html.hasSuffix("</html>\n"))
    #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
    #expect(html.contains("@page { size: A4;"))
    #expect(html.contains("a[href]::after { content: \" (\" attr(href) \")\""))
    #expect(html.contains(".controller { break-before: page; }"))
    #expect(html.contains(".gap, .collection, .waiver, tr, .card { break-inside: avoid; }"))
    for element in [
      "html", "head", "body", "header", "main", "section", "ol", "ul", "li", "table", "dl", "p", "h2", "h3", "h4",
    ] {
      let opened =
        html.components(separatedBy: "<\(element)>").count + html.components(separatedBy: "<\(element) ").count - 2
      let closed = html.components(separatedBy: "</\(element)>").count - 1
      #expect(opened == closed, "<\(element)> opened \(opened) times, closed \(closed)")
    }
    #expect(html.components(separatedBy: "<section class=\"controller\"").count - 1 == 6)
    // Severity is a word and a symbol, never a colour alone.
    #expect(html.contains("<span class=\"sym error\" aria-hidden=\"true\">▲</span> Allvarligt – bryter mot en lag"))
    #expect(html.contains("2\u{00A0}880,0"))
  }

  /// One committee's whole report, so that a change to any of its words shows in review.
  @Test func theEducationCommitteesReportMatchesItsGoldenFile() throws {
    let run = try Self.report(["--controller", "bun", "--format", "markdown", "--lang", "sv"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    try ReportFormatTests.expect(run.standardOutput, matchesSnapshot: "exempelby.report.bun.sv.md")
  }

  @Test func theSameInputGivesTheSameBytes() throws {
    for format in ["html", "markdown", "text"] {
      let first = try Self.report(["--format", format, "--lang", "en"])
      let second = try Self.report(["--format", format, "--lang", "en"])
      #expect(first.exitCode == 0)
      #expect(first.standardOutput == second.standardOutput, "\(format)")
    }
  }

  @Test func outWritesTheFileAndMarkdownHasHeadings() throws {
    let scratch = try ScratchRepository()
    defer { scratch.remove() }
    let file = scratch.base.appendingPathComponent("ks.md")
    let run = try Self.report(["--controller", "ks", "--format", "markdown", "--lang", "en", "--out", file.path])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(run.standardOutput.isEmpty)
    let markdown = try String(contentsOf: file, encoding: .utf8)
    // One committee: the title names it.
    #expect(markdown.hasPrefix("# Report to Municipal executive board – Exempelby kommun\n"))
    #expect(markdown.contains("\n## Municipal executive board\n"))
    #expect(markdown.contains("\n#### Serious – breaks a law or a requirement (6)\n"))
  }
}
