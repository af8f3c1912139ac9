import CEL
import Foundation
import TillitFacts
import TillitModel
import TillitSpreadsheet
import TillitYAML

/// `tillit burden --role ID`: every process that asks one role for time, with minutes,
/// frequency, months and the indicators with their use, and the role's year month by month,
/// in one table (issue #17 item 2). The view a staff function needs to coordinate what it asks
/// of the same people.
public struct BurdenRoleView: Sendable {
  public var role: String
  public var analysis: BurdenAnalysis
  public var followUps: [FollowUp]
  public var language: Language

  public init(role: String, analysis: BurdenAnalysis, followUps: [FollowUp], language: Language) {
    self.role = role
    self.analysis = analysis
    self.followUps = followUps
    self.language = language
  }

  private func text(_ text: LocalizedText) -> String { text.text(language) }

  /// One process's requests of the role: its groups of the role taken together.
  struct Row {
    var followUpID: String
    var name: String
    var minutes: [Double]
    var frequencies: [String]
    var count: Double
    var months: [Double]
    var indicators: [(name: String, users: [String], decisions: [String])]
    var hours: Double { months.reduce(0, +) }
  }

  func rows() -> [Row] {
    let byID = Dictionary(followUps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var rows: [Row] = []
    for process in analysis.processes {
      guard let followUp = byID[process.followUpID] else { continue }
      var row = Row(
        followUpID: process.followUpID, name: process.name, minutes: [], frequencies: [], count: 0,
        months: Array(repeating: 0, count: 12), indicators: [])
      for (group, respondent) in zip(process.groups, followUp.respondents) where group.role == role {
        row.minutes.append(group.minutesPerResponse)
        row.frequencies.append(frequencyLabel(respondent.frequency))
        row.count += group.count
        if group.computable && group.hours > 0 {
          let months = BurdenCalendar.months(of: respondent, in: followUp)
          for month in months { row.months[month - 1] += group.hours / Double(months.count) }
        }
      }
      guard !row.minutes.isEmpty else { continue }
      row.indicators = followUp.indicators.filter { $0.isAsked(of: role) }.map {
        ($0.name ?? $0.id, $0.users, $0.decisions.compactMap(\.name))
      }
      rows.append(row)
    }
    return rows
  }

  /// How often, in words: "varje kvartal" / "every quarter", "6 gånger per år" / "6 times a year".
  func frequencyLabel(_ frequency: Frequency?) -> String {
    switch frequency {
    case nil: return "–"
    case .perYear(let n):
      let number = NumberFormat.format(n, decimals: n == n.rounded() ? 0 : 1, language: language)
      return text(Texts.roleViewTimesAYear(times: number))
    case .named(let name):
      let words: [String: LocalizedText] = [
        "daily": Texts.roleViewDaily, "weekly": Texts.roleViewWeekly, "monthly": Texts.roleViewMonthly,
        "tertial": Texts.roleViewTertial, "quarterly": Texts.roleViewQuarterly,
        "semiannual": Texts.roleViewSemiannual, "yearly": Texts.roleViewYearly, "once": Texts.roleViewOnce,
      ]
      return words[name].map(text) ?? name
    }
  }

  private func use(_ indicator: (name: String, users: [String], decisions: [String])) -> String {
    if indicator.users.isEmpty && indicator.decisions.isEmpty {
      return indicator.name + " " + text(Texts.roleViewNotUsed)
    }
    var parts: [String] = []
    if !indicator.users.isEmpty {
      parts.append(text(Texts.roleViewUsedBy(users: indicator.users.joined(separator: ", "))))
    }
    if !indicator.decisions.isEmpty {
      parts.append(text(Texts.roleViewDecisions(decisions: indicator.decisions.joined(separator: ", "))))
    }
    return indicator.name + " (" + parts.joined(separator: "; ") + ")"
  }

  private var monthHeaders: [String] {
    BurdenCalendar.monthNames.map { String(LocalizedText(sv: $0.sv, en: $0.en).text(language).prefix(3)) }
  }

  /// The one table: a row per process, the months, the year, and a total row that is the
  /// role's year.
  func table(forPeople: Bool) -> BurdenReport.Table {
    let h: (Double) -> String = forPeople ? { NumberFormat.hours($0, language) } : { String(format: "%.1f", $0) }
    let n: (Double) -> String = { NumberFormat.format($0, decimals: $0 == $0.rounded() ? 0 : 1, language: language) }
    let rows = rows()
    let body = rows.map { row in
      [
        "\(row.name) (\(row.followUpID))", row.minutes.map(n).joined(separator: ", "),
        row.frequencies.joined(separator: ", "), forPeople ? n(row.count) : String(format: "%.0f", row.count),
      ] + row.months.map(h) + [h(row.hours), row.indicators.map(use).joined(separator: "; ")]
    }
    var year = Array(repeating: 0.0, count: 12)
    for row in rows { for month in 0..<12 { year[month] += row.months[month] } }
    return BurdenReport.Table(
      headers: [
        text(Texts.burdenFollowUp), text(Texts.roleViewMinutes), text(Texts.roleViewFrequency),
        text(Texts.roleViewCount),
      ] + monthHeaders + [text(Texts.calendarYear), text(Texts.roleViewIndicators)],
      numeric: [false, true, false, true] + Array(repeating: true, count: 13) + [false], rows: body,
      footer: [text(Texts.roleViewYear), "", "", ""] + year.map(h) + [h(year.reduce(0, +)), ""])
  }

  public func heading(organizationName: String) -> String {
    let name = analysis.roles.first { $0.role == role }?.name?.text(language)
    let who = name.map { "\($0) (\(role))" } ?? role
    return text(Texts.roleViewHeading(who: who, organization: organizationName))
  }
}

extension BurdenRoleView {
  /// The view in `format`: the table for people (text, Markdown), for machines (CSV), or as
  /// JSON with the role's months. HTML has no role view of its own and gets Markdown's table.
  public func render(_ format: BurdenFormat, organizationName: String, today: CalendarDate) -> String {
    let report = BurdenReport(analysis: analysis, organizationName: organizationName, language: language, today: today)
    let title = heading(organizationName: organizationName)
    switch format {
    case .text:
      return TerminalText.escaped(title) + "\n\n" + report.aligned(table(forPeople: true))
    case .markdown, .html:
      return "## " + MarkdownText.escaped(title) + "\n\n" + report.markdownTable(table(forPeople: true))
    case .csv:
      return report.csv(table(forPeople: false))
    case .json:
      return json()
    }
  }

  struct JSONView: Encodable {
    struct Process: Encodable {
      var id, name: String
      var minutesPerResponse: [Double]
      var frequency: [String]
      var count, hours: Double
      var months: [Double]
      var indicators: [Indicator]
      enum CodingKeys: String, CodingKey {
        case id, name, frequency, count, hours, months, indicators
        case minutesPerResponse = "minutes_per_response"
      }
    }
    struct Indicator: Encodable {
      var name: String
      var users, decisions: [String]
    }
    var version = 1
    var role: String
    var processes: [Process]
    var months: [Double]
    var hours: Double
  }

  private func json() -> String {
    let rounded: (Double) -> Double = { ($0 * 10).rounded() / 10 }
    let rows = rows()
    var year = Array(repeating: 0.0, count: 12)
    for row in rows { for month in 0..<12 { year[month] += row.months[month] } }
    let view = JSONView(
      role: role,
      processes: rows.map {
        JSONView.Process(
          id: $0.followUpID, name: $0.name, minutesPerResponse: $0.minutes, frequency: $0.frequencies,
          count: $0.count, hours: rounded($0.hours), months: $0.months.map(rounded),
          indicators: $0.indicators.map { JSONView.Indicator(name: $0.name, users: $0.users, decisions: $0.decisions) })
      }, months: year.map(rounded), hours: rounded(year.reduce(0, +)))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(view)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
  }
}

extension BurdenRoleView {
  /// The view as a one-sheet workbook, with the same number formats as the burden workbook.
  public func xlsx(organizationName: String, today: CalendarDate) throws(XLSXWriterError) -> Data {
    let sheet = BurdenReport.sheet(name: text(Texts.roleViewSheet), table: table(forPeople: false))
    return try XLSXWriter.data(
      XLSXWorkbook(
        sheets: [sheet], title: heading(organizationName: organizationName),
        language: language == .en ? "en-GB" : "sv-SE",
        date: (today.year, today.month, today.day), activeSheet: 0))
  }
}
