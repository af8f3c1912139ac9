import Foundation

extension Value {
  /// The value as JSON text, for `tillit eval` and reports: numbers as numbers (a non-finite
  /// double as the string "NaN", "Infinity" or "-Infinity"), bytes as base64, dates, periods,
  /// timestamps and durations as their text, types as their name, map keys as text.
  public var jsonText: String {
    var output = ""
    write(to: &output)
    return output
  }

  private func write(to output: inout String) {
    switch self {
    case .null: output += "null"
    case .bool(let b): output += b ? "true" : "false"
    case .int(let i): output += String(i)
    case .uint(let u): output += String(u)
    case .double(let d):
      output +=
        d.isFinite
        ? StringFormatter.shortest(d).replacingOccurrences(of: "e+", with: "e") : "\"\(StringFormatter.shortest(d))\""
    case .string(let s): Value.writeString(s, to: &output)
    case .bytes(let b): Value.writeString(Data(b).base64EncodedString(), to: &output)
    case .list(let list):
      output += "["
      for (i, item) in list.items.enumerated() {
        if i > 0 { output += ", " }
        item.write(to: &output)
      }
      output += "]"
    case .map(let map):
      output += "{"
      for (i, (key, value)) in zip(map.keys, map.values).enumerated() {
        if i > 0 { output += ", " }
        Value.writeString((try? StringFormatter.plain(key)) ?? "", to: &output)
        output += ": "
        value.write(to: &output)
      }
      output += "}"
    case .type(let t): Value.writeString(t.name, to: &output)
    case .timestamp(let t): Value.writeString(t.description, to: &output)
    case .duration(let d): Value.writeString(d.description, to: &output)
    case .date(let d): Value.writeString(d.description, to: &output)
    case .period(let p): Value.writeString(p.text, to: &output)
    }
  }

  private static func writeString(_ s: String, to output: inout String) {
    output += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20:
        output += String(format: "\\u%04x", scalar.value)
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
