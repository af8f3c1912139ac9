import Foundation
import Testing

@testable import TillitReports
@testable import TillitSpreadsheet

/// How the burden report's tables become sheets: each figure keeps the kind the text report
/// gives it (hours, FTE, money, share), so the workbook cannot drift from the text report.
@Suite struct BurdenWorkbookTests {
  @Test func eachFigureTakesTheFormatOfItsKindAndTheTotalsRowIsBold() {
    let table = BurdenReport.Table(
      headers: ["Uppföljning", "Timmar/år", "Årsarb.", "Kostnad SEK", "Andel", "Budget"],
      numeric: [false, true, true, true, true, true],
      rows: [["manadsprognos", "2880.0", "1.69", "1513200", "0.125", "–"]],
      footer: ["Totalt", "2880.0", "1.69", "1513200", "0.125", ""])
    let sheet = BurdenReport.sheet(name: "Per uppföljning", table: table)
    #expect(sheet.header == table.headers)
    #expect(
      sheet.rows[0].cells == [
        .text("manadsprognos"), .number(2880, .oneDecimal), .number(1.69, .twoDecimals),
        .number(1_513_200, .integer), .number(0.125, .percent), .text("–"),
      ])
    #expect(!sheet.rows[0].bold)
    #expect(sheet.rows[1].bold)
    #expect(sheet.rows[1].cells.last == .empty)
  }
}
