import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// Text made safe for the HTML and XML reports, in element content and in quoted attributes
/// alike: one escaper, so the HTML report, the record of processing and JUnit cannot drift.
enum MarkupEscaping {
  /// `&`, `<`, `>`, `"` and `'` become references (`&#39;`, valid in both HTML and XML);
  /// control characters XML 1.0 forbids, even escaped, are dropped. A newline is kept, or
  /// written `&#10;` where a parser would otherwise fold it to a space (XML attributes).
  /// A message or remedy: escaped as ``escaped(_:keepingNewlines:)``, and each pair of
  /// backticks — how packs mark a YAML key or value to write (`` `legal_basis` ``) — becomes a
  /// `<code>` element. An unpaired backtick stays a backtick.
  static func escapedProse(_ text: String) -> String {
    let parts = text.split(separator: "`", omittingEmptySubsequences: false)
    guard parts.count >= 3, parts.count % 2 == 1 else { return escaped(text) }
    var output = ""
    for (index, part) in parts.enumerated() {
      if index % 2 == 0 {
        output += escaped(String(part))
      } else {
        output += part.isEmpty ? "``" : "<code>" + escaped(String(part)) + "</code>"
      }
    }
    return output
  }

  static func escaped(_ text: String, keepingNewlines: Bool = true) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      case "\n": output += keepingNewlines ? "\n" : "&#10;"
      default:
        if scalar.value < 0x20 && scalar != "\t" { continue }
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
