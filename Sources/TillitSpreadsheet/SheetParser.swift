import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads one sheet's XML as it streams past (XMLParser's SAX events), keeping only cell values
/// and merged ranges, and stopping at the first cell past a limit: a sheet of a million rows
/// costs the time to reach the limit, not the time to read it all.
final class SheetParser: NSObject, XMLParserDelegate {
  private let sharedStrings: [String]
  private let limits: SpreadsheetLimits
  private let location: (Int, Int?) -> SpreadsheetLocation

  private(set) var rows: [SpreadsheetTable.Row] = []
  private(set) var merges: [(from: CellReference, to: CellReference)] = []
  private(set) var failure: SpreadsheetError?

  private var rowNumber = 0
  private var rowValues: [CellValue?] = []
  private var cellColumn = 0
  private var cellType = ""
  private var cellValue = ""
  private var cellFormula = ""
  private var hasValue = false
  private var hasFormula = false
  private var collecting: Collecting = .nothing
  private var phoneticDepth = 0

  private enum Collecting { case nothing, value, formula, inlineText }

  /// Open elements: XMLParser on Linux can end a truncated document without an error, so a
  /// sheet whose elements are not all closed (or that has no `worksheet`) counts as damaged.
  private var depth = 0
  private var sawWorksheet = false

  /// `location` makes the place of a row and column for errors.
  init(sharedStrings: [String], limits: SpreadsheetLimits, location: @escaping (Int, Int?) -> SpreadsheetLocation) {
    self.sharedStrings = sharedStrings
    self.limits = limits
    self.location = location
  }

  func parse(_ data: Data) -> Error? {
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.delegate = self
    let ok = parser.parse()
    if failure != nil { return nil }
    guard ok, depth == 0, sawWorksheet else { return parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    return nil
  }

  private func fail(_ error: SpreadsheetError, _ parser: XMLParser) {
    if failure == nil { failure = error }
    parser.abortParsing()
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    guard failure == nil else { return }
    depth += 1
    switch elementName {
    case "worksheet":
      sawWorksheet = true
    case "row":
      rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
      rowValues = []
      cellColumn = -1
      if rowNumber > limits.maxRows {
        fail(.tooManyRows(location(rowNumber, nil), limit: limits.maxRows), parser)
      }
    case "c":
      if let reference = attributes["r"].flatMap(CellReference.init) {
        cellColumn = reference.column
      } else {
        cellColumn += 1
      }
      cellType = attributes["t"] ?? "n"
      cellValue = ""
      cellFormula = ""
      hasValue = false
      hasFormula = false
      if cellColumn >= limits.maxColumns {
        fail(.tooManyColumns(location(rowNumber, cellColumn), limit: limits.maxColumns), parser)
      }
    case "v":
      collecting = .value
      hasValue = true
    case "f":
      collecting = .formula
      hasFormula = true
    case "rPh":
      phoneticDepth += 1
    case "t":
      if phoneticDepth == 0 {
        collecting = .inlineText
        hasValue = true
      }
    case "mergeCell":
      let parts = (attributes["ref"] ?? "").split(separator: ":").compactMap { CellReference(String($0)) }
      if parts.count == 2 { merges.append((parts[0], parts[1])) }
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    switch collecting {
    case .value, .inlineText: cellValue += string
    case .formula: cellFormula += string
    case .nothing: break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
  ) {
    guard failure == nil else { return }
    depth -= 1
    switch elementName {
    case "v", "f", "t":
      collecting = .nothing
    case "rPh":
      phoneticDepth -= 1
    case "c":
      finishCell(parser)
    case "row":
      if !rowValues.isEmpty { rows.append(SpreadsheetTable.Row(number: rowNumber, values: rowValues)) }
    default:
      break
    }
  }

  private func finishCell(_ parser: XMLParser) {
    guard cellColumn >= 0 else { return }
    let value: CellValue?
    if !hasValue {
      if hasFormula && !cellFormula.isEmpty {
        fail(.formulaWithoutValue(location(rowNumber, cellColumn), formula: cellFormula), parser)
        return
      }
      value = nil
    } else {
      switch cellType {
      case "s":
        value = Int(cellValue.trimmingCharacters(in: .whitespaces)).flatMap {
          $0 >= 0 && $0 < sharedStrings.count ? CellValue.text(sharedStrings[$0]) : nil
        }
      case "str", "inlineStr":
        value = .text(cellValue)
      case "b":
        value = .boolean(cellValue == "1" || cellValue == "true")
      case "e":
        value = .text(cellValue)
      default:
        value = Double(cellValue.trimmingCharacters(in: .whitespaces)).map(CellValue.number) ?? .text(cellValue)
      }
    }
    guard let value else { return }
    if rowValues.count <= cellColumn {
      rowValues.append(contentsOf: repeatElement(nil, count: cellColumn + 1 - rowValues.count))
    }
    rowValues[cellColumn] = value
  }
}
