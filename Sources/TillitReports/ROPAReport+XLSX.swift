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
    let register = XLSXSheet(
      name: Texts.ropaSheetRegister.text(language), header: headers,
      rows: rows.map { XLSXRow($0.cells.map(XLSXCell.textOrEmpty)) })
    let about = XLSXSheet(
      name: Texts.ropaSheetAbout.text(language),
      header: [Texts.ropaAboutItem.text(language), Texts.ropaAboutValue.text(language)],
      rows: [
        XLSXRow([.text(Texts.ropaAboutOrganization.text(language)), .textOrEmpty(organizationName)]),
        XLSXRow([
          .text(Texts.ropaAboutDate.text(language)), .date(year: today.year, month: today.month, day: today.day),
        ]),
        XLSXRow([
          .text(Texts.ropaAboutBasis.text(language)),
          .text(Texts.ropaAboutArticle.text(language)),
        ]),
        XLSXRow([.text(Texts.ropaAboutCount.text(language)), .number(Double(rows.count), .integer)]),
      ])
    let title =
      Texts.ropaTitle.text(language)
      + (organizationName.isEmpty ? "" : " – \(organizationName)")
    // The workbook's language tag (a BCP 47 code, not a text for people).
    let tag: String
    switch language {
    case .sv: tag = "sv-SE"
    case .en: tag = "en-GB"
    }
    return XLSXWorkbook(
      sheets: [register, about], title: title, language: tag,
      date: (today.year, today.month, today.day))
  }

  /// The workbook's bytes, ready for a file.
  public func xlsx() throws(XLSXWriterError) -> Data {
    try XLSXWriter.data(workbook())
  }
}
