import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// A self-contained HTML report for people who do not read terminals: inline CSS and SVG, no
/// external fonts, scripts or requests (it works offline and in a locked-down network), in
/// Swedish or English. Semantic headings and tables, a table of contents, charts with text
/// equivalents, a print stylesheet that hides nothing, and a small filter script the page does
/// not need.
///
/// The page stays usable at any size (issue #13): charts draw the top N bars (`--top`), full
/// tables follow them collapsed, findings are grouped by rule with the first few of each
/// listed, and every cap is stated on the page with how much more there is. A 20,000-document
/// workspace gives a page of a few megabytes rather than a hundred.
///
/// The markup is also well-formed XML, so tests can parse it strictly.
struct HTMLReporter {
  var report: CheckReport
  /// False for `tillit burden --format html`: a burden report without findings.
  var includeFindings = true

  var language: Language { report.language }
  var limits: HTMLLimits { report.htmlLimits }

  /// The whole page as one text (small reports, `tillit burden --format html`).
  func render() -> String {
    var html = ""
    write(to: &html)
    return html
  }

  /// Writes the page section by section, and the findings rule by rule: a report of hundreds
  /// of thousands of findings is never held whole as text.
  func write(to output: inout some TextOutputStream) {
    let organization = report.organizationName.isEmpty ? "" : " – " + e(report.organizationName)
    var html = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\" />\n"
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
    html += "<title>\(e(Texts.htmlTitle.text(language)))\(organization)</title>\n"
    html += "<style>\n\(HTMLReporter.style)\n</style>\n</head>\n<body>\n"
    html += "<header>\n<h1>\(e(Texts.htmlHeading.text(language)))\(organization)</h1>\n"
    html +=
      "<p class=\"meta\">\(e(Texts.htmlDate.text(language))): <time datetime=\"\(report.today)\">\(report.today)</time> · tillit \(TillitVersion.current) · "
      + e(Texts.htmlDocumentsInFiles(documents: report.documentCount, files: report.fileCount).text(language))
      + "</p>\n</header>\n"
    html += tableOfContents()
    html += "<main>\n"
    if includeFindings { html += summary() }
    if let burden = report.burdenAnalysis { html += burdenSection(burden) }
    if includeFindings {
      output.write(html)
      html = ""
      writeFindingsSection(to: &output)
    }
    if !report.screenings.isEmpty { html += screeningSection() }
    html += "</main>\n<script>\n//<![CDATA[\n\(HTMLReporter.script)\n//]]>\n</script>\n</body>\n</html>\n"
    output.write(html)
  }

  // MARK: Table of contents

  /// The sections this page has, each with the subsections worth jumping to.
  private var contents: [(id: String, title: String, children: [(id: String, title: String)])] {
    var entries: [(id: String, title: String, children: [(id: String, title: String)])] = []
    if includeFindings { entries.append(("summary", Texts.htmlSummary.text(language), [])) }
    if let burden = report.burdenAnalysis {
      var children = [("burden-roles", Texts.htmlPerRole.text(language))]
      if burden.calendar.roles.contains(where: { $0.hours.contains { $0 > 0 } }) {
        children.append(("calendar", Texts.calendarTitle.text(language)))
      }
      children.append(("burden-processes", Texts.htmlPerFollowUp.text(language)))
      if !burden.topSavings.isEmpty { children.append(("burden-savings", Texts.htmlTopSavings.text(language))) }
      entries.append(("burden", Texts.htmlBurden.text(language), children))
    }
    if includeFindings { entries.append(("findings", Texts.htmlFindings.text(language), [])) }
    if !report.screenings.isEmpty { entries.append(("dpia", Texts.htmlScreening.text(language), [])) }
    return entries
  }

  private func tableOfContents() -> String {
    var html =
      "<nav class=\"toc\" aria-labelledby=\"toc\">\n<h2 id=\"toc\">\(e(Texts.htmlContents.text(language)))</h2>\n<ol>\n"
    for entry in contents {
      html += "<li><a href=\"#\(entry.id)\">\(e(entry.title))</a>"
      if !entry.children.isEmpty {
        html += "\n<ol>\n"
        for child in entry.children { html += "<li><a href=\"#\(child.id)\">\(e(child.title))</a></li>\n" }
        html += "</ol>\n"
      }
      html += "</li>\n"
    }
    return html + "</ol>\n</nav>\n"
  }

  // MARK: Summary

  private func summary() -> String {
    var html =
      "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">\(e(Texts.htmlSummary.text(language)))</h2>\n"
    html += "<ul class=\"cards\">\n"
    for severity in [Severity.error, .warning, .info] {
      html +=
        "<li class=\"card \(severity.rawValue)\"><span class=\"number\">\(count(report.count(severity)))</span> \(e(severityPlural(severity)))</li>\n"
    }
    html +=
      "<li class=\"card\"><span class=\"number\">\(count(report.waivedCount))</span> \(e(Texts.htmlWaived.text(language)))</li>\n"
    html +=
      "<li class=\"card\"><span class=\"number\">\(count(report.baselinedCount))</span> \(e(Texts.htmlBaselined.text(language)))</li>\n"
    html += "</ul>\n"
    html +=
      "<div class=\"scroll\"><table>\n<caption>\(e(Texts.htmlOpenPerPack.text(language)))</caption>\n<thead><tr><th scope=\"col\">\(e(Texts.htmlPack.text(language)))</th>"
    for severity in [Severity.error, .warning, .info] {
      html += "<th scope=\"col\" class=\"num\">\(e(severityPlural(severity)))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    // Counted in one walk, not one filtered copy of the open findings per pack and severity.
    var open: [String: [Severity: Int]] = [:]
    for finding in report.findings {
      if finding.isOpen {
        open[finding.packID, default: [:]][finding.severity, default: 0] += 1
      } else if open[finding.packID] == nil {
        open[finding.packID] = [:]
      }
    }
    for pack in open.keys.sorted() {
      html += "<tr><th scope=\"row\">\(e(pack))</th>"
      for severity in [Severity.error, .warning, .info] {
        html += "<td class=\"num\">\(count(open[pack]?[severity] ?? 0))</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table></div>\n</section>\n"
  }

  func severityPlural(_ severity: Severity) -> String {
    switch severity {
    case .error: return Texts.htmlErrors.text(language)
    case .warning: return Texts.htmlWarnings.text(language)
    case .info: return Texts.htmlInfo.text(language)
    }
  }

  /// A count for people: `12 345` in Swedish, `12,345` in English.
  func count(_ value: Int) -> String {
    e(NumberFormat.format(Double(value), decimals: 0, language: language))
  }

  func e(_ text: String) -> String { MarkupEscaping.escaped(text) }

  /// A catalogue text for the page: escaped, its `code` spans (options, commands) set as code
  /// rather than shown with their backticks.
  func prose(_ text: LocalizedText) -> String {
    let parts = e(text.text(language)).split(separator: "`", omittingEmptySubsequences: false)
    guard parts.count > 2, parts.count % 2 == 1 else { return parts.joined(separator: "`") }
    return parts.enumerated().map { $0.offset % 2 == 1 ? "<code>\($0.element)</code>" : String($0.element) }.joined()
  }

  static let style = """
    :root { color-scheme: light; --text: #1b1f24; --muted: #4a5563; --line: #d0d7de; --error: \(ReportPalette.vermillion); --warning: \(ReportPalette.orange); --info: \(ReportPalette.blue); }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--text); background: #fff; }
    header, main, .toc { max-width: 1100px; margin: 0 auto; padding: 0 1.25rem; }
    header { padding-top: 1.5rem; border-bottom: 1px solid var(--line); }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
    h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
    h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; overflow-wrap: anywhere; }
    h3 small, caption small { color: var(--muted); font-weight: normal; font-size: .85rem; }
    .meta { color: var(--muted); margin: 0 0 1rem; }
    .toc h2 { font-size: 1rem; border: 0; margin: 1rem 0 .25rem; }
    .toc ol { margin: 0; padding-left: 1.4rem; } .toc ol ol { padding-left: 1.2rem; font-size: .92rem; }
    .cards { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .75rem; }
    .card { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px; padding: .5rem .9rem; min-width: 8rem; }
    .card .number { display: block; font-size: 1.6rem; font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .card.error { border-left-color: var(--error); } .card.warning { border-left-color: var(--warning); } .card.info { border-left-color: var(--info); }
    .scroll { overflow-x: auto; max-width: 100%; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
    caption { text-align: left; font-weight: 600; padding: .25rem 0; }
    th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
    thead th { background: #f3f5f7; }
    td.num, th.num, .numbers td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .numbers td.text { text-align: left; white-space: normal; }
    .over { color: #a33c00; font-weight: 600; }
    .over::before { content: "▲ "; }
    figure { margin: .5rem 0; overflow-x: auto; }
    .chart { max-width: 100%; height: auto; font-size: 12px; }
    .chart .label, .chart .value { fill: var(--text); }
    .more { color: var(--muted); font-style: italic; margin: .25rem 0 .75rem; }
    details { margin: .25rem 0 1rem; }
    details > summary { cursor: pointer; font-weight: 600; }
    .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; font-size: .9rem; }
    .swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .35rem; vertical-align: -.1rem; border-radius: 2px; border: 1px solid #0003; }
    .filters { display: flex; flex-wrap: wrap; gap: 1rem; margin-bottom: 1rem; }
    .filters fieldset { border: 1px solid var(--line); border-radius: 6px; min-width: 0; }
    .filters label { margin-right: .75rem; white-space: nowrap; }
    .rule { border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem; margin-bottom: 1rem; }
    .rule > p { overflow-wrap: anywhere; }
    .findings { list-style: none; padding: 0; margin: 0; }
    .finding { border-top: 1px solid var(--line); padding: .4rem 0; }
    .finding p { margin: .15rem 0; overflow-wrap: anywhere; }
    .badge { display: inline-block; border-radius: 4px; padding: 0 .45rem; font-size: .8rem; font-weight: 700; text-transform: uppercase; }
    .badge.error { background: var(--error); color: \(ReportPalette.textColor(on: .error)); } .badge.warning { background: var(--warning); color: \(ReportPalette.textColor(on: .warning)); } .badge.info { background: var(--info); color: \(ReportPalette.textColor(on: .info)); }
    .badge.error::before { content: "■ "; } .badge.warning::before { content: "▲ "; } .badge.info::before { content: "● "; }
    .status { color: var(--muted); font-style: italic; }
    .label-inline { font-weight: 600; }
    .place, .refs { color: var(--muted); font-size: .88rem; }
    a { color: #0b57d0; }
    code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .88em; overflow-wrap: anywhere; }
    .screening th[scope=row] { font-weight: normal; }
    .heatmap td { border: 1px solid #fff; min-width: 2.6rem; }
    .heatmap td.shade5, .heatmap td.shade6, .heatmap td.shade7 { color: #fff; }
    .calendar-detail { display: none; }
    @media (max-width: 640px) {
      body { font-size: 15px; }
      header, main, .toc { padding: 0 .75rem; }
      th, td { white-space: nowrap; }
      .finding p, .rule > p, .rules td:nth-child(3) { white-space: normal; }
      .rules td:nth-child(3) { min-width: 9rem; }
      .chart { min-width: 560px; }
      .card { min-width: 6.5rem; }
    }
    @media print {
      .filters, .toc { display: none; }
      .calendar-detail { display: table; }
      .heatmap td, .badge, .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      .rule[hidden] { display: block !important; } tr[hidden] { display: table-row !important; }
      .rule, figure { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
      header, main { max-width: none; }
      .scroll, figure { overflow: visible; }
    }
    """

  /// Filters the rules by severity and pack, and opens every collapsed table before printing;
  /// the page is whole without it.
  static let script = """
    (function () {
      window.addEventListener('beforeprint', function () {
        Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
      });
      var form = document.querySelector('.filters');
      if (!form) { return; }
      function shown(name) {
        var values = {};
        Array.prototype.forEach.call(form.querySelectorAll('input[name=' + name + ']'), function (box) { values[box.value] = box.checked; });
        return values;
      }
      form.addEventListener('change', function () {
        var severities = shown('severity');
        var packs = shown('pack');
        Array.prototype.forEach.call(document.querySelectorAll('[data-severity][data-pack]'), function (item) {
          item.hidden = !(severities[item.getAttribute('data-severity')] === true && packs[item.getAttribute('data-pack')] === true);
        });
      });
    })();
    """
}
