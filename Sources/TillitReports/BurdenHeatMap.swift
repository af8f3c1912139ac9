import CEL
import TillitFacts
import TillitYAML

/// The reporting calendar in HTML (issue #17): roles × months, each cell shaded by its hours,
/// with the processes behind it in the cell's title, and a plain table of the same for print
/// (a tooltip does not reach paper). One hue from light to dark blue, so that readers with
/// any colour vision see the order; the numbers are in the cells as well.
struct BurdenHeatMap {
  var analysis: BurdenAnalysis
  var language: Language

  /// Sequential single-hue scale (light to dark blue), lightest for the fewest hours.
  static let shades = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"]

  private func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }
  private func e(_ text: String) -> String { MarkupEscaping.escaped(text) }

  private var monthNames: [String] {
    BurdenCalendar.monthNames.map { language == .sv ? $0.sv : $0.en }
  }

  /// The shade for `hours` of the largest cell `top`: by square root, so that months of a
  /// few hours are still told apart from empty ones beside a role of thousands.
  static func shade(_ hours: Double, top: Double) -> Int {
    guard hours > 0, top > 0 else { return 0 }
    let level = (hours / top).squareRoot() * Double(shades.count - 1)
    return max(1, min(shades.count - 1, Int(level.rounded())))
  }

  var html: String {
    let years = analysis.calendar.roles.filter { $0.hours.contains { $0 > 0 } }
    guard !years.isEmpty else { return "" }
    let names = Dictionary(analysis.roles.map { ($0.role, $0.name) }, uniquingKeysWith: { first, _ in first })
    let top = years.flatMap(\.hours).max() ?? 0
    func roleName(_ role: String) -> String { names[role]??.text(language) ?? role }
    func processes(_ list: [BurdenCalendar.Contribution]) -> String {
      list.map { "\($0.name): \(NumberFormat.hours($0.hours, language)) h" }.joined(separator: "; ")
    }

    var html =
      "<h3 id=\"calendar\">\(e(t("Årshjul: timmar per roll och månad", "Reporting calendar: hours per role and month")))</h3>\n"
    html +=
      "<p>"
      + e(
        t(
          "Ju mörkare ruta, desto fler timmar lägger rollen på uppföljning den månaden. Håll muspekaren över en ruta för att se vilka uppföljningar som möts där.",
          "The darker the cell, the more hours the role spends on follow-up that month. Hover over a cell to see which follow-ups meet there."
        )) + "</p>\n"
    html += "<table class=\"heatmap\">\n<caption>\(e(t("Årshjul", "Reporting calendar")))</caption>\n<thead><tr>"
    html += "<th scope=\"col\">\(e(t("Roll", "Role")))</th>"
    for month in monthNames { html += "<th scope=\"col\" class=\"num\">\(e(String(month.prefix(3))))</th>" }
    html += "<th scope=\"col\" class=\"num\">\(e(t("År", "Year")))</th></tr></thead>\n<tbody>\n"
    for year in years {
      html += "<tr><th scope=\"row\">\(e(roleName(year.role)))</th>"
      for month in 0..<12 {
        let hours = year.hours[month]
        let level = Self.shade(hours, top: top)
        let title = hours > 0 ? "\(monthNames[month]): \(processes(year.processes[month]))" : monthNames[month]
        html +=
          "<td class=\"num shade\(level)\" style=\"background:\(Self.shades[level])\" title=\"\(e(title))\">\(hours > 0 ? e(NumberFormat.hours(hours, language)) : "")</td>"
      }
      html += "<td class=\"num\">\(e(NumberFormat.hours(year.hours.reduce(0, +), language)))</td></tr>\n"
    }
    html += "</tbody>\n</table>\n"

    // For print, and for readers who cannot hover: every cell with its processes.
    html +=
      "<table class=\"calendar-detail\">\n<caption>\(e(t("Årshjulet i detalj: uppföljningarna bakom varje månad", "The calendar in detail: the follow-ups behind each month")))</caption>\n<thead><tr>"
    for header in [t("Roll", "Role"), t("Månad", "Month"), t("Timmar", "Hours"), t("Uppföljningar", "Follow-ups")] {
      html += "<th scope=\"col\">\(e(header))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for year in years {
      for month in 0..<12 where year.hours[month] > 0 {
        html +=
          "<tr><th scope=\"row\">\(e(roleName(year.role)))</th><td>\(e(monthNames[month]))</td><td class=\"num\">\(e(NumberFormat.hours(year.hours[month], language)))</td><td>\(e(processes(year.processes[month])))</td></tr>\n"
      }
    }
    html += "</tbody>\n</table>\n"
    return html
  }
}
