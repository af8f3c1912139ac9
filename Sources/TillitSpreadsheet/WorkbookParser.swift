import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads `xl/workbook.xml`: the sheets in their order, each with the relationship id that
/// leads to its part, and whether dates count from 1904.
final class WorkbookParser: NSObject, XMLParserDelegate {
  struct Sheet {
    var name: String
    var relationship: String
  }

  private(set) var sheets: [Sheet] = []
  private(set) var uses1904Dates = false

  func parse(_ data: Data) -> Error? {
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.delegate = self
    return parser.parse() ? nil : (parser.parserError ?? CocoaError(.fileReadCorruptFile))
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch elementName {
    case "sheet":
      let relationship =
        attributes["r:id"] ?? attributes.first { $0.key == "id" || $0.key.hasSuffix(":id") }?.value ?? ""
      sheets.append(Sheet(name: attributes["name"] ?? "", relationship: relationship))
    case "workbookPr":
      let flag = attributes["date1904"] ?? ""
      uses1904Dates = flag == "1" || flag == "true"
    default:
      break
    }
  }
}
