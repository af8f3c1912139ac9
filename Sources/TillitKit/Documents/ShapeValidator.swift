/// Checks a composed YAML node against a `Shape` and collects every problem, not just the first.
///
/// Null counts as absent everywhere (SCHEMA.md: blank is absent, null or empty), so `key: ~` on
/// an optional field is fine and on a required field is "missing".
struct ShapeValidator {
  enum PathComponent {
    case key(String)
    case index(Int)
  }

  let document: YAMLDocument
  private(set) var errors: [DocumentError] = []
  private var path: [PathComponent] = []

  init(document: YAMLDocument) {
    self.document = document
  }

  /// `indicators[2].frequency`: the same notation as finding paths.
  static func render(_ components: [PathComponent]) -> String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key): text += text.isEmpty ? key : "." + key
      case .index(let i): text += "[\(i)]"
      }
    }
    return text
  }

  private var pathText: String { ShapeValidator.render(path) }

  private func location(_ mark: Mark) -> SourceLocation { document.location(mark) }

  mutating func validate(_ node: YAMLNode, against shape: ObjectShape) {
    validateObject(node, shape)
  }

  private mutating func validate(_ node: YAMLNode, _ shape: Shape) {
    if node.isNull { return }
    switch shape {
    case .object(let object):
      validateObject(node, object)
    case .list(let element):
      guard case .sequence(let items) = node.content else {
        return wrongType(node, shape)
      }
      for (i, item) in items.enumerated() {
        path.append(.index(i))
        if item.isNull {
          wrongType(item, element)
        } else {
          validate(item, element)
        }
        path.removeLast()
      }
    case .localizedText:
      if case .mapping = node.content {
        validateObject(
          node,
          ObjectShape("LocalizedText", [.init("sv", .text), .init("en", .text)]))
      } else {
        validate(node, .text)
      }
    case .frequency:
      if case .mapping = node.content {
        validateObject(
          node, ObjectShape("PerYear", [.init("per_year", .number(min: 0, max: 100_000), required: true)]))
      } else {
        validateWord(node, shape, Frequency.names)
      }
    default:
      validateScalar(node, shape)
    }
  }

  private mutating func validateObject(_ node: YAMLNode, _ shape: ObjectShape) {
    guard case .mapping(let pairs) = node.content else {
      return wrongType(node, .object(shape))
    }
    for pair in pairs {
      guard let field = shape.field(pair.key) else {
        if pair.key.hasPrefix("x-") { continue }
        let known = shape.fields.map(\.key)
        errors.append(
          .unknownKey(
            path: pathText, key: pair.key, suggestion: Suggestion.closest(to: pair.key, among: known),
            allowed: known, location(pair.keyMark)))
        continue
      }
      path.append(.key(pair.key))
      validate(pair.value, field.shape)
      path.removeLast()
    }
    for field in shape.fields where field.required {
      let value = pairs.first { $0.key == field.key }?.value
      if value == nil || value!.isNull || (value!.scalar.map { $0.value == .string && $0.text.isBlank } ?? false) {
        errors.append(.missingField(key: field.key, path: pathText, location(value?.start ?? node.start)))
      }
    }
  }

  private mutating func validateScalar(_ node: YAMLNode, _ shape: Shape) {
    guard case .scalar(let scalar) = node.content else {
      return wrongType(node, shape)
    }
    switch shape {
    case .text:
      if case .bool = scalar.value { wrongType(node, shape) }
    case .documentID:
      if !scalar.text.isDocumentID { invalid(node, scalar.text, shape) }
    case .integer(let min, let max):
      guard case .int(let value) = scalar.value else { return wrongType(node, shape) }
      if let min, value < min { outOfRange(node, scalar.text, min.description, max?.description) }
      if let max, value > max { outOfRange(node, scalar.text, min?.description, max.description) }
    case .number(let min, let max):
      let value: Double
      switch scalar.value {
      case .int(let i): value = Double(i)
      case .float(let d) where d.isFinite: value = d
      default: return wrongType(node, shape)
      }
      let lo = min.map(Self.format)
      let hi = max.map(Self.format)
      if let min, value < min { outOfRange(node, scalar.text, lo, hi) }
      if let max, value > max { outOfRange(node, scalar.text, lo, hi) }
    case .boolean:
      guard case .bool = scalar.value else { return wrongType(node, shape) }
    case .date:
      guard case .string = scalar.value else { return wrongType(node, shape) }
      if CalendarDate(scalar.text) == nil { invalid(node, scalar.text, shape) }
    case .period:
      guard case .string = scalar.value else { return wrongType(node, shape) }
      if Period(scalar.text) == nil { invalid(node, scalar.text, shape) }
    case .oneOf(let words):
      validateWord(node, shape, words)
    case .countryCode:
      guard case .string = scalar.value else { return wrongType(node, shape) }
      let bytes = Array(scalar.text.utf8)
      if bytes.count != 2 || !bytes.allSatisfy({ $0 >= 65 && $0 <= 90 }) { invalid(node, scalar.text, shape) }
    case .booleanOrAuto:
      if case .bool = scalar.value { return }
      if scalar.value == .string, scalar.text == "auto" { return }
      invalid(node, scalar.text, shape)
    case .planEntryReference:
      let parts = scalar.text.split(separator: "/", omittingEmptySubsequences: false)
      if parts.count != 2 || parts.contains(where: \.isEmpty) { invalid(node, scalar.text, shape) }
    case .frequency, .localizedText, .list, .object:
      validate(node, shape)
    }
  }

  private mutating func validateWord(_ node: YAMLNode, _ shape: Shape, _ words: [String]) {
    guard case .scalar(let scalar) = node.content, scalar.value != .null else {
      return wrongType(node, shape)
    }
    // A word list is closed: compare the text as written, so `True` is not `true`.
    if !words.contains(scalar.text) {
      errors.append(
        .notInSet(
          path: pathText, value: scalar.text, allowed: words,
          suggestion: Suggestion.closest(to: scalar.text, among: words), location(node.start)))
    }
  }

  private mutating func wrongType(_ node: YAMLNode, _ shape: Shape) {
    errors.append(
      .wrongType(path: pathText, expected: shape.expectation, found: node.typeName, location(node.start)))
  }

  private mutating func invalid(_ node: YAMLNode, _ text: String, _ shape: Shape) {
    errors.append(.invalidValue(path: pathText, value: text, expected: shape.expectation, location(node.start)))
  }

  private mutating func outOfRange(_ node: YAMLNode, _ text: String, _ min: String?, _ max: String?) {
    errors.append(.outOfRange(path: pathText, value: text, min: min, max: max, location(node.start)))
  }

  private static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}

extension String {
  /// Lower-case ASCII letters, digits and `-`, starting with a letter or digit.
  var isDocumentID: Bool {
    let bytes = utf8
    guard let first = bytes.first, first != UInt8(ascii: "-") else { return false }
    return bytes.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "-") }
  }

  /// Empty or only whitespace.
  var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
