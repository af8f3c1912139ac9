import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads a `.rels` part: which part each relationship id points to, so that a sheet's part is
/// found the way the workbook says rather than guessed from its position.
final class RelationshipsParser: NSObject, XMLParserDelegate {
  private(set) var targets: [String: String] = [:]

  func parse(_ data: Data) -> Error? {
    let parser = XMLParser(data: data)
    parser.delegate = self
    return parser.parse() ? nil : (parser.parserError ?? CocoaError(.fileReadCorruptFile))
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    guard elementName == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
    targets[id] = target
  }
}
