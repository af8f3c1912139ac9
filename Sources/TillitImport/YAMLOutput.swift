import TillitYAML

/// A document as the importer writes it: ordered mappings, lists and scalars, emitted as
/// block YAML in a fixed order so that the same sheet always gives the same bytes (which the
/// manifest's hashes depend on). Free text is always double-quoted, so nothing a cell holds
/// can turn into YAML structure, a number or a boolean.
indirect enum YAMLOutput: Sendable, Hashable {
  /// A word written as is: ids, value-set words, numbers, dates.
  case plain(String)
  /// Any text, double-quoted and escaped.
  case text(String)
  case list([YAMLOutput])
  case map([(String, YAMLOutput)])

  static func == (lhs: YAMLOutput, rhs: YAMLOutput) -> Bool { lhs.emitted(indent: 0) == rhs.emitted(indent: 0) }
  func hash(into hasher: inout Hasher) { hasher.combine(emitted(indent: 0)) }

  /// The whole document, ending in a line break.
  func document() -> String {
    guard case .map(let pairs) = self else { return emitted(indent: 0) + "\n" }
    return YAMLOutput.mapLines(pairs, indent: 0).joined(separator: "\n") + "\n"
  }

  private func emitted(indent: Int) -> String {
    switch self {
    case .plain(let word): return word
    case .text(let text): return YAMLOutput.quoted(text)
    case .list(let items) where items.isEmpty: return "[]"
    case .map(let pairs) where pairs.isEmpty: return "{}"
    case .list, .map: return "\n" + YAMLOutput.lines(self, indent: indent).joined(separator: "\n")
    }
  }

  private static func lines(_ value: YAMLOutput, indent: Int) -> [String] {
    switch value {
    case .map(let pairs): return mapLines(pairs, indent: indent)
    case .list(let items):
      let pad = String(repeating: " ", count: indent)
      var out: [String] = []
      for item in items {
        switch item {
        case .map(let pairs) where !pairs.isEmpty:
          var inner = mapLines(pairs, indent: indent + 2)
          inner[0] = pad + "- " + inner[0].dropFirst(indent + 2)
          out.append(contentsOf: inner)
        default:
          out.append(pad + "- " + item.emitted(indent: indent + 2))
        }
      }
      return out
    default:
      return [String(repeating: " ", count: indent) + value.emitted(indent: indent)]
    }
  }

  /// A key written plain when it is a word tillit's schema uses, quoted otherwise (a heading
  /// from the sheet can hold any text).
  static func key(_ key: String) -> String {
    let plain =
      !key.isEmpty
      && key.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
      } && (key.first?.isLetter ?? false)
      && !["true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"].contains(key.lowercased())
    return plain ? key : quoted(key)
  }

  private static func mapLines(_ pairs: [(String, YAMLOutput)], indent: Int) -> [String] {
    let pad = String(repeating: " ", count: indent)
    var out: [String] = []
    for (rawKey, value) in pairs {
      let key = YAMLOutput.key(rawKey)
      switch value {
      case .map(let inner) where !inner.isEmpty:
        out.append(pad + key + ":")
        out.append(contentsOf: mapLines(inner, indent: indent + 2))
      case .list(let items) where !items.isEmpty:
        out.append(pad + key + ":")
        out.append(contentsOf: lines(value, indent: indent + 2))
      default:
        out.append(pad + key + ": " + value.emitted(indent: indent + 2))
      }
    }
    return out
  }

  /// Double-quoted YAML (one escaper for every YAML tillit writes).
  static func quoted(_ text: String) -> String { YAMLDoubleQuoted.scalar(text) }
}
