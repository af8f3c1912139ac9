import CEL
import Foundation
import TillitSpreadsheet
import TillitYAML

extension ROPAReport {
  /// The register as a workbook: the first sheet holds exactly the CSV's table (the same
  /// headings and the same cell texts, missing items included as SAKNAS or MISSING), so a
  /// spreadsheet and a CSV export read back the same; the second says what the register is
  /// and the date it describes, as a date cell.
  public func workbook() -> XLSXWorkbook {
    let sv = language == .sv
    let register = XLSXSheet(
      name: sv ? "Registerförteckning" : "Record of processing", header: headers,
      rows: rows.map { XLSXRow($0.cells.map(XLSXCell.textOrEmpty)) })
    let about = XLSXSheet(
      name: sv ? "Om förteckningen" : "About",
      header: [sv ? "Uppgift" : "Item", sv ? "Värde" : "Value"],
      rows: [
        XLSXRow([.text(sv ? "Organisation" : "Organisation"), .textOrEmpty(organizationName)]),
        XLSXRow([.text(sv ? "Datum" : "Date"), .date(year: today.year, month: today.month, day: today.day)]),
        XLSXRow([
          .text(sv ? "Grund" : "Basis"),
          .text(sv ? "Artikel 30.1 i dataskyddsförordningen" : "Article 30(1) of the GDPR"),
        ]),
        XLSXRow([.text(sv ? "Behandlingar" : "Processing activities"), .number(Double(rows.count), .integer)]),
      ])
    let title =
      (sv ? "Registerförteckning" : "Record of processing activities")
      + (organizationName.isEmpty ? "" : " – \(organizationName)")
    return XLSXWorkbook(
      sheets: [register, about], title: title, language: sv ? "sv-SE" : "en-GB",
      date: (today.year, today.month, today.day))
  }

  /// The workbook's bytes, ready for a file.
  public func xlsx() throws(XLSXWriterError) -> Data {
    try XLSXWriter.data(workbook())
  }
}
