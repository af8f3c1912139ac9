import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// The burden section of the HTML reports: totals as cards, a chart of the top N roles and of
/// the top N follow-ups with the full tables collapsed under them, the reporting calendar and
/// the top savings.
extension HTMLReporter {
  func burdenSection(_ burden: BurdenAnalysis) -> String {
    let currency = burden.currency
    let totals = burden.totals
    let share = totals.hours > 0 ? totals.excessHours / totals.hours : 0
    var html =
      "<section aria-labelledby=\"burden\">\n<h2 id=\"burden\">\(e(Texts.htmlBurden.text(language)))</h2>\n"
    html +=
      "<p>"
      + e(
        Texts.htmlBurdenSummary(
          hours: totals.hours, fte: totals.fte, cost: totals.cost, currency: currency, excess: totals.excessHours,
          share: share
        ).text(language)) + "</p>\n"
    html += "<ul class=\"cards\">\n"
    for (number, label) in [
      (NumberFormat.hours(totals.hours, language), Texts.htmlCardHours.text(language)),
      (NumberFormat.fte(totals.fte, language), Texts.htmlCardFte.text(language)),
      (NumberFormat.money(totals.cost, language), Texts.htmlCardCost(currency: currency).text(language)),
      (NumberFormat.percent(share, language), Texts.htmlCardExcess.text(language)),
    ] {
      html += "<li class=\"card\"><span class=\"number\">\(e(number))</span> \(e(label))</li>\n"
    }
    html += "</ul>\n"
    html += legend()

    let roles = burden.roles.filter { $0.hours > 0 }.sorted { $0.hours > $1.hours }
    html += "<h3 id=\"burden-roles\">\(e(Texts.htmlPerRole.text(language)))</h3>\n"
    html += chart(
      id: "roles", title: Texts.htmlChartRoles.text(language),
      bars: roles.prefix(limits.top).map { ($0.name?.text(language) ?? $0.role, $0.hours, $0.excessByCategory) },
      total: roles.count)
    html += collapsible(rows: roles.count) {
      var html =
        "<table>\n<caption>\(e(Texts.htmlRolesCaption.text(language)))</caption>\n<thead><tr>"
      for header in [
        Texts.burdenRole, Texts.burdenHoursPerYear, Texts.burdenFte, Texts.burdenCost(currency: currency),
        Texts.burdenExcessHours, Texts.burdenShareOfTime, Texts.burdenHeaviestGroupShare, Texts.burdenBudget,
        Texts.htmlStatus,
      ] {
        html += "<th scope=\"col\">\(e(header.text(language)))</th>"
      }
      html += "</tr></thead>\n<tbody>\n"
      for role in roles.prefix(limits.tableRows) {
        let status: String
        if let budget = role.budget {
          status =
            role.hoursOverBudget > 0
            ? "<span class=\"over\">\(e(Texts.htmlOverBudget(hours: role.hoursOverBudget).text(language)))</span>"
            : e(Texts.htmlWithinBudget(share: budget).text(language))
        } else {
          status = "–"
        }
        html +=
          "<tr><th scope=\"row\">\(e(role.name?.text(language) ?? role.role))</th><td class=\"num\">\(e(NumberFormat.hours(role.hours, language)))</td><td class=\"num\">\(e(NumberFormat.fte(role.fte, language)))</td><td class=\"num\">\(e(NumberFormat.money(role.cost, language)))</td><td class=\"num\">\(e(NumberFormat.hours(role.excessHours, language)))</td><td class=\"num\">\(e(NumberFormat.percent(role.shareOfTime, language)))</td><td class=\"num\">\(e(NumberFormat.percent(role.heaviestGroupShare, language)))</td><td class=\"num\">\(role.budget.map { e(NumberFormat.percent($0, language)) } ?? "–")</td><td>\(status)</td></tr>\n"
      }
      return html + "</tbody>\n</table>\n" + moreRows(roles.count)
    }
    html += BurdenHeatMap(analysis: burden, language: language, processesPerCell: limits.processesPerCell).html

    let processes = burden.processes.filter { $0.hours > 0 }.sorted {
      $0.hours != $1.hours ? $0.hours > $1.hours : $0.followUpID < $1.followUpID
    }
    html += "<h3 id=\"burden-processes\">\(e(Texts.htmlPerFollowUp.text(language)))</h3>\n"
    html += chart(
      id: "processes", title: Texts.htmlChartProcesses.text(language),
      bars: processes.prefix(limits.top).map { ($0.name, $0.hours, $0.excessByCategory) }, total: processes.count)
    html += collapsible(rows: processes.count) {
      // Thousands of rows at 10,000 follow-ups: numbers right-aligned by the table's class,
      // not by an attribute on every cell.
      var html = "<table class=\"numbers\">\n<caption>\(e(Texts.htmlPerFollowUp.text(language)))</caption>\n<thead><tr>"
      for header in [
        Texts.burdenFollowUp, Texts.burdenBasis, Texts.burdenHoursPerYear, Texts.burdenFte,
        Texts.burdenCost(currency: currency), Texts.burdenExcessHours,
      ].map({ $0.text(language) }) + ExcessCategory.allCases.map({ $0.label.text(language) }) {
        html += "<th scope=\"col\">\(e(header))</th>"
      }
      html += "</tr></thead>\n<tbody>\n"
      let law = e(Texts.htmlLawRequired.text(language))
      let own = e(Texts.htmlOwnInitiative.text(language))
      for process in processes.prefix(limits.tableRows) {
        html +=
          "<tr><th scope=\"row\">\(e(process.name))</th><td class=\"text\">\(process.lawRequired ? law : own)</td><td>\(e(NumberFormat.hours(process.hours, language)))</td><td>\(e(NumberFormat.fte(process.fte, language)))</td><td>\(e(NumberFormat.money(process.cost, language)))</td><td>\(e(NumberFormat.hours(process.excessHours, language)))</td>"
        for category in ExcessCategory.allCases {
          html += "<td>\(e(NumberFormat.hours(process.excessByCategory[category] ?? 0, language)))</td>"
        }
        html += "</tr>\n"
      }
      return html + "</tbody>\n</table>\n" + moreRows(processes.count)
    }

    if !burden.topSavings.isEmpty {
      html +=
        "<h3 id=\"burden-savings\">\(e(Texts.htmlTopSavings.text(language)))</h3>\n<div class=\"scroll\"><table>\n<caption>\(e(Texts.htmlSavingsCaption.text(language)))</caption>\n<thead><tr>"
      for header in [
        "#", Texts.burdenFollowUp.text(language), Texts.burdenIndicator.text(language),
        Texts.burdenHoursPerYear.text(language), Texts.burdenCost(currency: currency).text(language),
        Texts.burdenReason.text(language),
      ] {
        html += "<th scope=\"col\">\(e(header))</th>"
      }
      html += "</tr></thead>\n<tbody>\n"
      for (i, indicator) in burden.topSavings.enumerated() {
        let duplicate =
          indicator.duplicateOf.map {
            " " + Texts.htmlDuplicateOf(original: "\($0.followUp)/\($0.indicator)").text(language)
          } ?? ""
        html +=
          "<tr><td class=\"num\">\(i + 1)</td><td>\(e(indicator.followUpID))</td><td>\(e(indicator.name))</td><td class=\"num\">\(e(NumberFormat.hours(indicator.excessHours, language)))</td><td class=\"num\">\(e(NumberFormat.money(indicator.excessCost, language)))</td><td>\(e((indicator.excessReason?.label.text(language) ?? "") + duplicate))</td></tr>\n"
      }
      html += "</tbody>\n</table></div>\n"
    }
    return html + "</section>\n"
  }

  /// Under a table cut at `tableRows`: how many rows more, and where they all are.
  private func moreRows(_ rows: Int) -> String {
    guard rows > limits.tableRows else { return "" }
    return "<p class=\"more\">\(prose(Texts.htmlTableMore(more: rows - limits.tableRows)))</p>\n"
  }

  /// A full table under its chart: open when the chart already shows every row, collapsed
  /// (not removed) when the chart shows only the top N; the summary says how many rows.
  private func collapsible(rows: Int, table: () -> String) -> String {
    let open = rows <= limits.top ? " open=\"open\"" : ""
    let summary =
      rows > limits.tableRows
      ? Texts.htmlLargestRows(shown: limits.tableRows, rows: rows) : Texts.htmlWholeTable(rows: rows)
    return
      "<details class=\"full-table\"\(open)>\n<summary>\(e(summary.text(language)))</summary>\n<div class=\"scroll\">"
      + table() + "</div>\n</details>\n"
  }

  private func legend() -> String {
    var html =
      "<ul class=\"legend\" aria-label=\"\(e(Texts.htmlLegend.text(language)))\">\n<li><span class=\"swatch\" style=\"background:\(ReportPalette.neutral)\"></span>\(e(Texts.htmlOtherTime.text(language)))</li>\n"
    for category in ExcessCategory.allCases {
      html +=
        "<li><span class=\"swatch\" style=\"background:\(ReportPalette.color(of: category))\"></span>\(e(Texts.htmlExcessCategory(category: category.label).text(language)))</li>\n"
    }
    return html + "</ul>\n"
  }

  /// A horizontal bar chart: each bar the whole burden, its excess part by category on the
  /// left. `bars` are the top N of `total`; the rest are counted under the chart.
  private func chart(
    id: String, title: String, bars: [(label: String, hours: Double, excess: [ExcessCategory: Double])], total: Int
  ) -> String {
    guard !bars.isEmpty else { return "" }
    let rowHeight = 24
    let labelWidth = 260
    let width = 760
    let plot = Double(width - labelWidth - 120)
    let maximum = max(bars.map(\.hours).max() ?? 1, 1)
    let height = bars.count * rowHeight + 10
    var svg =
      "<figure>\n<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">\n"
    svg +=
      "<title id=\"\(id)-title\">\(e(title))</title>\n<desc id=\"\(id)-desc\">\(e(Texts.htmlChartDescription.text(language)))</desc>\n"
    for (i, bar) in bars.enumerated() {
      let y = i * rowHeight + 5
      let label = bar.label.count > 38 ? String(bar.label.prefix(37)) + "…" : bar.label
      svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 16)\" text-anchor=\"end\" class=\"label\">\(e(label))</text>\n"
      var x = Double(labelWidth)
      for category in ExcessCategory.allCases {
        let part = (bar.excess[category] ?? 0) / maximum * plot
        guard part > 0.05 else { continue }
        svg +=
          "<rect x=\"\(format(x))\" y=\"\(y + 3)\" width=\"\(format(part))\" height=\"\(rowHeight - 8)\" fill=\"\(ReportPalette.color(of: category))\"><title>\(e(category.label.text(language))): \(e(NumberFormat.hours(bar.excess[category] ?? 0, language))) h</title></rect>\n"
        x += part
      }
      let rest = bar.hours / maximum * plot - (x - Double(labelWidth))
      if rest > 0.05 {
        svg +=
          "<rect x=\"\(format(x))\" y=\"\(y + 3)\" width=\"\(format(rest))\" height=\"\(rowHeight - 8)\" fill=\"\(ReportPalette.neutral)\" />\n"
      }
      svg +=
        "<text x=\"\(format(Double(labelWidth) + bar.hours / maximum * plot + 6))\" y=\"\(y + 16)\" class=\"value\">\(e(NumberFormat.hours(bar.hours, language))) h</text>\n"
    }
    svg += "</svg>\n"
    if total > bars.count {
      svg +=
        "<figcaption class=\"more\">\(e(Texts.htmlChartMore(more: total - bars.count).text(language)))</figcaption>\n"
    }
    return svg + "</figure>\n"
  }

  /// SVG coordinates to a tenth of a unit.
  private func format(_ value: Double) -> String { StringFormatter.shortest((value * 10).rounded() / 10) }
}
