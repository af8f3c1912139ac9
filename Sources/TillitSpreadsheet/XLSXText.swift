/// Text as it may stand in a workbook part. XML 1.0 cannot hold most control characters even
/// escaped, so they are written as the `_xHHHH_` escapes Office defines for strings (and an
/// underscore that would start such an escape is itself escaped), which every reader turns
/// back into the character.
enum XLSXText {
  static func escaped(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "\r": output += "&#13;"
      case "\t", "\n": output.unicodeScalars.append(scalar)
      case "_" where looksLikeEscape(scalars, at: index): output += "_x005F_"
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          output += "_x" + hex4(scalar.value) + "_"
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
      index += 1
    }
    return output
  }

  /// True when `_xHHHH_` starts at `index`, which a reader would take for an escape.
  private static func looksLikeEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
    return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
  }

  private static func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// The column letters of a 0-based column index: A … Z, AA … XFD.
  static func columnName(_ index: Int) -> String {
    var name = ""
    var n = index + 1
    while n > 0 {
      let remainder = (n - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + remainder))) + name
      n = (n - 1) / 26
    }
    return name
  }
}
