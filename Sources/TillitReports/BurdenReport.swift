import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// How `tillit burden` groups its main table.
public enum BurdenGrouping: String, Sendable, CaseIterable {
  case process, role, function, indicator
  /// The reporting calendar: roles × months with hours (issue #17).
  case month
}

/// The output formats of `tillit burden`: a closed set.
public enum BurdenFormat: String, Sendable, CaseIterable {
  case text, json, csv, markdown, html
}

/// The reporting-burden report: the main table by the chosen grouping, totals (own initiative
/// and law-required), budgets and the top savings. Numbers in Swedish or English style for
/// people; raw (rounded, `.` decimals) in CSV and JSON for machines.
public struct BurdenReport: Sendable {
  public var analysis: BurdenAnalysis
  public var organizationName: String
  public var language: Language
  public var today: CalendarDate
  /// The documents and files the analysis was made from, for the HTML page's header.
  public var documentCount = 0
  public var fileCount = 0
  /// How many bars the HTML page's charts draw (`--top`).
  public var htmlLimits = HTMLLimits()

  public init(analysis: BurdenAnalysis, organizationName: String, language: Language, today: CalendarDate) {
    self.analysis = analysis
    self.organizationName = organizationName
    self.language = language
    self.today = today
  }

  func text(_ text: LocalizedText) -> String { text.text(language) }

  struct Table {
    var headers: [String]
    /// True for columns of numbers (right-aligned).
    var numeric: [Bool]
    var rows: [[String]]
    var footer: [String]?
  }

  private var currency: String { analysis.currency }

  private func excessCells(_ byCategory: [ExcessCategory: Double], format: (Double) -> String) -> [String] {
    ExcessCategory.allCases.map { format(byCategory[$0] ?? 0) }
  }

  private var excessHeaders: [String] { ExcessCategory.allCases.map { $0.label.text(language) } }

  /// The main table, with numbers formatted by `number` (people) or raw (machines).
  func mainTable(_ grouping: BurdenGrouping, forPeople: Bool) -> Table {
    let h: (Double) -> String = forPeople ? { NumberFormat.hours($0, language) } : { String(format: "%.1f", $0) }
    let f: (Double) -> String = forPeople ? { NumberFormat.fte($0, language) } : { String(format: "%.2f", $0) }
    let m: (Double) -> String = forPeople ? { NumberFormat.money($0, language) } : { String(format: "%.0f", $0) }
    let p: (Double) -> String = forPeople ? { NumberFormat.percent($0, language) } : { String(format: "%.3f", $0) }
    let totals = analysis.totals
    switch grouping {
    case .process:
      let rows = analysis.processes.sorted {
        $0.hours != $1.hours ? $0.hours > $1.hours : $0.followUpID < $1.followUpID
      }
      .map { process in
        [
          process.followUpID, process.function ?? "–",
          process.lawRequired ? text(Texts.burdenLaw) : text(Texts.burdenOwn),
          h(process.hours), f(process.fte), m(process.cost), h(process.excessHours), p(process.excessShare),
        ]
          + excessCells(process.excessByCategory, format: h)
      }
      return Table(
        headers: [
          text(Texts.burdenFollowUp), text(Texts.burdenFunction), text(Texts.burdenBasis),
          text(Texts.burdenHoursPerYear),
          text(Texts.burdenFte), text(Texts.burdenCost(currency: currency)), text(Texts.burdenExcessHours),
          text(Texts.burdenShare),
        ] + excessHeaders,
        numeric: [false, false, false, true, true, true, true, true] + excessHeaders.map { _ in true }, rows: rows,
        footer: [
          text(Texts.burdenTotal), "", "", h(totals.hours), f(totals.fte), m(totals.cost), h(totals.excessHours),
          p(totals.hours > 0 ? totals.excessHours / totals.hours : 0),
        ] + excessCells(totals.excessByCategory, format: h))
    case .role:
      let rows = analysis.roles.filter { $0.hours > 0 || $0.budget != nil }
        .sorted { $0.hours != $1.hours ? $0.hours > $1.hours : $0.role < $1.role }
        .map { role in
          [
            role.role, role.name?.text(language) ?? "", m(role.headcount), h(role.hours), h(role.hoursPerHead),
            p(role.shareOfTime), p(role.heaviestGroupShare), role.budget.map(p) ?? "–",
            role.budget == nil ? "–" : h(role.hoursOverBudget),
            f(role.fte),
            m(role.cost), h(role.excessHours),
          ]
        }
      let roleHours = analysis.roles.reduce(0) { $0 + $1.hours }
      return Table(
        headers: [
          text(Texts.burdenRole), text(Texts.burdenName), text(Texts.burdenHeadcount), text(Texts.burdenHoursPerYear),
          text(Texts.burdenPerHead), text(Texts.burdenShareOfTime),
          text(Texts.burdenHeaviestGroupShare), text(Texts.burdenBudget),
          text(Texts.burdenOverBudgetHours), text(Texts.burdenFte), text(Texts.burdenCost(currency: currency)),
          text(Texts.burdenExcessHours),
        ],
        numeric: [false, false, true, true, true, true, true, true, true, true, true, true], rows: rows,
        footer: [
          text(Texts.burdenTotal), "", "", h(roleHours), "", "", "", "", "", f(roleHours / analysis.annualHoursPerFTE),
          m(analysis.roles.reduce(0) { $0 + $1.cost }), h(analysis.roles.reduce(0) { $0 + $1.excessHours }),
        ])
    case .function:
      let rows = analysis.functions.sorted { $0.hours != $1.hours ? $0.hours > $1.hours : $0.function < $1.function }
        .map { function in
          [function.function, h(function.hours), f(function.fte), m(function.cost), h(function.excessHours)]
            + excessCells(function.excessByCategory, format: h)
        }
      return Table(
        headers: [
          text(Texts.burdenFunction), text(Texts.burdenHoursPerYear), text(Texts.burdenFte),
          text(Texts.burdenCost(currency: currency)), text(Texts.burdenExcessHours),
        ] + excessHeaders,
        numeric: [false, true, true, true, true] + excessHeaders.map { _ in true }, rows: rows,
        footer: [text(Texts.burdenTotal), h(totals.hours), f(totals.fte), m(totals.cost), h(totals.excessHours)]
          + excessCells(totals.excessByCategory, format: h))
    case .indicator:
      let rows = analysis.processes.flatMap(\.indicators)
        .sorted {
          $0.hours != $1.hours ? $0.hours > $1.hours : ($0.followUpID, $0.indicatorID) < ($1.followUpID, $1.indicatorID)
        }
        .map { indicator in
          [
            indicator.followUpID, indicator.indicatorID, h(indicator.hours), m(indicator.cost),
            h(indicator.excessHours),
            indicator.excessReason?.label.text(language) ?? "–",
            indicator.duplicateOf.map { "\($0.followUp)/\($0.indicator)" } ?? "",
          ]
        }
      return Table(
        headers: [
          text(Texts.burdenFollowUp), text(Texts.burdenIndicator), text(Texts.burdenHoursPerYear),
          text(Texts.burdenCost(currency: currency)), text(Texts.burdenExcessHours), text(Texts.burdenReason),
          text(Texts.burdenDuplicateOf),
        ],
        numeric: [false, false, true, true, true, false, false], rows: rows,
        footer: [text(Texts.burdenTotal), "", h(totals.hours), m(totals.cost), h(totals.excessHours), "", ""])
    case .month:
      return monthTable(hours: h)
    }
  }

  /// Roles × months (the reporting calendar), in the organisation's order, roles without
  /// hours left out; the last column is the year, which equals the role table's hours.
  private func monthTable(hours h: (Double) -> String) -> Table {
    let names = Dictionary(analysis.roles.map { ($0.role, $0.name) }, uniquingKeysWith: { first, _ in first })
    let years = analysis.calendar.roles.filter { $0.hours.contains { $0 > 0 } }
    let rows = years.map { year in
      [year.role, names[year.role]??.text(language) ?? ""] + year.hours.map(h) + [h(year.hours.reduce(0, +))]
    }
    var monthTotals = Array(repeating: 0.0, count: 12)
    for year in years { for month in 0..<12 { monthTotals[month] += year.hours[month] } }
    let months = BurdenCalendar.monthNames.map { String(LocalizedText(sv: $0.sv, en: $0.en).text(language).prefix(3)) }
    return Table(
      headers: [text(Texts.burdenRole), text(Texts.burdenName)] + months + [text(Texts.calendarYear)],
      numeric: [false, false] + Array(repeating: true, count: 13), rows: rows,
      footer: [text(Texts.burdenTotal), ""] + monthTotals.map(h) + [h(monthTotals.reduce(0, +))])
  }

  func savingsTable(forPeople: Bool) -> Table {
    let h: (Double) -> String = forPeople ? { NumberFormat.hours($0, language) } : { String(format: "%.1f", $0) }
    let m: (Double) -> String = forPeople ? { NumberFormat.money($0, language) } : { String(format: "%.0f", $0) }
    let rows = analysis.topSavings.enumerated().map { i, indicator in
      [
        "\(i + 1)", indicator.followUpID, indicator.indicatorID, h(indicator.excessHours), m(indicator.excessCost),
        indicator.excessReason?.label.text(language) ?? "", action(indicator),
      ]
    }
    return Table(
      headers: [
        "#", text(Texts.burdenFollowUp), text(Texts.burdenIndicator), text(Texts.burdenHoursPerYear),
        text(Texts.burdenCost(currency: currency)), text(Texts.burdenReason), text(Texts.burdenAction),
      ],
      numeric: [true, false, false, true, true, false, false], rows: rows, footer: nil)
  }

  /// What removing the excess would take, in a few words.
  func action(_ indicator: BurdenAnalysis.Indicator) -> String {
    switch indicator.excessReason {
    case .unused?: return text(Texts.burdenActionUnused)
    case .duplicate?:
      let original = indicator.duplicateOf.map { "\($0.followUp)/\($0.indicator)" } ?? ""
      return text(Texts.burdenActionDuplicate(original: original))
    case .available?: return text(Texts.burdenActionAvailable)
    case .overFrequent?: return text(Texts.burdenActionOverFrequent)
    case nil: return ""
    }
  }

  public func render(_ format: BurdenFormat, by grouping: BurdenGrouping) -> String {
    switch format {
    case .text: return text(grouping)
    case .markdown: return markdown(grouping)
    case .csv: return csv(mainTable(grouping, forPeople: false))
    case .json: return json()
    case .html:
      var report = CheckReport(
        findings: [], documentCount: documentCount, fileCount: fileCount, today: today, failOn: .never,
        language: language, packs: [])
      report.burdenAnalysis = analysis
      report.organizationName = organizationName
      report.htmlLimits = htmlLimits
      return HTMLReporter(report: report, includeFindings: false).render()
    }
  }

  private func heading() -> String {
    text(
      Texts.burdenHeading(
        organization: organizationName, currency: currency, hours: analysis.annualHoursPerFTE,
        today: today.description))
  }

  private func summaryLines() -> [String] {
    let totals = analysis.totals
    let categories = ExcessCategory.allCases.map {
      "\($0.label.text(language)) \(NumberFormat.hours(totals.excessByCategory[$0] ?? 0, language))"
    }.joined(separator: ", ")
    return [
      text(
        Texts.burdenTotalLine(
          hours: totals.hours, fte: totals.fte, cost: totals.cost, currency: currency, own: totals.ownHours,
          law: totals.lawRequiredHours)),
      text(
        Texts.burdenExcessLine(
          hours: totals.excessHours, cost: totals.excessCost, currency: currency, categories: categories)),
    ]
  }

  private func text(_ grouping: BurdenGrouping) -> String {
    var output = TerminalText.escaped(heading()) + "\n\n" + aligned(mainTable(grouping, forPeople: true)) + "\n"
    output += summaryLines().joined(separator: "\n") + "\n"
    let budgets = analysis.roles.filter { $0.budget != nil }
    if !budgets.isEmpty && grouping != .role {
      output += "\n" + text(Texts.burdenBudgets) + "\n"
      for role in budgets {
        let over = role.hoursOverBudget > 0
        output +=
          "  "
          + text(
            Texts.burdenBudgetLine(
              role: TerminalText.escaped(role.role), share: role.shareOfTime, heaviest: role.heaviestGroupShare,
              budget: role.budget!))
          + (over ? " – " + text(Texts.burdenHoursOver(hours: role.hoursOverBudget)) : "")
          + "\n"
      }
    }
    if !analysis.topSavings.isEmpty {
      output += "\n" + text(Texts.htmlTopSavings) + "\n" + aligned(savingsTable(forPeople: true))
    }
    return output
  }

  func aligned(_ table: Table) -> String {
    // Names come from documents: shown, never acted on by the terminal.
    let table = Table(
      headers: table.headers, numeric: table.numeric, rows: table.rows.map { $0.map { TerminalText.escaped($0) } },
      footer: table.footer?.map { TerminalText.escaped($0) })
    var all = [table.headers] + table.rows
    if let footer = table.footer { all.append(footer) }
    let widths = table.headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    func line(_ row: [String]) -> String {
      row.enumerated().map { column, cell in
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        return table.numeric[column] ? pad + cell : cell + pad
      }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
    var output = line(table.headers) + "\n"
    output += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
    for row in table.rows { output += line(row) + "\n" }
    if let footer = table.footer { output += line(footer) + "\n" }
    return output
  }

  /// A table in Markdown, its footer in bold.
  func markdownTable(_ table: Table) -> String {
    var output = "| " + table.headers.joined(separator: " | ") + " |\n"
    output += "|" + table.numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
    for row in table.rows { output += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
    if let footer = table.footer {
      output += "| " + footer.map { $0.isEmpty ? "" : "**\(escape($0))**" }.joined(separator: " | ") + " |\n"
    }
    return output
  }

  private func markdown(_ grouping: BurdenGrouping) -> String {
    func render(_ table: Table) -> String { markdownTable(table) }
    var output = "## " + escape(heading()) + "\n\n" + render(mainTable(grouping, forPeople: true)) + "\n"
    output += summaryLines().joined(separator: "\n\n") + "\n"
    if !analysis.topSavings.isEmpty {
      output += "\n### " + text(Texts.htmlTopSavings) + "\n\n" + render(savingsTable(forPeople: true))
    }
    return output
  }

  private func escape(_ text: String) -> String { MarkdownText.escaped(text) }

  /// The table as CSV for a spreadsheet in the report's language: in Swedish with a
  /// byte-order mark, `;` between fields and a decimal comma, which is what Excel with Swedish
  /// settings opens into columns and numbers; in English `,` and a decimal point, no mark.
  /// Numbers are never grouped, so every spreadsheet reads them as numbers.
  func csv(_ table: Table) -> String {
    let swedish = language == .sv
    let separator: Character = swedish ? ";" : ","
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { column, cell in
        CSVField.escaped(
          cell, separator: separator, decimalComma: swedish && column < table.numeric.count && table.numeric[column])
      }.joined(separator: String(separator)) + "\r\n"
    }
    var output = swedish ? "\u{FEFF}" : ""
    output += line(table.headers)
    for row in table.rows { output += line(row) }
    return output
  }

  // MARK: JSON

  struct JSONReport: Encodable {
    var version = 1
    var organization: String
    var today: String
    var currency: String
    var annualHoursPerFTE: Double
    var totals: Totals
    var processes: [ProcessItem]
    var roles: [RoleItem]
    var functions: [FunctionItem]
    var topSavings: [IndicatorItem]

    enum CodingKeys: String, CodingKey {
      case version, organization, today, currency, totals, processes, roles, functions
      case annualHoursPerFTE = "annual_hours_per_fte"
      case topSavings = "top_savings"
    }
  }

  struct Totals: Encodable {
    var hours, cost, fte, excessHours, excessCost, ownHours, lawRequiredHours: Double
    var excessByCategory: [String: Double]
    enum CodingKeys: String, CodingKey {
      case hours, cost, fte
      case excessHours = "excess_hours", excessCost = "excess_cost", ownHours = "own_hours"
      case lawRequiredHours = "law_required_hours", excessByCategory = "excess_by_category"
    }
  }

  struct GroupItem: Encodable {
    var role: String
    var computable: Bool
    var count, minutesPerResponse, perYear, grossHours, hours, cost, fte, hoursPerRespondent: Double
    enum CodingKeys: String, CodingKey {
      case role, computable, count, hours, cost, fte
      case minutesPerResponse = "minutes_per_response", perYear = "per_year", grossHours = "gross_hours"
      case hoursPerRespondent = "hours_per_respondent"
    }
  }

  struct IndicatorItem: Encodable {
    var followUp, indicator, identity: String
    var hours, cost, excessHours, excessCost, excessFraction: Double
    var excessReason: String?
    var duplicateOf: String?
    enum CodingKeys: String, CodingKey {
      case identity, hours, cost
      case followUp = "follow_up", indicator, excessHours = "excess_hours", excessCost = "excess_cost"
      case excessFraction = "excess_fraction", excessReason = "excess_reason", duplicateOf = "duplicate_of"
    }
  }

  struct ProcessItem: Encodable {
    var id, name: String
    var function: String?
    var lawRequired: Bool
    var grossHours, hours, cost, fte, overheadHours, excessHours, excessShare: Double
    var excessByCategory: [String: Double]
    var groups: [GroupItem]
    var indicators: [IndicatorItem]
    enum CodingKeys: String, CodingKey {
      case id, name, function, hours, cost, fte, groups, indicators
      case lawRequired = "law_required", grossHours = "gross_hours", overheadHours = "overhead_hours"
      case excessHours = "excess_hours", excessShare = "excess_share", excessByCategory = "excess_by_category"
    }
  }

  struct RoleItem: Encodable {
    var role: String
    var headcount, hours, cost, fte, excessHours, hoursPerHead, shareOfTime, heaviestGroupShare, hoursOverBudget: Double
    var budget: Double?
    /// Hours per month, January first: the reporting calendar (`--by month`).
    var months: [Double] = []
    enum CodingKeys: String, CodingKey {
      case role, headcount, hours, cost, fte, budget, months
      case excessHours = "excess_hours", hoursPerHead = "hours_per_head", shareOfTime = "share_of_time"
      case heaviestGroupShare = "heaviest_group_share", hoursOverBudget = "hours_over_budget"
    }
  }

  struct FunctionItem: Encodable {
    var function: String
    var hours, cost, fte, excessHours: Double
    enum CodingKeys: String, CodingKey {
      case function, hours, cost, fte
      case excessHours = "excess_hours"
    }
  }

  static func round(_ value: Double, _ places: Int) -> Double {
    let scale = places == 0 ? 1.0 : places == 1 ? 10.0 : places == 2 ? 100.0 : 1000.0
    return (value * scale).rounded() / scale
  }

  static func categories(_ map: [ExcessCategory: Double]) -> [String: Double] {
    Dictionary(uniqueKeysWithValues: ExcessCategory.allCases.map { ($0.rawValue, round(map[$0] ?? 0, 1)) })
  }

  static func item(_ i: BurdenAnalysis.Indicator) -> IndicatorItem {
    IndicatorItem(
      followUp: i.followUpID, indicator: i.indicatorID, identity: i.identity, hours: round(i.hours, 1),
      cost: round(i.cost, 0), excessHours: round(i.excessHours, 1), excessCost: round(i.excessCost, 0),
      excessFraction: round(i.excessFraction, 3), excessReason: i.excessReason?.rawValue,
      duplicateOf: i.duplicateOf.map { "\($0.followUp)/\($0.indicator)" })
  }

  private func json() -> String {
    let a = analysis
    let report = JSONReport(
      organization: organizationName, today: today.description, currency: a.currency,
      annualHoursPerFTE: a.annualHoursPerFTE,
      totals: Totals(
        hours: Self.round(a.totals.hours, 1), cost: Self.round(a.totals.cost, 0), fte: Self.round(a.totals.fte, 2),
        excessHours: Self.round(a.totals.excessHours, 1), excessCost: Self.round(a.totals.excessCost, 0),
        ownHours: Self.round(a.totals.ownHours, 1), lawRequiredHours: Self.round(a.totals.lawRequiredHours, 1),
        excessByCategory: Self.categories(a.totals.excessByCategory)),
      processes: a.processes.map { p in
        ProcessItem(
          id: p.followUpID, name: p.name, function: p.function, lawRequired: p.lawRequired,
          grossHours: Self.round(p.grossHours, 1), hours: Self.round(p.hours, 1), cost: Self.round(p.cost, 0),
          fte: Self.round(p.fte, 2), overheadHours: Self.round(p.overheadHours, 1),
          excessHours: Self.round(p.excessHours, 1), excessShare: Self.round(p.excessShare, 3),
          excessByCategory: Self.categories(p.excessByCategory),
          groups: p.groups.map { g in
            GroupItem(
              role: g.role, computable: g.computable, count: g.count, minutesPerResponse: g.minutesPerResponse,
              perYear: g.perYear, grossHours: Self.round(g.grossHours, 1), hours: Self.round(g.hours, 1),
              cost: Self.round(g.cost, 0), fte: Self.round(g.fte, 2),
              hoursPerRespondent: Self.round(g.hoursPerRespondent, 1))
          },
          indicators: p.indicators.map(Self.item))
      },
      roles: a.roles.map { r in
        RoleItem(
          role: r.role, headcount: r.headcount, hours: Self.round(r.hours, 1), cost: Self.round(r.cost, 0),
          fte: Self.round(r.fte, 2), excessHours: Self.round(r.excessHours, 1),
          hoursPerHead: Self.round(r.hoursPerHead, 1),
          shareOfTime: Self.round(r.shareOfTime * 1000, 2) / 1000,
          heaviestGroupShare: Self.round(r.heaviestGroupShare * 1000, 2) / 1000,
          hoursOverBudget: Self.round(r.hoursOverBudget, 1),
          budget: r.budget,
          months: (a.calendar.year(of: r.role)?.hours ?? Array(repeating: 0, count: 12)).map { Self.round($0, 1) })
      },
      functions: a.functions.map {
        FunctionItem(
          function: $0.function, hours: Self.round($0.hours, 1), cost: Self.round($0.cost, 0),
          fte: Self.round($0.fte, 2),
          excessHours: Self.round($0.excessHours, 1))
      },
      topSavings: a.topSavings.map(Self.item))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(report)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
  }
}
