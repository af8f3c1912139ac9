import CEL
import TillitFacts
import TillitYAML

/// The reporting calendar in HTML (issue #17): roles × months, each cell shaded by its hours,
/// with the processes behind it in the cell's title, and a plain table of the same for print
/// (a tooltip does not reach paper). One hue, from white to the palette's blue
/// (`ReportPalette.sequential`), so that readers with any colour vision see the order; the
/// numbers are in the cells as well.
///
/// A cell names its heaviest few follow-ups and counts the rest: in a workspace of 10,000
/// follow-ups a month of the assistant nurses has thousands behind it, and listing them all
/// made the calendar 17 MB of a 21 MB page.
struct BurdenHeatMap {
  var analysis: BurdenAnalysis
  var language: Language
  /// Follow-ups named per cell: the heaviest, the rest counted.
  var processesPerCell = HTMLLimits().processesPerCell

  /// Sequential single-hue scale, lightest for the fewest hours.
  static let shades = ReportPalette.sequential

  private func e(_ text: String) -> String { MarkupEscaping.escaped(text) }

  private var monthNames: [String] {
    BurdenCalendar.monthNames.map { LocalizedText(sv: $0.sv, en: $0.en).text(language) }
  }

  /// The shade of a cell whose hours per person are `perHead`, against the largest such cell
  /// `top`: by square root, so that a month of a few minutes each is still told apart from an
  /// empty one. Per person, because that is what a month weighs on the one who answers: the
  /// assistant nurses' thousands of hours are a little each for 1,100 people, a principal's
  /// two hundred a working day each for a few dozen.
  static func shade(_ perHead: Double, top: Double) -> Int {
    guard perHead > 0, top > 0 else { return 0 }
    let level = (perHead / top).squareRoot() * Double(shades.count - 1)
    return max(1, min(shades.count - 1, Int(level.rounded())))
  }

  var html: String {
    let years = analysis.calendar.roles.filter { $0.hours.contains { $0 > 0 } }
    guard !years.isEmpty else { return "" }
    let names = Dictionary(analysis.roles.map { ($0.role, $0.name) }, uniquingKeysWith: { first, _ in first })
    let headcounts = Dictionary(analysis.roles.map { ($0.role, $0.headcount) }, uniquingKeysWith: { first, _ in first })
    /// Hours per person (a role of unknown headcount counts as one).
    func perHead(_ hours: Double, _ role: String) -> Double {
      let count = headcounts[role] ?? 0
      return count > 0 ? hours / count : hours
    }
    let top = years.flatMap { year in year.hours.map { perHead($0, year.role) } }.max() ?? 0
    func roleName(_ role: String) -> String { names[role]??.text(language) ?? role }
    func processes(_ list: [BurdenCalendar.Contribution]) -> String {
      // The heaviest few, named in the calendar's own order of follow-ups.
      let heaviest = list.enumerated().sorted {
        $0.element.hours != $1.element.hours ? $0.element.hours > $1.element.hours : $0.offset < $1.offset
      }.prefix(processesPerCell).sorted { $0.offset < $1.offset }.map(\.element)
      var text = heaviest.map { "\($0.name): \(NumberFormat.hours($0.hours, language)) h" }.joined(separator: "; ")
      if list.count > heaviest.count {
        text += "; " + Texts.calendarMore(more: list.count - heaviest.count).text(language)
      }
      return text
    }

    var html =
      "<h3 id=\"calendar\">\(e(Texts.calendarTitle.text(language)))</h3>\n"
    html +=
      "<p>"
      + e(Texts.calendarExplanation.text(language)) + "</p>\n"
    html +=
      "<div class=\"scroll\"><table class=\"heatmap\">\n<caption>\(e(Texts.calendarCaption.text(language)))</caption>\n<thead><tr>"
    html += "<th scope=\"col\">\(e(Texts.burdenRole.text(language)))</th>"
    for month in monthNames { html += "<th scope=\"col\" class=\"num\">\(e(String(month.prefix(3))))</th>" }
    html += "<th scope=\"col\" class=\"num\">\(e(Texts.calendarYear.text(language)))</th></tr></thead>\n<tbody>\n"
    for year in years {
      html += "<tr><th scope=\"row\">\(e(roleName(year.role)))</th>"
      for month in 0..<12 {
        let hours = year.hours[month]
        let level = Self.shade(perHead(hours, year.role), top: top)
        let title = hours > 0 ? "\(monthNames[month]): \(processes(year.processes[month]))" : monthNames[month]
        html +=
          "<td class=\"num shade\(level)\" style=\"background:\(Self.shades[level])\" title=\"\(e(title))\">\(hours > 0 ? e(NumberFormat.hours(hours, language)) : "")</td>"
      }
      html += "<td class=\"num\">\(e(NumberFormat.hours(year.hours.reduce(0, +), language)))</td></tr>\n"
    }
    html += "</tbody>\n</table></div>\n"

    // For print, and for readers who cannot hover: every cell with its processes.
    html +=
      "<table class=\"calendar-detail\">\n<caption>\(e(Texts.calendarDetail.text(language)))</caption>\n<thead><tr>"
    for header in [Texts.burdenRole, Texts.calendarMonth, Texts.calendarHours, Texts.calendarFollowUps] {
      html += "<th scope=\"col\">\(e(header.text(language)))</th>"
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
