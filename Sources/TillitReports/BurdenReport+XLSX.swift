import CEL
import Foundation
import TillitFacts
import TillitSpreadsheet
import TillitYAML

extension BurdenReport {
  /// The burden as a workbook, one sheet per table of the text report: a summary, then the
  /// main table by each grouping, the top savings and the budgets. Figures are numbers with
  /// number formats (hours with one decimal, FTE with two, money whole, shares as
  /// percentages), so a reader can sum and sort them; the sheet of `grouping` opens first.
  public func workbook(by grouping: BurdenGrouping) -> XLSXWorkbook {
    let groupingNames: [(BurdenGrouping, String)] = [
      (.process, text(Texts.xlsxSheetProcess)), (.role, text(Texts.xlsxSheetRole)),
      (.function, text(Texts.xlsxSheetFunction)), (.indicator, text(Texts.xlsxSheetIndicator)),
      (.month, text(Texts.roleViewSheet)),
    ]
    var sheets = [summarySheet()]
    for (each, name) in groupingNames {
      sheets.append(Self.sheet(name: name, table: mainTable(each, forPeople: false)))
    }
    sheets.append(Self.sheet(name: text(Texts.htmlTopSavings), table: savingsTable(forPeople: false)))
    sheets.append(budgetSheet())
    let active = 1 + (groupingNames.firstIndex { $0.0 == grouping } ?? 0)
    return XLSXWorkbook(
      sheets: sheets,
      title: text(Texts.htmlBurden) + (organizationName.isEmpty ? "" : " – \(organizationName)"),
      language: language == .en ? "en-GB" : "sv-SE", date: (today.year, today.month, today.day),
      activeSheet: active)
  }

  /// The workbook's bytes, ready for a file.
  public func xlsx(by grouping: BurdenGrouping) throws(XLSXWriterError) -> Data {
    try XLSXWriter.data(workbook(by: grouping))
  }

  /// A table of the text report as a sheet. Its machine form (`forPeople: false`) writes each
  /// kind of figure with its own number of decimals (`mainTable`: money and counts 0, hours
  /// 1, FTE 2, shares 3 as fractions), and that decides the cell's format here, so the
  /// sheet's columns cannot drift from the text report's. A numeric column's "–" (no budget)
  /// stays text; the totals row is bold.
  static func sheet(name: String, table: Table) -> XLSXSheet {
    func cells(_ row: [String]) -> [XLSXCell] {
      row.enumerated().map { column, text in
        guard column < table.numeric.count, table.numeric[column], let value = Double(text) else {
          return .textOrEmpty(text)
        }
        let decimals = text.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        let format: XLSXNumberFormat =
          switch decimals {
          case 0: .integer
          case 1: .oneDecimal
          case 2: .twoDecimals
          default: .percent
          }
        return .number(value, format)
      }
    }
    var rows = table.rows.map { XLSXRow(cells($0)) }
    if let footer = table.footer { rows.append(XLSXRow(cells(footer), bold: true)) }
    return XLSXSheet(name: name, header: table.headers, rows: rows)
  }

  /// The heading and summary lines of the text report, one figure a row.
  func summarySheet() -> XLSXSheet {
    let totals = analysis.totals
    var rows: [XLSXRow] = [
      XLSXRow([.text(text(Texts.xlsxOrganisation)), .textOrEmpty(organizationName)]),
      XLSXRow([.text(text(Texts.htmlDate)), .date(year: today.year, month: today.month, day: today.day)]),
      XLSXRow([.text(text(Texts.xlsxCurrency)), .textOrEmpty(analysis.currency)]),
      XLSXRow([.text(text(Texts.xlsxHoursPerFte)), .number(analysis.annualHoursPerFTE, .integer)]),
      XLSXRow([.text(text(Texts.xlsxHoursAYear)), .number(totals.hours, .oneDecimal)]),
      XLSXRow([.text(text(Texts.xlsxFte)), .number(totals.fte, .twoDecimals)]),
      XLSXRow([.text(text(Texts.xlsxCost)), .number(totals.cost, .integer)]),
      XLSXRow([.text(text(Texts.xlsxOwnHours)), .number(totals.ownHours, .oneDecimal)]),
      XLSXRow([.text(text(Texts.xlsxLawHours)), .number(totals.lawRequiredHours, .oneDecimal)]),
      XLSXRow([.text(text(Texts.xlsxExcessHours)), .number(totals.excessHours, .oneDecimal)]),
      XLSXRow([.text(text(Texts.xlsxExcessCost)), .number(totals.excessCost, .integer)]),
      XLSXRow([
        .text(text(Texts.xlsxExcessShare)),
        .number(totals.hours > 0 ? totals.excessHours / totals.hours : 0, .percent),
      ]),
    ]
    for category in ExcessCategory.allCases {
      rows.append(
        XLSXRow([
          .text(text(Texts.xlsxExcessCategoryHours(category: category.label))),
          .number(totals.excessByCategory[category] ?? 0, .oneDecimal),
        ]))
    }
    return XLSXSheet(
      name: text(Texts.htmlSummary), header: [text(Texts.xlsxItem), text(Texts.xlsxValue)], rows: rows)
  }

  /// The roles with a budget: their share of working time against the cap, as the text
  /// report's "Budgets" lines say.
  func budgetSheet() -> XLSXSheet {
    let rows = analysis.roles.filter { $0.budget != nil }.map { role in
      XLSXRow([
        .text(role.role), .textOrEmpty(role.name?.text(language) ?? ""), .number(role.shareOfTime, .percent),
        .number(role.heaviestGroupShare, .percent), .number(role.budget ?? 0, .percent),
        .number(role.hoursOverBudget, .oneDecimal),
      ])
    }
    return XLSXSheet(
      name: text(Texts.burdenBudgets),
      header: [
        text(Texts.burdenRole), text(Texts.burdenName), text(Texts.burdenShareOfTime),
        text(Texts.burdenHeaviestGroupShare), text(Texts.xlsxCap), text(Texts.burdenOverBudgetHours),
      ],
      rows: rows)
  }
}
