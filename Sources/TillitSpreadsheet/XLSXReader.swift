import CEL
import Foundation
import TillitYAML

/// Reads one sheet of an Office Open XML workbook (.xlsx): ZIPFoundation opens the container,
/// Foundation's XMLParser streams the parts. Only what an import needs is read: cell values
/// (formulas' saved results), shared strings, merged ranges and the 1904 date flag.
public struct XLSXReader: Sendable {
  public var limits: SpreadsheetLimits

  public init(limits: SpreadsheetLimits = .standard) {
    self.limits = limits
  }

  /// The sheets' names in the workbook's order.
  public func sheetNames(file: String) throws(SpreadsheetError) -> [String] {
    let archive = try open(file)
    return try workbook(archive).sheets.map(\.name)
  }

  /// Reads the sheet named `sheet`, or the first sheet.
  public func read(file: String, sheet: String? = nil) throws(SpreadsheetError) -> SpreadsheetTable {
    let archive = try open(file)
    let workbook = try workbook(archive)
    guard let first = workbook.sheets.first else { throw .noSheets(file: file) }
    var chosen = first
    if let sheet {
      guard let named = workbook.sheets.first(where: { $0.name == sheet }) else {
        let names = workbook.sheets.map(\.name)
        let folded = names.first {
          $0.compare(sheet, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
        }
        throw .sheetNotFound(
          file: file, name: sheet, available: names,
          suggestion: folded ?? Suggestion.closest(to: sheet, among: names))
      }
      chosen = named
    }
    let relationships =
      try archive.data("xl/_rels/workbook.xml.rels").map {
        data throws(SpreadsheetError) -> [String: String] in
        let parser = RelationshipsParser()
        if parser.parse(data) != nil {
          throw .damagedWorkbook(file: file, part: "xl/_rels/workbook.xml.rels", reason: SpreadsheetError.partNotXML)
        }
        return parser.targets
      } ?? [:]
    let sheetPart =
      relationships[chosen.relationship].map(partPath)
      ?? "xl/worksheets/sheet\((workbook.sheets.firstIndex { $0.name == chosen.name } ?? 0) + 1).xml"
    var strings: [String] = []
    let stringsPart =
      relationships.values.first { $0.hasSuffix("sharedStrings.xml") }.map(partPath) ?? "xl/sharedStrings.xml"
    if let data = try archive.data(stringsPart) {
      let parser = SharedStringsParser()
      if parser.parse(data) != nil {
        throw .damagedWorkbook(file: file, part: stringsPart, reason: SpreadsheetError.partNotXML)
      }
      strings = parser.strings
    }
    guard let sheetData = try archive.data(sheetPart) else {
      throw .damagedWorkbook(file: file, part: sheetPart, reason: SpreadsheetError.partMissing)
    }
    let sheetName = chosen.name
    let parser = SheetParser(sharedStrings: strings, limits: limits) { row, column in
      SpreadsheetLocation(
        file: file, sheet: sheetName, cell: column.map { CellReference(row: row, column: $0) }, row: row)
    }
    let error = parser.parse(sheetData)
    if let failure = parser.failure { throw failure }
    if error != nil { throw .damagedWorkbook(file: file, part: sheetPart, reason: SpreadsheetError.partNotXML) }
    let rows = MergedCells.fill(parser.rows, merges: parser.merges, limits: limits)
    return SpreadsheetTable(file: file, sheet: sheetName, uses1904Dates: workbook.uses1904Dates, rows: rows)
  }

  private func open(_ file: String) throws(SpreadsheetError) -> WorkbookArchive {
    let archive = try WorkbookArchive(file: file, url: URL(fileURLWithPath: file), limits: limits)
    guard archive.has("xl/workbook.xml") else { throw .notASpreadsheet(file: file) }
    return archive
  }

  private func workbook(_ archive: WorkbookArchive) throws(SpreadsheetError) -> WorkbookParser {
    guard let data = try archive.data("xl/workbook.xml") else {
      throw .damagedWorkbook(file: archive.file, part: "xl/workbook.xml", reason: SpreadsheetError.partMissing)
    }
    let parser = WorkbookParser()
    if parser.parse(data) != nil {
      throw .damagedWorkbook(file: archive.file, part: "xl/workbook.xml", reason: SpreadsheetError.partNotXML)
    }
    return parser
  }

  /// A relationship target is relative to `xl/` unless it starts with `/`.
  private func partPath(_ target: String) -> String {
    target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
  }
}
