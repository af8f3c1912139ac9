/// The workbook's styles: plain and bold, each with every number format, so a cell's style
/// index follows from its format and its row's weight alone.
enum XLSXStyles {
  /// Style 0 is plain text; 1 … n the formats; the bold set follows.
  static func index(format: XLSXNumberFormat?, bold: Bool) -> Int {
    let base = format.map { $0.rawValue + 1 } ?? 0
    return base + (bold ? XLSXNumberFormat.allCases.count + 1 : 0)
  }

  static var xml: String {
    let custom = XLSXNumberFormat.allCases.filter(\.isCustom)
    var output = XLSXWriter.declaration + "<styleSheet xmlns=\"\(XLSXWriter.mainNamespace)\">"
    output += "<numFmts count=\"\(custom.count)\">"
    for format in custom {
      output += "<numFmt numFmtId=\"\(format.id)\" formatCode=\"\(XLSXText.escaped(format.code))\"/>"
    }
    output += "</numFmts>"
    output +=
      "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
    output +=
      "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
      + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    output += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    output += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    let formats: [XLSXNumberFormat?] = [nil] + XLSXNumberFormat.allCases
    output += "<cellXfs count=\"\(formats.count * 2)\">"
    for bold in [false, true] {
      for format in formats {
        let font = bold ? " fontId=\"1\" applyFont=\"1\"" : " fontId=\"0\""
        let number = format.map { " numFmtId=\"\($0.id)\" applyNumberFormat=\"1\"" } ?? " numFmtId=\"0\""
        // Text cells wrap at the column's width instead of running under the next column.
        let alignment = format == nil ? "<alignment vertical=\"top\" wrapText=\"1\"/>" : "<alignment vertical=\"top\"/>"
        output +=
          "<xf\(number)\(font) fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">\(alignment)</xf>"
      }
    }
    output += "</cellXfs>"
    output += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    return output + "</styleSheet>"
  }
}
