import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// The controller report as one self-contained HTML page: inline CSS, no script, readable on
/// a phone (nothing wider than the screen at 390 px) and printable on A4 (a page per
/// controller, a gap never split across pages, links printed as their address).
///
/// Colours are from the Okabe–Ito palette, which readers with the common colour-vision
/// deficiencies tell apart; and no colour carries meaning alone: every severity has its word
/// and its symbol.
struct ControllerReportHTML {
  let report: ControllerReport

  private var w: ControllerReportWords { ControllerReportWords(language: report.language) }

  private func e(_ text: String) -> String { MarkupEscaping.escaped(text) }

  func render() -> String {
    let title = w(report.title)
    var html = "<!DOCTYPE html>\n<html lang=\"\(report.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\" />\n"
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
    html += "<title>\(e(title))</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n"
    html +=
      "<header>\n<h1>\(e(title))</h1>\n<p class=\"meta\">\(e(w(Texts.reportMadeOn(date: w.date(report.today)))))</p>\n"
    if report.sections.count > 1 {
      html += "<nav aria-label=\"\(e(w(Texts.reportContents)))\">\n<ul>\n"
      for section in report.sections {
        html += "<li><a href=\"#c-\(e(section.id))\">\(e(sectionName(section)))</a></li>\n"
      }
      html += "</ul>\n</nav>\n"
    }
    html += "</header>\n<main>\n"
    if report.sections.isEmpty { html += "<p>\(e(w(Texts.reportNoControllers)))</p>\n" }
    for section in report.sections { html += render(section) }
    html += "</main>\n</body>\n</html>\n"
    return html
  }

  private func sectionName(_ section: ControllerReport.Section) -> String {
    section.inOrganization ? section.name : w(Texts.reportUnknownController(id: section.id))
  }

  /// The symbol beside each severity word: the word says it, the shape shows it in grey print.
  static func symbol(_ severity: Severity) -> String {
    switch severity {
    case .error: return "▲"
    case .warning: return "●"
    case .info: return "◆"
    }
  }

  private func render(_ section: ControllerReport.Section) -> String {
    var html = "<section class=\"controller\" id=\"c-\(e(section.id))\" aria-labelledby=\"h-\(e(section.id))\">\n"
    html += "<h2 id=\"h-\(e(section.id))\">\(e(sectionName(section)))</h2>\n"
    if let contact = section.contact {
      let link =
        contact.contains("@") && !contact.contains(where: \.isWhitespace)
        ? "<a href=\"mailto:\(e(contact))\">\(e(contact))</a>" : e(contact)
      html += "<p class=\"meta\">\(e(w(Texts.reportContactLabel))) \(link)</p>\n"
    }
    html += cards(section)

    html += "<h3>\(e(w(Texts.reportCollectionsHeading)))</h3>\n"
    if section.collections.isEmpty {
      html += "<p>\(e(w(Texts.reportCollectionsNone)))</p>\n"
    } else {
      html += "<ul class=\"collections\">\n"
      for collection in section.collections {
        let worst = Severity.allCases.sorted(by: >).first { collection.openGaps[$0, default: 0] > 0 }
        html +=
          "<li class=\"collection\">\n<h4>\(e(collection.document.name)) <small>(\(e(collection.document.id)))</small></h4>\n<dl>\n"
        html += row(w(Texts.reportLabelStatus), w.status(collection.status))
        html +=
          "<dt>\(e(w(Texts.reportLabelGaps)))</dt><dd>\(worst.map { "<span class=\"sym \($0.rawValue)\" aria-hidden=\"true\">\(Self.symbol($0))</span> " } ?? "<span class=\"ok\" aria-hidden=\"true\">✓</span> ")\(e(w.gapCounts(collection.openGaps)))</dd>\n"
        html += row(w(Texts.reportLabelRetention), w.retention(collection.retention))
        html += row(
          w(Texts.reportLabelReview),
          w.review(last: collection.lastReview, next: collection.nextReview, today: report.today))
        html += row(w(Texts.reportLabelDpia), w.dpia(collection.dpia))
        html += "</dl>\n</li>\n"
      }
      html += "</ul>\n"
    }

    html += "<h3>\(e(w(Texts.reportDpiaHeading)))</h3>\n"
    html += dpia(section)

    html += "<h3>\(e(w(Texts.reportGapsHeading)))</h3>\n"
    html += "<p class=\"note\">\(e(w(Texts.reportWhoMeans)))</p>\n"
    if section.gaps.isEmpty { html += "<p>\(e(w(Texts.reportGapsNone)))</p>\n" }
    for severity in Severity.allCases.sorted(by: >) {
      let gaps = section.gaps.filter { $0.severity == severity }
      guard !gaps.isEmpty else { continue }
      html +=
        "<h4 class=\"severity \(severity.rawValue)\"><span class=\"sym \(severity.rawValue)\" aria-hidden=\"true\">\(Self.symbol(severity))</span> \(e(w.severityHeading(severity, count: gaps.count)))</h4>\n"
      html += "<ol class=\"gaps\">\n"
      // What is only worth considering takes one line per rule: the report is read in five minutes.
      if severity == .info {
        for group in ControllerReport.grouped(gaps) {
          html +=
            "<li class=\"gap info\"><p class=\"gap-title\"><strong>\(e(w(group.gap.title)))</strong> – \(e(w.documents(group.documents))) <small>· \(e(w(Texts.reportGapRule(rule: group.gap.ruleID))))</small></p></li>\n"
        }
        html += "</ol>\n"
        continue
      }
      for gap in gaps {
        html += "<li class=\"gap \(severity.rawValue)\">\n"
        html +=
          "<p class=\"gap-title\"><strong>\(e(w(gap.title)))</strong> – \(e(gap.document.name)) <small>(\(e(gap.document.id))) · \(e(w(Texts.reportGapRule(rule: gap.ruleID))))</small></p>\n"
        html += "<p>\(MarkupEscaping.escapedProse(w(gap.message)))</p>\n"
        if let remedy = gap.remediation {
          html +=
            "<p><span class=\"label\">\(e(w(Texts.reportLabelRemedy)))</span> \(MarkupEscaping.escapedProse(w(remedy)))</p>\n"
        }
        html +=
          "<p><span class=\"label\">\(e(w(Texts.reportLabelWho)))</span> \(e(w.actor(gap.actor, committee: section.name)))</p>\n"
        html += "</li>\n"
      }
      html += "</ol>\n"
    }

    html += "<h3>\(e(w(Texts.reportWaiversHeading)))</h3>\n"
    if section.waivers.isEmpty {
      html += "<p>\(e(w(Texts.reportWaiversNone)))</p>\n"
    } else {
      html += "<ul class=\"waivers\">\n"
      for waiver in section.waivers {
        html += "<li class=\"waiver\(waiver.expired ? " expired" : "")\">\n<p>"
        html += waiver.expired ? "<span class=\"sym error\" aria-hidden=\"true\">\(Self.symbol(.error))</span> " : ""
        html += "\(e(w.waiver(waiver, today: report.today)))</p>\n"
        if let reason = waiver.reason { html += "<p>\(e(w(Texts.reportWaiverReason(reason: reason))))</p>\n" }
        if let approvedBy = waiver.approvedBy {
          html += "<p>\(e(w(Texts.reportWaiverApprovedBy(name: approvedBy))))</p>\n"
        }
        html += "</li>\n"
      }
      html += "</ul>\n"
    }

    html += "<h3>\(e(w(Texts.reportFollowUpsHeading)))</h3>\n"
    html += followUps(section)
    if let changes = section.changes { html += self.changes(changes) }
    return html + "</section>\n"
  }

  private func row(_ label: String, _ value: String) -> String {
    "<dt>\(e(label))</dt><dd>\(e(value))</dd>\n"
  }

  private func cards(_ section: ControllerReport.Section) -> String {
    let serious = section.gaps.filter { $0.severity == .error }.count
    let cards: [(String, String, String)] = [
      ("", String(section.collections.count), w(Texts.reportCardCollections)),
      (
        serious > 0 ? "error" : "", "\(serious > 0 ? Self.symbol(.error) + " " : "")\(serious)",
        w(Texts.reportCardSerious)
      ),
      ("", String(section.gaps.count), w(Texts.reportCardGaps)),
      ("", NumberFormat.hours(section.hours, report.language), w(Texts.reportCardHours)),
      ("", w.money(section.cost, report.currency), w(Texts.reportCardCost)),
    ]
    var html = "<p class=\"summary\">\(e(summary(section)))</p>\n<ul class=\"cards\">\n"
    for (kind, number, label) in cards {
      html +=
        "<li class=\"card\(kind.isEmpty ? "" : " " + kind)\"><span class=\"number\">\(e(number))</span> \(e(label))</li>\n"
    }
    return html + "</ul>\n"
  }

  private func summary(_ section: ControllerReport.Section) -> String {
    w(
      Texts.reportSummary(
        collections: section.collections.count, gaps: section.gaps.count,
        serious: section.gaps.filter { $0.severity == .error }.count, followUps: section.followUps.count,
        hours: w.hours(section.hours), waivers: section.waivers.count))
  }

  private func dpia(_ section: ControllerReport.Section) -> String {
    var html = ""
    for index in ControllerReportWords.dpiaGroups {
      let collections = section.collections.filter { ControllerReportWords.dpiaGroup(of: $0.dpia) == index }
      guard !collections.isEmpty else { continue }
      let mark =
        index == 0
        ? "<span class=\"sym error\" aria-hidden=\"true\">\(Self.symbol(.error))</span> "
        : index == 1 ? "<span class=\"sym warning\" aria-hidden=\"true\">\(Self.symbol(.warning))</span> " : ""
      html +=
        "<li>\(mark)<span class=\"label\">\(e(w.dpiaGroup(index)))</span> \(collections.map { e(w.document($0.document)) }.joined(separator: ", "))</li>\n"
    }
    return html.isEmpty ? "<p>\(e(w(Texts.reportCollectionsNone)))</p>\n" : "<ul class=\"dpia\">\n" + html + "</ul>\n"
  }

  private func followUps(_ section: ControllerReport.Section) -> String {
    guard !section.followUps.isEmpty else { return "<p>\(e(w(Texts.reportFollowUpsNone)))</p>\n" }
    var html = "<p class=\"note\">\(e(w(Texts.reportFollowUpsExplained)))</p>\n"
    html += "<table class=\"followups\">\n<thead><tr><th scope=\"col\">\(e(w(Texts.reportColumnFollowUp)))</th>"
    html +=
      "<th scope=\"col\" class=\"num\">\(e(w(Texts.reportColumnHours)))</th><th scope=\"col\" class=\"num\">\(e(w(Texts.reportColumnFte)))</th>"
    html +=
      "<th scope=\"col\" class=\"num\">\(e(w(Texts.reportColumnCost(currency: report.currency))))</th><th scope=\"col\" class=\"num\">\(e(w(Texts.reportColumnExcess)))</th></tr></thead>\n<tbody>\n"
    for entry in section.followUps {
      html += "<tr><th scope=\"row\">\(e(entry.document.name)) <small>(\(e(entry.document.id)))</small>"
      html +=
        "<span class=\"detail\">\(e(w.followUpRelation(entry)))</span><span class=\"detail\">\(e(w(Texts.reportFollowUpOwner(who: w.owner(entry.owner)))))</span></th>"
      html += cell(w(Texts.reportColumnHours), NumberFormat.hours(entry.hours, report.language))
      html += cell(w(Texts.reportColumnFte), NumberFormat.fte(entry.fte, report.language))
      html += cell(
        w(Texts.reportColumnCost(currency: report.currency)), NumberFormat.money(entry.cost, report.language))
      html += cell(w(Texts.reportColumnExcess), NumberFormat.hours(entry.excessHours, report.language))
      html += "</tr>\n"
    }
    html += "</tbody>\n<tfoot><tr><th scope=\"row\">\(e(w(Texts.reportColumnTotal)))</th>"
    html += cell(w(Texts.reportColumnHours), NumberFormat.hours(section.hours, report.language))
    html += cell(w(Texts.reportColumnFte), NumberFormat.fte(section.fte, report.language))
    html += cell(
      w(Texts.reportColumnCost(currency: report.currency)), NumberFormat.money(section.cost, report.language))
    html += cell(w(Texts.reportColumnExcess), NumberFormat.hours(section.excessHours, report.language))
    html += "</tr></tfoot>\n</table>\n"
    html +=
      "<p>\(e(w(Texts.reportFollowUpsTotal(hours: w.hours(section.hours), fte: w.fte(section.fte), money: w.money(section.cost, report.currency), excess: w.hours(section.excessHours), excessMoney: w.money(section.excessCost, report.currency)))))</p>\n"
    html += "<h4>\(e(w(Texts.reportSavingsHeading(count: report.topSavings))))</h4>\n"
    if section.savings.isEmpty { return html + "<p>\(e(w(Texts.reportSavingsNone)))</p>\n" }
    html += "<ol class=\"savings\">\n"
    for saving in section.savings {
      html +=
        "<li><strong>\(e(w(Texts.reportSavingLine(indicator: saving.indicator, followUp: saving.followUp))))</strong><br />\(e(w(Texts.reportSavingFigures(hours: w.hours(saving.excessHours), money: w.money(saving.excessCost, report.currency), reason: w.excessReason(saving.reason)))))</li>\n"
    }
    return html + "</ol>\n"
  }

  /// A number cell that names its column, for the phone layout where the row is a card.
  private func cell(_ label: String, _ value: String) -> String {
    "<td class=\"num\" data-label=\"\(e(label))\">\(e(value))</td>"
  }

  private func changes(_ changes: ControllerReport.Changes) -> String {
    var html = "<h3>\(e(w(Texts.reportChangesHeading(revision: changes.revision))))</h3>\n"
    for (title, gaps) in [
      (w(Texts.reportChangesNew(count: changes.appeared.count)), changes.appeared),
      (w(Texts.reportChangesResolved(count: changes.resolved.count)), changes.resolved),
    ] {
      html += "<h4>\(e(title))</h4>\n"
      if gaps.isEmpty {
        html += "<p>\(e(w(Texts.reportChangesNone)))</p>\n"
        continue
      }
      html += "<ul class=\"changes\">\n"
      for gap in gaps {
        html +=
          "<li><span class=\"sym \(gap.severity.rawValue)\" aria-hidden=\"true\">\(Self.symbol(gap.severity))</span> \(e(w(Texts.reportChangeLine(title: w(gap.title), severity: w.severityWord(gap.severity))))) – \(e(w.document(gap.document)))</li>\n"
      }
      html += "</ul>\n"
    }
    return html
  }

  /// Okabe–Ito colours: vermilion #D55E00 (serious), orange #E69F00 (should be remedied), blue
  /// #0072B2 (worth considering, links), bluish green #009E73 (in order). Text stays dark on
  /// light backgrounds; the colours mark borders and symbols, which also carry words.
  static let style = """
    :root { color-scheme: light; --text: #1b1f24; --muted: #4a5563; --line: #d0d7de; --error: #D55E00; --warning: #E69F00; --info: #0072B2; --ok: #009E73; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; font-size: 16px; }
    body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--text); background: #fff; overflow-wrap: break-word; hyphens: auto; }
    header, main { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
    header { padding-top: 1.25rem; border-bottom: 1px solid var(--line); }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; border-bottom: 3px solid var(--info); padding-bottom: .2rem; }
    h3 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
    h4 { font-size: 1rem; margin: 1rem 0 .4rem; }
    small { color: var(--muted); font-weight: normal; }
    .meta, .note, .rule { color: var(--muted); }
    .note { font-size: .92rem; }
    .rule { font-size: .85rem; margin-top: .1rem; }
    nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
    a { color: #0072B2; }
    .summary { font-size: 1.05rem; }
    .cards { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
    .card { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .8rem; min-width: 9.5rem; flex: 1 1 9.5rem; }
    .card .number { display: block; font-size: 1.4rem; font-weight: 700; font-variant-numeric: tabular-nums; }
    .card.error { border-left: 6px solid var(--error); }
    .sym { display: inline-block; min-width: 1em; }
    .sym.error { color: var(--error); } .sym.warning { color: var(--warning); } .sym.info { color: var(--info); }
    .ok { color: var(--ok); font-weight: 700; }
    .label { font-weight: 600; }
    .collections, .waivers { list-style: none; padding: 0; margin: 0; }
    .collection { border: 1px solid var(--line); border-radius: 6px; padding: .3rem .9rem .5rem; margin-bottom: .6rem; }
    .collection h4 { margin: .3rem 0; }
    .collection dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .9rem; margin: 0; }
    .collection dt { font-weight: 600; }
    .collection dd { margin: 0; }
    .gaps { padding-left: 1.6rem; }
    .gap { border-left: 5px solid var(--line); padding: .2rem .7rem; margin: 0 0 .8rem; }
    .gap.error { border-left-color: var(--error); } .gap.warning { border-left-color: var(--warning); } .gap.info { border-left-color: var(--info); }
    .gap p { margin: .15rem 0; }
    .waiver { border-left: 5px solid var(--ok); padding: .2rem .7rem; margin-bottom: .6rem; }
    .waiver.expired { border-left-color: var(--error); }
    .waiver p { margin: .15rem 0; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
    th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
    thead th { background: #f3f5f7; }
    tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--text); }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    thead th.num { white-space: normal; }
    .followups tbody th, .followups tfoot th { width: 45%; }
    .detail { display: block; font-weight: normal; font-size: .88rem; color: var(--muted); }
    @media (max-width: 640px) {
      html { font-size: 15px; }
      .collection dl { grid-template-columns: 1fr; }
      .collection dd { margin-bottom: .3rem; }
      table.followups, .followups tbody, .followups tfoot, .followups tr, .followups th, .followups td { display: block; width: 100%; }
      .followups thead { display: none; }
      .followups tr { border: 1px solid var(--line); border-radius: 6px; margin-bottom: .6rem; padding: .2rem 0; }
      .followups td { border: 0; text-align: left; padding: .1rem .5rem; }
      .followups tbody th, .followups tfoot th { width: 100%; }
      .followups td::before { content: attr(data-label) ": "; font-weight: 600; }
      .followups tfoot th, .followups tfoot td { border-top: 0; }
    }
    @page { size: A4; margin: 18mm 16mm 20mm; }
    @media print {
      html { font-size: 9.5pt; }
      body { line-height: 1.35; }
      h2 { margin-top: 0; } h3 { margin: 1rem 0 .3rem; } h4 { margin: .6rem 0 .3rem; }
      .cards { gap: .3rem; } .card { padding: .2rem .5rem; }
      .collection { padding: .1rem .6rem .3rem; margin-bottom: .3rem; }
      .gap { margin-bottom: .4rem; } .gap p, .waiver p { margin: 0; }
      header, main { max-width: none; padding: 0; }
      nav { display: none; }
      .controller { break-before: page; }
      .controller:first-child { break-before: auto; }
      h2, h3, h4 { break-after: avoid; }
      .gap, .collection, .waiver, tr, .card { break-inside: avoid; }
      .cards, .sym, .gap, .waiver, .card.error { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      a { color: inherit; text-decoration: none; }
      a[href]::after { content: " (" attr(href) ")"; font-size: .9em; color: var(--muted); }
      a[href^="#"]::after { content: ""; }
      a[href^="mailto:"]::after { content: ""; }
    }
    """
}
