import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// A self-contained HTML report for people who do not read terminals: inline CSS and SVG, no
/// external fonts, scripts or requests (it works offline and in a locked-down network), in
/// Swedish or English. Semantic headings and tables, charts with text equivalents, a print
/// stylesheet that hides nothing, and a small filter script the page does not need.
///
/// The markup is also well-formed XML, so tests can parse it strictly.
struct HTMLReporter {
  var report: CheckReport
  /// False for `tillit burden --format html`: a burden report without findings.
  var includeFindings = true

  private var language: Language { report.language }
  private func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }

  /// The whole page as one text (small reports, `tillit burden --format html`).
  func render() -> String {
    var html = ""
    write(to: &html)
    return html
  }

  /// Writes the page section by section, and the findings document by document: a report of
  /// hundreds of thousands of findings is never held whole.
  func write(to output: inout some TextOutputStream) {
    var html = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\" />\n"
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
    html +=
      "<title>\(e(t("tillit – rapport", "tillit – report")))\(report.organizationName.isEmpty ? "" : " – " + e(report.organizationName))</title>\n"
    html += "<style>\n\(HTMLReporter.style)\n</style>\n</head>\n<body>\n"
    html +=
      "<header>\n<h1>\(e(t("Uppföljning och dataskydd", "Follow-up and data protection")))\(report.organizationName.isEmpty ? "" : " – " + e(report.organizationName))</h1>\n"
    html +=
      "<p class=\"meta\">\(e(t("Datum", "Date"))): <time datetime=\"\(report.today)\">\(report.today)</time> · tillit \(TillitVersion.current) · "
      + e(
        t(
          "\(NumberFormat.format(Double(report.documentCount), decimals: 0, language: language)) dokument i \(NumberFormat.format(Double(report.fileCount), decimals: 0, language: language)) filer",
          "\(NumberFormat.format(Double(report.documentCount), decimals: 0, language: language)) documents in \(NumberFormat.format(Double(report.fileCount), decimals: 0, language: language)) files"
        ))
      + "</p>\n</header>\n<main>\n"
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

  // MARK: Sections

  private func summary() -> String {
    var html = "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">\(e(t("Sammanfattning", "Summary")))</h2>\n"
    html += "<ul class=\"cards\">\n"
    for severity in [Severity.error, .warning, .info] {
      html +=
        "<li class=\"card \(severity.rawValue)\"><span class=\"number\">\(report.count(severity))</span> \(e(severityPlural(severity)))</li>\n"
    }
    html +=
      "<li class=\"card\"><span class=\"number\">\(report.waivedCount)</span> \(e(t("undantagna", "waived")))</li>\n"
    html +=
      "<li class=\"card\"><span class=\"number\">\(report.baselinedCount)</span> \(e(t("i baslinjen", "baselined")))</li>\n"
    html += "</ul>\n"
    html +=
      "<table>\n<caption>\(e(t("Öppna fynd per paket", "Open findings per pack")))</caption>\n<thead><tr><th scope=\"col\">\(e(t("Paket", "Pack")))</th>"
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
        html += "<td class=\"num\">\(open[pack]?[severity] ?? 0)</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n</section>\n"
  }

  private func severityPlural(_ severity: Severity) -> String {
    switch severity {
    case .error: return t("fel", "errors")
    case .warning: return t("varningar", "warnings")
    case .info: return t("info", "info")
    }
  }

  private static let categoryColors: [ExcessCategory: String] = [
    .unused: "#b3261e", .duplicate: "#7d5260", .available: "#8a5a00", .overFrequent: "#3a5f8f",
  ]

  private func burdenSection(_ burden: BurdenAnalysis) -> String {
    let currency = burden.currency
    let totals = burden.totals
    var html =
      "<section aria-labelledby=\"burden\">\n<h2 id=\"burden\">\(e(t("Rapporteringsbörda", "Reporting burden")))</h2>\n"
    html +=
      "<p>"
      + e(
        t(
          "Uppföljningen tar \(NumberFormat.hours(totals.hours, language)) timmar per år, \(NumberFormat.fte(totals.fte, language)) årsarbeten, \(NumberFormat.money(totals.cost, language)) \(currency). Av det är \(NumberFormat.hours(totals.excessHours, language)) timmar överskott (\(NumberFormat.percent(totals.hours > 0 ? totals.excessHours / totals.hours : 0, language))).",
          "Follow-up takes \(NumberFormat.hours(totals.hours, language)) hours a year, \(NumberFormat.fte(totals.fte, language)) FTE, \(NumberFormat.money(totals.cost, language)) \(currency). Of that, \(NumberFormat.hours(totals.excessHours, language)) hours are excess (\(NumberFormat.percent(totals.hours > 0 ? totals.excessHours / totals.hours : 0, language)))."
        ))
      + "</p>\n"
    html += legend()
    let roles = burden.roles.filter { $0.hours > 0 }.sorted { $0.hours > $1.hours }
    html += "<h3>\(e(t("Per roll", "Per role")))</h3>\n"
    html += chart(
      id: "roles", title: t("Timmar per år per roll", "Hours a year per role"),
      bars: roles.map { ($0.name?.text(language) ?? $0.role, $0.hours, $0.excessByCategory) })
    html += "<table>\n<caption>\(e(t("Per roll, med budget", "Per role, with budget")))</caption>\n<thead><tr>"
    for header in [
      t("Roll", "Role"), t("Timmar/år", "Hours/yr"), t("Årsarb.", "FTE"), t("Kostnad", "Cost") + " \(currency)",
      t("Överskott h", "Excess h"), t("Andel av arbetstid", "Share of time"),
      t("Andel, tyngsta gruppen", "Share, heaviest group"), t("Budget", "Budget"), t("Status", "Status"),
    ] {
      html += "<th scope=\"col\">\(e(header))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for role in roles {
      let status: String
      if let budget = role.budget {
        status =
          role.hoursOverBudget > 0
          ? "<span class=\"over\">\(e(t("över med \(NumberFormat.hours(role.hoursOverBudget, language)) h", "over by \(NumberFormat.hours(role.hoursOverBudget, language)) h")))</span>"
          : e(t("inom", "within")) + " " + e(NumberFormat.percent(budget, language))
      } else {
        status = "–"
      }
      html +=
        "<tr><th scope=\"row\">\(e(role.name?.text(language) ?? role.role))</th><td class=\"num\">\(e(NumberFormat.hours(role.hours, language)))</td><td class=\"num\">\(e(NumberFormat.fte(role.fte, language)))</td><td class=\"num\">\(e(NumberFormat.money(role.cost, language)))</td><td class=\"num\">\(e(NumberFormat.hours(role.excessHours, language)))</td><td class=\"num\">\(e(NumberFormat.percent(role.shareOfTime, language)))</td><td class=\"num\">\(e(NumberFormat.percent(role.heaviestGroupShare, language)))</td><td class=\"num\">\(role.budget.map { e(NumberFormat.percent($0, language)) } ?? "–")</td><td>\(status)</td></tr>\n"
    }
    html += "</tbody>\n</table>\n"
    html += BurdenHeatMap(analysis: burden, language: language).html

    let processes = burden.processes.filter { $0.hours > 0 }.sorted { $0.hours > $1.hours }
    html += "<h3>\(e(t("Per uppföljning", "Per follow-up")))</h3>\n"
    html += chart(
      id: "processes", title: t("Timmar per år per uppföljning", "Hours a year per follow-up"),
      bars: processes.map { ($0.name, $0.hours, $0.excessByCategory) })
    html += "<table>\n<caption>\(e(t("Per uppföljning", "Per follow-up")))</caption>\n<thead><tr>"
    for header in [
      t("Uppföljning", "Follow-up"), t("Grund", "Basis"), t("Timmar/år", "Hours/yr"), t("Årsarb.", "FTE"),
      t("Kostnad", "Cost") + " \(currency)", t("Överskott h", "Excess h"),
    ] + ExcessCategory.allCases.map({ $0.label.text(language) }) {
      html += "<th scope=\"col\">\(e(header))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for process in processes {
      html +=
        "<tr><th scope=\"row\">\(e(process.name))</th><td>\(e(process.lawRequired ? t("lagkrav", "law") : t("eget", "own")))</td><td class=\"num\">\(e(NumberFormat.hours(process.hours, language)))</td><td class=\"num\">\(e(NumberFormat.fte(process.fte, language)))</td><td class=\"num\">\(e(NumberFormat.money(process.cost, language)))</td><td class=\"num\">\(e(NumberFormat.hours(process.excessHours, language)))</td>"
      for category in ExcessCategory.allCases {
        html += "<td class=\"num\">\(e(NumberFormat.hours(process.excessByCategory[category] ?? 0, language)))</td>"
      }
      html += "</tr>\n"
    }
    html += "</tbody>\n</table>\n"

    if !burden.topSavings.isEmpty {
      html +=
        "<h3>\(e(t("Största besparingar", "Top savings")))</h3>\n<table>\n<caption>\(e(t("Indikatorer vars överskott kan tas bort", "Indicators whose excess can be removed")))</caption>\n<thead><tr>"
      for header in [
        "#", t("Uppföljning", "Follow-up"), t("Indikator", "Indicator"), t("Timmar/år", "Hours/yr"),
        t("Kostnad", "Cost") + " \(currency)", t("Skäl", "Reason"),
      ] {
        html += "<th scope=\"col\">\(e(header))</th>"
      }
      html += "</tr></thead>\n<tbody>\n"
      for (i, indicator) in burden.topSavings.enumerated() {
        let duplicate =
          indicator.duplicateOf.map { " (" + t("dubblett av", "duplicate of") + " \($0.followUp)/\($0.indicator))" }
          ?? ""
        html +=
          "<tr><td class=\"num\">\(i + 1)</td><td>\(e(indicator.followUpID))</td><td>\(e(indicator.name))</td><td class=\"num\">\(e(NumberFormat.hours(indicator.excessHours, language)))</td><td class=\"num\">\(e(NumberFormat.money(indicator.excessCost, language)))</td><td>\(e((indicator.excessReason?.label.text(language) ?? "") + duplicate))</td></tr>\n"
      }
      html += "</tbody>\n</table>\n"
    }
    return html + "</section>\n"
  }

  private func legend() -> String {
    var html =
      "<ul class=\"legend\" aria-label=\"\(e(t("Förklaring", "Legend")))\">\n<li><span class=\"swatch\" style=\"background:#9aa5b1\"></span>\(e(t("övrig tid", "other time")))</li>\n"
    for category in ExcessCategory.allCases {
      html +=
        "<li><span class=\"swatch\" style=\"background:\(HTMLReporter.categoryColors[category]!)\"></span>\(e(t("överskott", "excess"))): \(e(category.label.text(language)))</li>\n"
    }
    return html + "</ul>\n"
  }

  /// A horizontal bar chart: each bar the whole burden, its excess part by category on the left.
  private func chart(
    id: String, title: String, bars: [(label: String, hours: Double, excess: [ExcessCategory: Double])]
  ) -> String {
    let rowHeight = 24
    let labelWidth = 260
    let width = 760
    let plot = Double(width - labelWidth - 90)
    let maximum = max(bars.map(\.hours).max() ?? 1, 1)
    let height = bars.count * rowHeight + 10
    var svg =
      "<figure>\n<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">\n"
    svg +=
      "<title id=\"\(id)-title\">\(e(title))</title>\n<desc id=\"\(id)-desc\">\(e(t("Samma siffror finns i tabellen nedan.", "The same figures are in the table below.")))</desc>\n"
    for (i, bar) in bars.enumerated() {
      let y = i * rowHeight + 5
      let label = bar.label.count > 38 ? String(bar.label.prefix(37)) + "…" : bar.label
      svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 16)\" text-anchor=\"end\" class=\"label\">\(e(label))</text>\n"
      var x = Double(labelWidth)
      for category in ExcessCategory.allCases {
        let part = (bar.excess[category] ?? 0) / maximum * plot
        guard part > 0.05 else { continue }
        svg +=
          "<rect x=\"\(format(x))\" y=\"\(y + 3)\" width=\"\(format(part))\" height=\"\(rowHeight - 8)\" fill=\"\(HTMLReporter.categoryColors[category]!)\"><title>\(e(category.label.text(language))): \(e(NumberFormat.hours(bar.excess[category] ?? 0, language))) h</title></rect>\n"
        x += part
      }
      let rest = bar.hours / maximum * plot - (x - Double(labelWidth))
      if rest > 0.05 {
        svg +=
          "<rect x=\"\(format(x))\" y=\"\(y + 3)\" width=\"\(format(rest))\" height=\"\(rowHeight - 8)\" fill=\"#9aa5b1\" />\n"
      }
      svg +=
        "<text x=\"\(format(Double(labelWidth) + bar.hours / maximum * plot + 6))\" y=\"\(y + 16)\" class=\"value\">\(e(NumberFormat.hours(bar.hours, language))) h</text>\n"
    }
    return svg + "</svg>\n</figure>\n"
  }

  /// SVG coordinates to a tenth of a unit.
  private func format(_ value: Double) -> String { StringFormatter.shortest((value * 10).rounded() / 10) }

  private func writeFindingsSection(to output: inout some TextOutputStream) {
    var html = "<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">\(e(t("Fynd", "Findings")))</h2>\n"
    let packs = Array(Set(report.findings.map(\.packID))).sorted()
    html +=
      "<form class=\"filters\" aria-label=\"\(e(t("Filter", "Filters")))\">\n<fieldset><legend>\(e(t("Allvarlighet", "Severity")))</legend>\n"
    for severity in [Severity.error, .warning, .info] {
      html +=
        "<label><input type=\"checkbox\" name=\"severity\" value=\"\(severity.rawValue)\" checked=\"checked\" /> \(e(severity.label.text(language)))</label>\n"
    }
    html += "</fieldset>\n<fieldset><legend>\(e(t("Paket", "Pack")))</legend>\n"
    for pack in packs {
      html +=
        "<label><input type=\"checkbox\" name=\"pack\" value=\"\(e(pack))\" checked=\"checked\" /> \(e(pack))</label>\n"
    }
    html += "</fieldset>\n</form>\n"
    if report.findings.isEmpty {
      output.write(html + "<p>\(e(t("Inga fynd.", "No findings.")))</p>\n</section>\n")
      return
    }
    output.write(html)
    // Documents in the order of their first finding, each with its findings' positions: a
    // table from document to group, not a search of the groups for every finding.
    var groupOf: [String: Int] = [:]
    var byDocument: [[Int]] = []
    for (position, finding) in report.findings.enumerated() {
      let key = "\(finding.documentKind?.rawValue ?? "")/\(finding.documentID)"
      if let index = groupOf[key] {
        byDocument[index].append(position)
      } else {
        groupOf[key] = byDocument.count
        byDocument.append([position])
      }
    }
    for group in byDocument {
      let first = report.findings[group[0]]
      html =
        "<article class=\"document\">\n<h3>\(e(first.documentID)) <small>\(e(first.documentKind?.rawValue ?? "")) · \(e(first.location.file))</small></h3>\n<ul class=\"findings\">\n"
      for position in group {
        let finding = report.findings[position]
        var status = ""
        if let waiver = finding.waiver {
          status =
            " <span class=\"status\">"
            + e(
              t("undantag \(waiver.id)", "waived by \(waiver.id)")
                + (waiver.until.map { t(" t.o.m. \($0)", " until \($0)") } ?? "")
                + (waiver.reason.map { ": \($0)" } ?? "")) + "</span>"
        } else if finding.baselined {
          status = " <span class=\"status\">\(e(t("i baslinjen", "baselined")))</span>"
        }
        if let action = finding.action {
          status += " <span class=\"status\">\(e(ActionPhrase.text(action, language: language)))</span>"
        }
        html +=
          "<li class=\"finding\" data-severity=\"\(finding.severity.rawValue)\" data-pack=\"\(e(finding.packID))\">\n"
        html +=
          "<p><span class=\"badge \(finding.severity.rawValue)\">\(e(finding.severity.label.text(language)))</span> <code>\(e(finding.ruleID))</code> <strong>\(e(finding.title.text(language)))</strong>\(status)</p>\n"
        html += "<p>\(e(finding.message.text(language)))</p>\n"
        if let remediation = finding.remediation {
          html +=
            "<p class=\"remedy\"><span class=\"label-inline\">\(e(t("Åtgärd", "Remedy"))):</span> \(e(remediation.text(language)))</p>\n"
        }
        if !finding.references.isEmpty {
          html += "<p class=\"refs\"><span class=\"label-inline\">\(e(t("Källor", "References"))):</span> "
          html += finding.references.map { reference in
            let text = [reference.article, reference.principle, reference.title, reference.source].compactMap { $0 }
              .filter { !$0.isEmpty }.joined(separator: "; ")
            if let url = reference.url, url.hasPrefix("https://") || url.hasPrefix("http://") {
              return "<a href=\"\(e(url))\">\(e(text.isEmpty ? url : text))</a>"
            }
            return e(text)
          }.joined(separator: " · ")
          html += "</p>\n"
        }
        html +=
          "<p class=\"place\"><code>\(e(finding.location.file)):\(finding.location.line):\(finding.location.column)</code>\(finding.path.isEmpty ? "" : " · <code>\(e(finding.path))</code>")</p>\n</li>\n"
      }
      html += "</ul>\n</article>\n"
      output.write(html)
    }
    output.write("</section>\n")
  }

  private func screeningSection() -> String {
    var html =
      "<section aria-labelledby=\"dpia\">\n<h2 id=\"dpia\">\(e(t("Förhandsbedömning av konsekvensbedömning (DPIA)", "DPIA screening")))</h2>\n"
    html +=
      "<p>\(e(t("De nio kriterierna i WP248; två eller fler gör en konsekvensbedömning obligatorisk enligt IMY:s förteckning, och de tre fallen i art. 35.3 alltid.", "The nine WP248 criteria; two or more make a DPIA mandatory under IMY's list, and the three cases of Art. 35(3) always do.")))</p>\n"
    for entry in report.screenings {
      let screening = entry.screening
      let result: String
      switch screening.result {
      case "required":
        result =
          t("krävs", "required")
          + (screening.basis == "art35_3"
            ? t(
              " (art. 35.3: \(screening.triggers.joined(separator: ", ")))",
              " (Art. 35(3): \(screening.triggers.joined(separator: ", ")))")
            : t(" (IMY:s förteckning)", " (IMY's list)"))
      case "recommended": result = t("rekommenderas", "recommended")
      case "covered": result = t("täcks av lagstiftningen", "covered by legislation")
      default: result = t("inte indikerad", "not indicated")
      }
      html +=
        "<table class=\"screening\">\n<caption>\(e(entry.name)) <small>(\(e(entry.id)))</small> – \(e(t("resultat", "result"))): <strong>\(e(result))</strong>; \(e(t("DPIA-status", "DPIA status"))): \(e(entry.status ?? "–"))</caption>\n"
      html +=
        "<thead><tr><th scope=\"col\">\(e(t("Kriterium", "Criterion")))</th><th scope=\"col\">\(e(t("Uppfyllt", "Holds")))</th><th scope=\"col\">\(e(t("Skäl", "Reason")))</th></tr></thead>\n<tbody>\n"
      for criterion in screening.criteria {
        let name = DPIAScreening.names[criterion.id]?.text(language) ?? criterion.id
        html +=
          "<tr><th scope=\"row\">\(criterion.id) \(e(name))</th><td>\(criterion.holds ? "<strong>" + e(t("ja", "yes")) + "</strong>" : e(t("nej", "no")))</td><td>\(criterion.reasons.map { "<code>\(e($0))</code>" }.joined(separator: ", "))</td></tr>\n"
      }
      html += "</tbody>\n</table>\n"
    }
    return html + "</section>\n"
  }

  private func e(_ text: String) -> String { MarkupEscaping.escaped(text) }

  static let style = """
    :root { color-scheme: light; --text: #1b1f24; --muted: #4a5563; --line: #d0d7de; --error: #b3261e; --warning: #8a5a00; --info: #1f5f8b; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--text); background: #fff; }
    header, main { max-width: 1100px; margin: 0 auto; padding: 0 1.25rem; }
    header { padding-top: 1.5rem; border-bottom: 1px solid var(--line); }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
    h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
    h3 small, caption small { color: var(--muted); font-weight: normal; font-size: .85rem; }
    .meta { color: var(--muted); margin: 0 0 1rem; }
    .cards { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .75rem; }
    .card { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; min-width: 8rem; }
    .card .number { display: block; font-size: 1.6rem; font-weight: 700; }
    .card.error .number { color: var(--error); } .card.warning .number { color: var(--warning); } .card.info .number { color: var(--info); }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
    caption { text-align: left; font-weight: 600; padding: .25rem 0; }
    th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
    thead th { background: #f3f5f7; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .over { color: var(--error); font-weight: 600; }
    figure { margin: .5rem 0; }
    .chart { max-width: 100%; height: auto; font-size: 12px; }
    .chart .label, .chart .value { fill: var(--text); }
    .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; font-size: .9rem; }
    .swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .35rem; vertical-align: -.1rem; border-radius: 2px; }
    .filters { display: flex; flex-wrap: wrap; gap: 1rem; margin-bottom: 1rem; }
    .filters fieldset { border: 1px solid var(--line); border-radius: 6px; }
    .filters label { margin-right: .75rem; white-space: nowrap; }
    .document { border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem; margin-bottom: 1rem; }
    .findings { list-style: none; padding: 0; margin: 0; }
    .finding { border-top: 1px solid var(--line); padding: .5rem 0; }
    .finding:first-child { border-top: 0; }
    .finding p { margin: .2rem 0; overflow-wrap: anywhere; }
    .badge { display: inline-block; color: #fff; border-radius: 4px; padding: 0 .45rem; font-size: .8rem; font-weight: 700; text-transform: uppercase; }
    .badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
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
      table { display: block; overflow-x: auto; }
      th, td { white-space: nowrap; }
      figure { overflow-x: auto; }
      .chart { min-width: 620px; }
    }
    @media print {
      .filters { display: none; }
      .calendar-detail { display: table; }
      .heatmap td { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      .finding, .finding[hidden] { display: block !important; }
      .document, table, figure { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
      header, main { max-width: none; }
    }
    """

  /// Filters by severity and pack; the page is whole without it (and in print).
  static let script = """
    (function () {
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
        Array.prototype.forEach.call(document.querySelectorAll('.finding'), function (item) {
          item.hidden = !(severities[item.getAttribute('data-severity')] === true ? packs[item.getAttribute('data-pack')] === true : false);
        });
      });
    })();
    """
}
