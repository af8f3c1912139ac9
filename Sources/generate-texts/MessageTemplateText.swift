/// One language's text of a catalogue entry, split into literal text and placeholders.
///
/// `{name}` is a String, `{name:count}` an Int with the language's thousands separator,
/// `{name:int}` an Int as plain digits (years, line numbers), `{name:hours}`, `{name:fte}`,
/// `{name:money}` and `{name:percent}` a Double formatted by the language, `{name:text}` a text
/// of both languages of which the matching one is put in, and `{name|one|other}` a word chosen
/// by the Int `name` (1 → one). Any other brace is literal.
struct MessageTemplateText {
  enum Segment {
    case literal(String)
    case value(name: String, format: ValueFormat)
    case plural(name: String, one: String, other: String)
  }

  enum ValueFormat: String, CaseIterable {
    case string = ""
    case count, int, hours, fte, money, percent, text

    var swiftType: String {
      switch self {
      case .string: return "String"
      case .count, .int: return "Int"
      case .hours, .fte, .money, .percent: return "Double"
      case .text: return "Self"
      }
    }
  }

  /// The template as written in the catalogue.
  let source: String
  let segments: [Segment]
  /// Each parameter's name and Swift type, in order of first appearance.
  let parameters: [(name: String, type: String)]

  init(_ text: String, line: Int) throws(CatalogueError) {
    source = text
    var segments: [Segment] = []
    var literal = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      literal += rest[..<open]
      let afterOpen = rest.index(after: open)
      if let close = rest[afterOpen...].firstIndex(of: "}"),
        let segment = Self.placeholder(String(rest[afterOpen..<close]))
      {
        if !literal.isEmpty { segments.append(.literal(literal)) }
        literal = ""
        segments.append(segment)
        rest = rest[rest.index(after: close)...]
      } else {
        literal += "{"
        rest = rest[afterOpen...]
      }
    }
    literal += rest
    if !literal.isEmpty { segments.append(.literal(literal)) }
    self.segments = segments

    var parameters: [(name: String, type: String)] = []
    for segment in segments {
      let (name, type): (String, String)
      switch segment {
      case .literal: continue
      case .value(let n, let format): (name, type) = (n, format.swiftType)
      case .plural(let n, _, _): (name, type) = (n, "Int")
      }
      if let existing = parameters.first(where: { $0.name == name }) {
        guard existing.type == type else {
          throw CatalogueError(line: line, message: "'\(name)' is used both as \(existing.type) and as \(type)")
        }
      } else {
        parameters.append((name, type))
      }
    }
    self.parameters = parameters
  }

  /// The position of parameter `name` among ``parameters``.
  func index(of name: String) -> Int {
    parameters.firstIndex { $0.name == name } ?? 0
  }

  /// Both languages must take the same parameters, so one call fills both.
  func requireSameParameters(as other: MessageTemplateText, line: Int, key: String) throws(CatalogueError) {
    let mine = Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.type) })
    let theirs = Dictionary(uniqueKeysWithValues: other.parameters.map { ($0.name, $0.type) })
    guard mine == theirs else {
      let describe = { (d: [String: String]) in d.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" } }
      throw CatalogueError(
        line: line,
        message: "'\(key)': sv and en take different placeholders (sv \(describe(mine)), en \(describe(theirs)))")
    }
  }

  private static func placeholder(_ inside: String) -> Segment? {
    let parts = inside.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    if parts.count == 3, isIdentifier(parts[0]), !parts[1].contains("{"), !parts[2].contains("{") {
      return .plural(name: parts[0], one: parts[1], other: parts[2])
    }
    guard parts.count == 1 else { return nil }
    let nameAndFormat = inside.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard isIdentifier(nameAndFormat[0]), nameAndFormat.count <= 2 else { return nil }
    if nameAndFormat.count == 1 { return .value(name: nameAndFormat[0], format: .string) }
    guard let format = ValueFormat(rawValue: nameAndFormat[1]), format != .string else { return nil }
    return .value(name: nameAndFormat[0], format: format)
  }

  private static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic)
    else { return false }
    return text.unicodeScalars.allSatisfy {
      $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0)
    }
  }
}
