import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads `xl/sharedStrings.xml`, the table most text cells point into. A rich-text string is
/// several runs (`<r><t>…</t></r>`) that together are the text; phonetic hints (`<rPh>`) are
/// not part of it.
final class SharedStringsParser: NSObject, XMLParserDelegate {
  private(set) var strings: [String] = []
  private var current = ""
  private var inText = false
  private var phoneticDepth = 0

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
    case "si": current = ""
    case "rPh": phoneticDepth += 1
    case "t": inText = phoneticDepth == 0
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText { current += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
  ) {
    switch elementName {
    case "si": strings.append(current)
    case "rPh": phoneticDepth -= 1
    case "t": inText = false
    default: break
    }
  }
}
