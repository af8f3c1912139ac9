/// Reads the restricted YAML of a catalogue: comments, blank lines, and entries of the form
///
///     some.key:
///       sv: "…"
///       en: |-
///         …
///
/// Only what this form allows is accepted, so the tool needs no YAML library (the build tool
/// cannot depend on the targets it generates code for) and the test that reads the same files
/// with the real YAML reader sees the same texts.
struct CatalogueParser {
  let lines: [Substring]

  init(text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? $0.dropLast() : $0
    }
  }

  func entries() throws(CatalogueError) -> [CatalogueEntry] {
    var result: [CatalogueEntry] = []
    var seen: [String: Int] = [:]
    var index = 0
    while index < lines.count {
      let line = lines[index]
      if isBlankOrComment(line) {
        index += 1
        continue
      }
      guard let first = line.first, first != " ", line.hasSuffix(":") else {
        throw CatalogueError(line: index + 1, message: "expected a key at the start of the line, followed by ':'")
      }
      let key = String(line.dropLast())
      guard key.first.map({ $0.isLowercase || $0.isNumber }) == true,
        key.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "." || $0 == "_" || $0 == "-" })
      else {
        throw CatalogueError(line: index + 1, message: "a key is lower-case ASCII letters, digits, '.', '_' and '-'")
      }
      if let earlier = seen[key] {
        throw CatalogueError(line: index + 1, message: "key '\(key)' is already defined on line \(earlier)")
      }
      seen[key] = index + 1
      let keyLine = index + 1
      index += 1
      var texts: [String: (String, Int)] = [:]
      while index < lines.count, lines[index].hasPrefix("  "), !lines[index].hasPrefix("   ") {
        let (language, value, next) = try languageValue(at: index)
        if texts[language] != nil {
          throw CatalogueError(line: index + 1, message: "'\(language)' is given twice for '\(key)'")
        }
        texts[language] = (value, index + 1)
        index = next
      }
      guard let sv = texts["sv"], let en = texts["en"] else {
        throw CatalogueError(line: keyLine, message: "'\(key)' needs both 'sv:' and 'en:'")
      }
      let svTemplate = try MessageTemplateText(sv.0, line: sv.1)
      let enTemplate = try MessageTemplateText(en.0, line: en.1)
      try svTemplate.requireSameParameters(as: enTemplate, line: keyLine, key: key)
      result.append(CatalogueEntry(key: key, line: keyLine, sv: svTemplate, en: enTemplate))
    }
    return result
  }

  private func isBlankOrComment(_ line: Substring) -> Bool {
    let trimmed = line.drop { $0 == " " }
    return trimmed.isEmpty || trimmed.first == "#"
  }

  /// `  sv: "…"` or `  sv: |-` with its block; returns the text and the index after it.
  private func languageValue(at index: Int) throws(CatalogueError) -> (String, String, Int) {
    let line = lines[index].dropFirst(2)
    guard let colon = line.firstIndex(of: ":") else {
      throw CatalogueError(line: index + 1, message: "expected 'sv:' or 'en:'")
    }
    let language = String(line[..<colon])
    guard language == "sv" || language == "en" else {
      throw CatalogueError(line: index + 1, message: "'\(language)' is not a language of the catalogue (sv, en)")
    }
    let rest = line[line.index(after: colon)...].drop { $0 == " " }
    if rest == "|-" || rest == "|" {
      var body: [Substring] = []
      var next = index + 1
      while next < lines.count, lines[next].hasPrefix("    ") || lines[next].allSatisfy({ $0 == " " }) {
        body.append(lines[next].count >= 4 ? lines[next].dropFirst(4) : "")
        next += 1
      }
      while let last = body.last, last.isEmpty { body.removeLast() }
      guard !body.isEmpty else { throw CatalogueError(line: index + 1, message: "the block is empty") }
      let text = body.joined(separator: "\n") + (rest == "|" ? "\n" : "")
      return (language, text, next)
    }
    guard rest.first == "\"" else {
      throw CatalogueError(line: index + 1, message: "write the text in double quotes, or as a '|-' block")
    }
    return (language, try doubleQuoted(rest, line: index + 1), index + 1)
  }

  /// The YAML double-quoted scalar on one line, with the escapes a catalogue needs.
  private func doubleQuoted(_ text: Substring, line: Int) throws(CatalogueError) -> String {
    var result = ""
    var iterator = text.dropFirst().unicodeScalars.makeIterator()
    while let c = iterator.next() {
      switch c {
      case "\"":
        var trailing = ""
        while let t = iterator.next() { trailing.unicodeScalars.append(t) }
        let rest = trailing.drop { $0 == " " }
        guard rest.isEmpty || rest.first == "#" else {
          throw CatalogueError(line: line, message: "text after the closing quote")
        }
        return result
      case "\\":
        guard let escaped = iterator.next() else { break }
        switch escaped {
        case "\"": result += "\""
        case "\\": result += "\\"
        case "/": result += "/"
        case "n": result += "\n"
        case "t": result += "\t"
        case "_": result += "\u{00A0}"
        case "u", "U":
          var hex = ""
          for _ in 0..<(escaped == "u" ? 4 : 8) {
            if let h = iterator.next() { hex.unicodeScalars.append(h) }
          }
          guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw CatalogueError(line: line, message: "'\\\(escaped)\(hex)' is not a Unicode escape")
          }
          result.unicodeScalars.append(scalar)
        default:
          throw CatalogueError(line: line, message: "'\\\(escaped)' is not an escape the catalogue allows")
        }
      default:
        result.unicodeScalars.append(c)
      }
    }
    throw CatalogueError(line: line, message: "the double-quoted text is never closed on its line")
  }
}
