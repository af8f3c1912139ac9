import TillitYAML

/// A YAML value built by the property tests, kept as a tree so it can be changed one field at a
/// time and shrunk before it is written out as a document.
indirect enum GeneratedYAML: Equatable, Sendable {
  /// A scalar exactly as it is to be written (`"text"` quoted, `12`, `true`, `~`).
  case scalar(String)
  case map([Pair])
  case list([GeneratedYAML])

  struct Pair: Equatable, Sendable {
    var key: String
    var value: GeneratedYAML
  }

  static let null = GeneratedYAML.scalar("~")

  /// A double-quoted YAML string, escaped so any text survives the round trip.
  static func quoted(_ text: String) -> GeneratedYAML { .scalar(YAMLDoubleQuoted.scalar(text)) }

  subscript(key: String) -> GeneratedYAML? {
    guard case .map(let pairs) = self else { return nil }
    return pairs.first { $0.key == key }?.value
  }

  /// The document as block YAML, the way people write tillit files.
  var document: String {
    var lines: [String] = []
    write(into: &lines, indent: "")
    return lines.joined(separator: "\n") + "\n"
  }

  private func write(into lines: inout [String], indent: String) {
    guard case .map(let pairs) = self else { return }
    for pair in pairs {
      switch pair.value {
      case .scalar(let text): lines.append("\(indent)\(pair.key): \(text)")
      case .map(let inner) where inner.isEmpty: lines.append("\(indent)\(pair.key): {}")
      case .list(let items) where items.isEmpty: lines.append("\(indent)\(pair.key): []")
      case .map:
        lines.append("\(indent)\(pair.key):")
        pair.value.write(into: &lines, indent: indent + "  ")
      case .list(let items):
        lines.append("\(indent)\(pair.key):")
        for item in items { item.writeItem(into: &lines, indent: indent + "  ") }
      }
    }
  }

  private func writeItem(into lines: inout [String], indent: String) {
    switch self {
    case .scalar(let text): lines.append("\(indent)- \(text)")
    case .map(let pairs) where pairs.isEmpty: lines.append("\(indent)- {}")
    case .list(let items) where items.isEmpty: lines.append("\(indent)- []")
    case .map:
      var inner: [String] = []
      write(into: &inner, indent: indent + "  ")
      lines.append(indent + "- " + inner[0].dropFirst(indent.count + 2))
      lines += inner.dropFirst()
    case .list(let items):
      lines.append("\(indent)-")
      for item in items { item.writeItem(into: &lines, indent: indent + "  ") }
    }
  }

  /// Every smaller tree one step away: one pair or one list element left out, or a
  /// container emptied. Used to shrink a failing document to the part that matters.
  var smallerVariants: [GeneratedYAML] {
    switch self {
    case .scalar: return []
    case .map(let pairs):
      var out: [GeneratedYAML] = []
      for i in pairs.indices {
        var fewer = pairs
        fewer.remove(at: i)
        out.append(.map(fewer))
      }
      for i in pairs.indices {
        for smaller in pairs[i].value.smallerVariants {
          var changed = pairs
          changed[i].value = smaller
          out.append(.map(changed))
        }
      }
      return out
    case .list(let items):
      var out: [GeneratedYAML] = []
      for i in items.indices {
        var fewer = items
        fewer.remove(at: i)
        out.append(.list(fewer))
      }
      for i in items.indices {
        for smaller in items[i].smallerVariants {
          var changed = items
          changed[i] = smaller
          out.append(.list(changed))
        }
      }
      return out
    }
  }

  /// The tree with the value at `path` (keys; a list is stepped through element by element)
  /// replaced by `replacement`, or removed when `replacement` is nil.
  func replacing(_ path: ArraySlice<String>, with replacement: GeneratedYAML?) -> GeneratedYAML {
    guard let key = path.first else { return replacement ?? self }
    switch self {
    case .map(var pairs):
      guard let i = pairs.firstIndex(where: { $0.key == key }) else {
        if path.count == 1, let replacement { pairs.append(Pair(key: key, value: replacement)) }
        return .map(pairs)
      }
      if path.count == 1 {
        if let replacement { pairs[i].value = replacement } else { pairs.remove(at: i) }
      } else {
        pairs[i].value = pairs[i].value.replacing(path.dropFirst(), with: replacement)
      }
      return .map(pairs)
    case .list(let items):
      return .list(items.map { $0.replacing(path, with: replacement) })
    case .scalar:
      return self
    }
  }
}
