import Foundation
import Testing

@testable import TillitSpreadsheet
@testable import TillitYAML

/// The workbook writer's parts, read as text: what a spreadsheet program relies on (a frozen
/// header, numbers as numbers with a format, dates as day numbers, escaped text) and the
/// limits it refuses past.
@Suite struct XLSXWriterTests {
  static let sample = XLSXWorkbook(
    sheets: [
      XLSXSheet(
        name: "Tabell", header: ["Namn", "Timmar"],
        rows: [
          XLSXRow([.text("Lärare"), .number(1234.5, .oneDecimal)]),
          XLSXRow([.text("Totalt"), .number(1234.5, .oneDecimal)], bold: true),
        ])
    ], title: "Prov", language: "sv-SE", date: (2026, 11, 29))

  func part(_ path: String, of workbook: XLSXWorkbook = sample) throws -> String {
    try #require(try XLSXWriter.parts(workbook).first { $0.0 == path }?.1)
  }

  @Test func theSameWorkbookGivesTheSameBytes() throws {
    let first = try XLSXWriter.data(Self.sample)
    let second = try XLSXWriter.data(Self.sample)
    #expect(first == second)
    // A ZIP archive (local file header signature), with every entry dated 1980-01-01 00:00.
    #expect(Array(first.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
    #expect(Array(first[10..<14]) == [0x00, 0x00, 0x21, 0x00])
  }

  @Test func theHeaderRowIsFrozenAndBold() throws {
    let sheet = try part("xl/worksheets/sheet1.xml")
    #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
    let boldText = XLSXStyles.index(format: nil, bold: true)
    #expect(sheet.contains("<c r=\"A1\" s=\"\(boldText)\" t=\"s\"><v>0</v></c>"))
    #expect(try part("xl/styles.xml").contains("<font><b/>"))
  }

  @Test func numbersAreStoredAsNumbersWithTheirFormat() throws {
    let sheet = try part("xl/worksheets/sheet1.xml")
    let style = XLSXStyles.index(format: .oneDecimal, bold: false)
    #expect(sheet.contains("<c r=\"B2\" s=\"\(style)\"><v>1234.5</v></c>"))
    let styles = try part("xl/styles.xml")
    #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"#,##0.0\"/>"))
    #expect(styles.contains("<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/>"))
    // The totals row keeps the format and is bold.
    #expect(sheet.contains("<c r=\"B3\" s=\"\(XLSXStyles.index(format: .oneDecimal, bold: true))\"><v>1234.5</v></c>"))
  }

  @Test func datesAreTheDayNumbersSpreadsheetsCountFrom1899() throws {
    #expect(XLSXCell.serial(year: 2026, month: 11, day: 29) == 46_355)
    #expect(XLSXCell.serial(year: 1900, month: 3, day: 1) == 61)
    #expect(XLSXCell.serial(year: 2000, month: 2, day: 29) == 36_585)
    var workbook = Self.sample
    workbook.sheets[0].rows.append(XLSXRow([.text("Datum"), .date(year: 2026, month: 11, day: 29)]))
    let sheet = try part("xl/worksheets/sheet1.xml", of: workbook)
    #expect(sheet.contains("<c r=\"B4\" s=\"\(XLSXStyles.index(format: .date, bold: false))\"><v>46355</v></c>"))
    #expect(try part("xl/styles.xml").contains("formatCode=\"yyyy-mm-dd\""))
  }

  @Test func markupAndControlCharactersInTextAreEscaped() throws {
    #expect(XLSXText.escaped("a < b & \"c\"") == "a &lt; b &amp; &quot;c&quot;")
    #expect(XLSXText.escaped("bell\u{7}") == "bell_x0007_")
    #expect(XLSXText.escaped("_x0041_") == "_x005F_x0041_")
    #expect(XLSXText.escaped("rad ett\nrad två") == "rad ett\nrad två")
  }

  @Test func aCellLongerThanASpreadsheetHoldsIsRefusedWithItsSheetAndCell() throws {
    var workbook = Self.sample
    workbook.sheets[0].rows.append(XLSXRow([.text(String(repeating: "x", count: 32_768))]))
    #expect(throws: XLSXWriterError.cellTooLong(sheet: "Tabell", cell: "A4", length: 32_768)) {
      try XLSXWriter.data(workbook)
    }
    let message = XLSXWriterError.cellTooLong(sheet: "Tabell", cell: "A4", length: 32_768).diagnostic.message
    #expect(message.sv.contains("cell A4 på bladet Tabell"))
    #expect(message.en.contains("cell A4 on sheet Tabell"))
  }

  @Test func columnWidthsFollowTheWidestCellWithinLimits() {
    let sheet = XLSXSheet(
      name: "B", header: ["Id", "Lång"],
      rows: [XLSXRow([.text("a"), .text(String(repeating: "y", count: 500))])])
    // "Id" in bold is 3 wide, plus 2, but never under 6; the long text stops at 60.
    #expect(sheet.columnWidths == [6, 60])
    #expect(XLSXNumberFormat.integer.displayWidth(of: 1_234_567) == 9)
  }

  @Test func sheetNamesAreMadeValidAndUnique() throws {
    let workbook = XLSXWorkbook(
      sheets: [
        XLSXSheet(name: "Per roll/funktion", header: [], rows: []),
        XLSXSheet(name: "Per roll:funktion", header: [], rows: []),
        XLSXSheet(name: String(repeating: "n", count: 40), header: [], rows: []),
      ], title: "", language: "sv-SE", date: (2026, 1, 1))
    let xml = try part("xl/workbook.xml", of: workbook)
    #expect(xml.contains("name=\"Per roll-funktion\""))
    #expect(xml.contains("name=\"Per roll-funktion (2)\""))
    #expect(xml.contains("name=\"\(String(repeating: "n", count: 31))\""))
  }

  @Test func theDocumentPropertiesCarryTheWorkbooksOwnDate() throws {
    let core = try part("docProps/core.xml")
    #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-29T00:00:00Z</dcterms:created>"))
    #expect(core.contains("<dc:language>sv-SE</dc:language>"))
  }
}
