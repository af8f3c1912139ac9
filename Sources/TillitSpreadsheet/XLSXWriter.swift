import Foundation
import ZIPFoundation

/// Writes a workbook as an Office Open XML spreadsheet (.xlsx): the XML parts of the
/// SpreadsheetML package, zipped with ZIPFoundation. The bytes depend on the workbook alone:
/// every ZIP entry carries the same fixed time, the parts are written in a fixed order and
/// the document properties carry the workbook's own date, so the same report gives the same
/// file, byte for byte.
public enum XLSXWriter {
  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

  /// The time on every ZIP entry: the earliest a ZIP (MS-DOS) time can hold, 1980-01-01.
  static let entryTime = Date(timeIntervalSince1970: 315_532_800)

  /// The .xlsx file's bytes.
  public static func data(_ workbook: XLSXWorkbook) throws(XLSXWriterError) -> Data {
    let parts = try self.parts(workbook)
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      for (path, content) in parts {
        let bytes = Data(content.utf8)
        try archive.addEntry(
          with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: entryTime,
          permissions: 0o644, compressionMethod: .deflate
        ) { position, size in
          bytes.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let data = archive.data else { throw XLSXWriterError.archive(reason: "no data") }
      return data
    } catch let error as XLSXWriterError {
      throw error
    } catch {
      throw .archive(reason: String(describing: error))
    }
  }

  /// The package's parts in the order they are zipped: content types first, as readers that
  /// stream the archive expect.
  static func parts(_ workbook: XLSXWorkbook) throws(XLSXWriterError) -> [(String, String)] {
    var strings = XLSXSharedStrings()
    var sheets: [String] = []
    for (index, sheet) in workbook.sheets.enumerated() {
      sheets.append(
        try worksheet(sheet, selected: index == workbook.activeSheet, strings: &strings))
    }
    let count = workbook.sheets.count
    var parts: [(String, String)] = [
      ("[Content_Types].xml", contentTypes(sheetCount: count)),
      ("_rels/.rels", packageRelationships),
      ("docProps/app.xml", application),
      ("docProps/core.xml", coreProperties(workbook)),
      ("xl/workbook.xml", workbookXML(workbook)),
      ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: count)),
      ("xl/styles.xml", XLSXStyles.xml),
      ("xl/sharedStrings.xml", strings.xml),
    ]
    for (index, sheet) in sheets.enumerated() {
      parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet))
    }
    return parts
  }

  static func worksheet(
    _ sheet: XLSXSheet, selected: Bool, strings: inout XLSXSharedStrings
  ) throws(XLSXWriterError) -> String {
    let name = sheet.validName
    let rows = sheet.allRows
    guard rows.count <= XLSXWriterError.maximumRows else { throw .tooManyRows(sheet: name, count: rows.count) }
    let columnCount = rows.map(\.cells.count).max() ?? 0
    guard columnCount <= XLSXWriterError.maximumColumns else {
      throw .tooManyColumns(sheet: name, count: columnCount)
    }
    let lastCell =
      columnCount == 0 || rows.isEmpty ? "A1" : XLSXText.columnName(columnCount - 1) + String(rows.count)
    var output =
      declaration
      + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
      + "<dimension ref=\"\(lastCell == "A1" ? "A1" : "A1:" + lastCell)\"/>"
    output += "<sheetViews><sheetView\(selected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\">"
    if !sheet.header.isEmpty {
      // The header row stays in view while scrolling.
      output +=
        "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
    }
    output += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
    let widths = sheet.columnWidths
    if !widths.isEmpty {
      output += "<cols>"
      for (index, width) in widths.enumerated() {
        output += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(Int(width))\" customWidth=\"1\"/>"
      }
      output += "</cols>"
    }
    output += "<sheetData>"
    for (rowIndex, row) in rows.enumerated() {
      let number = rowIndex + 1
      output += "<row r=\"\(number)\">"
      for (columnIndex, cell) in row.cells.enumerated() {
        let reference = XLSXText.columnName(columnIndex) + String(number)
        switch cell {
        case .empty:
          continue
        case .text(let text):
          let length = text.utf16.count
          guard length <= XLSXWriterError.maximumCellLength else {
            throw .cellTooLong(sheet: name, cell: reference, length: length)
          }
          let style = XLSXStyles.index(format: nil, bold: row.bold)
          output += "<c r=\"\(reference)\" s=\"\(style)\" t=\"s\"><v>\(strings.index(of: text))</v></c>"
        case .number(let value, let format):
          let style = XLSXStyles.index(format: format, bold: row.bold)
          // A number that is not finite cannot be stored; the cell stays empty.
          guard value.isFinite else { continue }
          output += "<c r=\"\(reference)\" s=\"\(style)\"><v>\(numberText(value))</v></c>"
        case .date(let year, let month, let day):
          let style = XLSXStyles.index(format: .date, bold: row.bold)
          output +=
            "<c r=\"\(reference)\" s=\"\(style)\"><v>\(XLSXCell.serial(year: year, month: month, day: day))</v></c>"
        }
      }
      output += "</row>"
    }
    return output + "</sheetData></worksheet>"
  }

  /// A number as XML Schema's double: whole numbers without a fraction, others in Swift's
  /// shortest exact form, which every reader parses back to the same value.
  static func numberText(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  static func contentTypes(sheetCount: Int) -> String {
    var output =
      declaration
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    for index in 1...max(sheetCount, 1) where index <= sheetCount {
      output +=
        "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    output +=
      "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
      + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
      + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
      + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    return output + "</Types>"
  }

  static var packageRelationships: String {
    declaration + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
      + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
      + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
      + "<Relationship Id=\"rId3\" Type=\"\(relationshipNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
      + "</Relationships>"
  }

  static var application: String {
    declaration
      + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
      + "<Application>tillit</Application></Properties>"
  }

  static func coreProperties(_ workbook: XLSXWorkbook) -> String {
    let (year, month, day) = workbook.date
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let stamp = "\(year)-\(two(month))-\(two(day))T00:00:00Z"
    return declaration
      + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
      + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
      + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      + "<dc:title>\(XLSXText.escaped(workbook.title))</dc:title><dc:creator>tillit</dc:creator>"
      + "<dc:language>\(XLSXText.escaped(workbook.language))</dc:language>"
      + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created>"
      + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
      + "</cp:coreProperties>"
  }

  static func workbookXML(_ workbook: XLSXWorkbook) -> String {
    var output =
      declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
      + "<bookViews><workbookView activeTab=\"\(workbook.activeSheet)\"/></bookViews><sheets>"
    // Names made valid can collide ("A/B" and "A:B"): a later one gets a number.
    var used: Set<String> = []
    for (index, sheet) in workbook.sheets.enumerated() {
      var name = sheet.validName
      var counter = 2
      while used.contains(name.lowercased()) {
        let suffix = " (\(counter))"
        name = String(sheet.validName.prefix(31 - suffix.count)) + suffix
        counter += 1
      }
      used.insert(name.lowercased())
      output += "<sheet name=\"\(XLSXText.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
    }
    return output + "</sheets></workbook>"
  }

  static func workbookRelationships(sheetCount: Int) -> String {
    var output = declaration + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
    for index in 0..<sheetCount {
      output +=
        "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
    }
    output +=
      "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
      + "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    return output + "</Relationships>"
  }
}
