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
