import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// Text from documents made inert in Markdown that a code host renders in a pull request: a
/// value must show as written, not become HTML, an image fetched from elsewhere, a link, a
/// notification to a user, or a break out of its table cell.
enum MarkdownText {
  /// `&`, `<`, `>` become references (no HTML); `\`, `` ` ``, `*`, `[`, `]`, `!`, `~`, `|` and
  /// `_` (except inside a word, where it is literal anyway) get a backslash (no emphasis, code,
  /// link or image, and the cell stays one cell); a word joiner after `@` keeps `@name` from
  /// mentioning anyone; line breaks become spaces and control characters their code.
  static func escaped(_ text: String) -> String {
    let scalars = Array(TerminalText.escaped(text, keepingLineBreaks: true).unicodeScalars)
    var output = ""
    output.reserveCapacity(scalars.count + 8)
    for (i, scalar) in scalars.enumerated() {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\\", "`", "*", "[", "]", "!", "~", "|": output += "\\" + String(scalar)
      case "_":
        let inWord =
          i > 0 && i + 1 < scalars.count && isWordCharacter(scalars[i - 1]) && isWordCharacter(scalars[i + 1])
        output += inWord ? "_" : "\\_"
      case "@": output += "@\u{2060}"
      case "\r": if i + 1 < scalars.count && scalars[i + 1] == "\n" { continue } else { output += " " }
      case "\n": output += " "
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// A message or remedy: escaped as ``escaped(_:)``, except that each pair of backticks —
  /// how packs mark a YAML key or value to write — stays a code span. Inside a code span
  /// nothing is emphasis, a link or a mention; only `|` keeps its backslash, which a table cell
  /// needs even there. An unpaired backtick is escaped like any other.
  static func escapedProse(_ text: String) -> String {
    let parts = text.split(separator: "`", omittingEmptySubsequences: false)
    guard parts.count >= 3, parts.count % 2 == 1 else { return escaped(text) }
    var output = ""
    for (index, part) in parts.enumerated() {
      if index % 2 == 1 && !part.isEmpty {
        let code = TerminalText.escaped(String(part), keepingLineBreaks: false)
          .replacingOccurrences(of: "|", with: "\\|")
        output += "`" + code + "`"
      } else {
        output += index % 2 == 1 ? "\\`\\`" : escaped(String(part))
      }
    }
    return output
  }

  private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
