/// Text written as a YAML double-quoted scalar, so that any text a user gave — a name with a
/// colon, a quote, a line break, a control character — reads back as the same one string.
///
/// One escaper for every place tillit writes YAML (`tillit import`, `tillit init`, tests that
/// generate documents): besides `"` and `\`, the characters YAML does not allow unescaped in
/// a document (C0 and C1 controls, DEL), the line and paragraph separators a reader may take
/// for line breaks, and the byte-order mark are written as `\uXXXX`.
public enum YAMLDoubleQuoted {
  public static func scalar(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        let value = scalar.value
        if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029
          || value == 0xFEFF
        {
          let hex = String(value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
