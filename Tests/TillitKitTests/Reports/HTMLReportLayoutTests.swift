import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The HTML check report's layout for readers (issue #13): a table of contents that leads
/// somewhere, each rule's first findings with the rest counted in the reader's language, a
/// palette that does not rest on red against green, and tables that scroll inside themselves
/// on a phone instead of widening the page.
@Suite struct HTMLReportLayoutTests {
  static func finding(rule: String, document: String, severity: Severity = .warning) -> Finding {
    Finding(
      ruleID: rule,
      shared: Finding.Shared(
        packID: "trust", title: LocalizedText(sv: "Rubrik", en: "Title"),
        remediation: LocalizedText(sv: "Gör så", en: "Do this"), references: [], tags: []),
      severity: severity, message: LocalizedText(sv: "Meddelande \(document)", en: "Message \(document)"),
      documentKind: .followUp, documentID: document, path: "",
      location: SourceLocation(file: "\(document).yaml", line: 1, column: 1),
      fingerprint: Finding.fingerprint(rule: rule, kind: .followUp, document: document, path: ""))
  }

  static func report(_ findings: [Finding], language: Language = .en) -> CheckReport {
    CheckReport(
      findings: findings, documentCount: 12_345, fileCount: 1, today: CalendarDate("2026-11-29")!, failOn: .error,
      language: language, packs: [])
  }

  static let manyOfOneRule =
    (0..<45).map { finding(rule: "R-MANY", document: "d\($0)") }
    + [finding(rule: "R-ONE", document: "x", severity: .error)]

  @Test func everyEntryOfTheTableOfContentsLeadsToASection() throws {
    let html = HTMLReporter(report: Self.report(Self.manyOfOneRule)).render()
    let nav = try #require(html.range(of: "<nav class=\"toc\"")).lowerBound
    let end = try #require(html.range(of: "</nav>", range: nav..<html.endIndex)).upperBound
    let anchors = html[nav..<end].components(separatedBy: "href=\"#").dropFirst().map { $0.prefix { $0 != "\"" } }
    #expect(anchors == ["summary", "findings"])
    for anchor in anchors { #expect(html.contains("id=\"\(anchor)\"")) }
    #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"))
  }

  @Test func aRuleListsItsFirstTwentyFindingsAndCountsTheRest() {
    let english = HTMLReporter(report: Self.report(Self.manyOfOneRule)).render()
    #expect(english.components(separatedBy: "<li class=\"finding\">").count - 1 == 20 + 1)
    #expect(english.contains("<p class=\"more\">and 25 more – see the JSON or SARIF report</p>"))
    #expect(english.contains("Each rule lists its first 20 findings"))
    #expect(english.contains("<code>--format json</code>"))
    #expect(!english.contains("`"))
    // The rule's remedy is said once, not once per finding.
    #expect(english.components(separatedBy: "Do this").count - 1 == 2)
    let swedish = HTMLReporter(report: Self.report(Self.manyOfOneRule, language: .sv)).render()
    #expect(swedish.contains("<p class=\"more\">och 25 till – se JSON- eller SARIF-rapporten</p>"))
    #expect(swedish.contains("12\u{00A0}345 dokument i 1 fil"))
  }

  @Test func aRuleWithFewFindingsListsThemAllWithoutSayingMore() {
    var limits = HTMLLimits()
    limits.findingsPerRule = 46
    var report = Self.report(Self.manyOfOneRule)
    report.htmlLimits = limits
    let html = HTMLReporter(report: report).render()
    #expect(html.components(separatedBy: "<li class=\"finding\">").count - 1 == 46)
    #expect(!html.contains("class=\"more\""))
    #expect(!html.contains("Each rule lists its first"))
  }

  @Test func severitiesHaveTheOkabeItoColoursAndASignBesideTheColour() {
    let html = HTMLReporter(report: Self.report(Self.manyOfOneRule)).render()
    #expect(html.contains("--error: #D55E00; --warning: #E69F00; --info: #0072B2;"))
    // The former red and green are gone; a badge has its word and a shape.
    for old in ["#b3261e", "#1b7f3b", "#8a5a00", "#1f5f8b"] { #expect(!html.contains(old)) }
    #expect(html.contains(".badge.error::before { content: \"■ \"; }"))
    #expect(html.contains("<span class=\"badge error\">error</span>"))
  }

  @Test func everyTableScrollsInsideItsOwnContainer() {
    let html = HTMLReporter(report: Self.report(Self.manyOfOneRule)).render()
    let tables = html.components(separatedBy: "<table").count - 1
    #expect(tables > 0)
    #expect(html.components(separatedBy: "<div class=\"scroll\"><table").count - 1 == tables)
    #expect(html.contains(".scroll { overflow-x: auto;"))
  }

  @Test func topBelowOneIsRefusedInBothLanguages() {
    #expect(throws: HTMLLimits.TopError(value: 0)) { try HTMLLimits.validated(top: 0) }
    #expect(TillitReports.Texts.htmlTopInvalid(value: 0).en.contains("1 or more"))
    #expect(TillitReports.Texts.htmlTopInvalid(value: -2).sv.contains("inte -2"))
    #expect((try? HTMLLimits.validated(top: 1))?.top == 1)
  }

  @Test func aSwedishCSVNumberHasADecimalCommaAndTextIsLeftAlone() {
    #expect(CSVField.escaped("-3.5", separator: ";", decimalComma: true) == "-3,5")
    #expect(CSVField.escaped("1894200", separator: ";", decimalComma: true) == "1894200")
    #expect(CSVField.escaped("a;b", separator: ";", decimalComma: true) == "\"a;b\"")
    #expect(CSVField.escaped("=1+2", separator: ";", decimalComma: true) == "\"'=1+2\"")
    #expect(CSVField.escaped("3.5", separator: ",") == "3.5")
  }
}
