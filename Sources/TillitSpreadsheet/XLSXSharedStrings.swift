/// The workbook's shared string table: each distinct text once, numbered in the order first
/// met, so the same workbook always gives the same table (and the same bytes).
struct XLSXSharedStrings {
  private(set) var strings: [String] = []
  private var indexes: [String: Int] = [:]
  private(set) var references = 0

  /// The index of the text, adding it when new.
  mutating func index(of text: String) -> Int {
    references += 1
    if let index = indexes[text] { return index }
    indexes[text] = strings.count
    strings.append(text)
    return strings.count - 1
  }

  var xml: String {
    var output =
      XLSXWriter.declaration
      + "<sst xmlns=\"\(XLSXWriter.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">"
    for string in strings {
      // Leading or trailing blanks survive only when marked to be kept.
      let keep = string.first?.isWhitespace == true || string.last?.isWhitespace == true
      output += "<si><t\(keep ? " xml:space=\"preserve\"" : "")>\(XLSXText.escaped(string))</t></si>"
    }
    return output + "</sst>"
  }
}
