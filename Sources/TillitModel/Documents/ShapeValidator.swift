import CEL
import TillitYAML

/// Checks a composed YAML node against a `Shape` and collects every problem, not just the first.
///
/// Null counts as absent everywhere (SCHEMA.md: blank is absent, null or empty), so `key: ~` on
/// an optional field is fine and on a required field is "missing".
package struct ShapeValidator {
  /// A step of the path to the node being checked. A key is the index of the key's node in
  /// the document's tree: its text is needed only for a message, so none is made until then.
  enum PathComponent {
    case key(Int32)
    case index(Int)
  }

  let document: YAMLDocument
  package private(set) var errors: [DocumentError] = []
  private var path: [PathComponent] = []
  /// The schema position of each key of the mappings being checked, innermost last (-1: not
  /// found by its bytes). One array for the whole document, used as a stack.
  private var foundFields: [Int32] = []

  package init(document: YAMLDocument) {
    self.document = document
  }

  /// The text of a key in the path, as written in the document.
  private func keyText(_ index: Int32) -> String {
    YAMLNode(tree: document.root.tree, index: index).text ?? ""
  }

  /// `indicators[2].frequency`: the same notation as finding paths.
  private var pathText: String {
    var text = ""
    for component in path {
      switch component {
      case .key(let index):
        let key = keyText(index)
        text += text.isEmpty ? key : "." + key
      case .index(let i): text += "[\(i)]"
      }
    }
    return text
  }

  private func location(_ mark: Mark) -> SourceLocation { document.location(mark) }

  package mutating func validate(_ node: YAMLNode, against shape: ObjectShape) {
    validateObject(node, shape)
  }

  private mutating func validate(_ node: YAMLNode, _ shape: Shape) {
    if node.isNull { return }
    switch shape {
    case .object(let object):
      validateObject(node, object)
    case .any:
      return
    case .dictionary(let valueShape):
      guard node.isMapping else { return wrongType(node, shape) }
      for pair in node.pairs {
        path.append(.key(pair.key.index))
        validate(pair.value, valueShape)
        path.removeLast()
      }
    case .list(let element):
      guard node.isSequence else {
        return wrongType(node, shape)
      }
      for (i, item) in node.items.enumerated() {
        path.append(.index(i))
        if item.isNull {
          wrongType(item, element)
        } else {
          validate(item, element)
        }
        path.removeLast()
      }
    case .localizedText:
      if node.isMapping {
        validateObject(node, ShapeValidator.localizedTextShape)
      } else {
        validate(node, .text)
      }
    case .frequency:
      if node.isMapping {
        validateObject(node, ShapeValidator.perYearShape)
      } else {
        validateWord(node, shape, Frequency.names)
      }
    default:
      validateScalar(node, shape)
    }
  }

  static let localizedTextShape = ObjectShape("LocalizedText", [.init("sv", .text), .init("en", .text)])
  static let perYearShape = ObjectShape(
    "PerYear", [.init("per_year", .number(min: 0, max: 100_000), required: true)])

  private mutating func validateObject(_ node: YAMLNode, _ shape: ObjectShape) {
    guard node.isMapping else {
      return wrongType(node, .object(shape))
    }
    // This loop runs for every key of every document. First every key is looked up from its
    // bytes in one pass over the tree's storage, with no view or String made; then the pairs
    // are walked by node index, and a view made only of each value.
    let tree = node.tree
    let base = foundFields.count
    shape.withFieldFinder { find in
      tree.forEachKeyText(ofMapping: node.index) { bytes in foundFields.append(Int32(find(bytes) ?? -1)) }
    }
    defer { foundFields.removeSubrange(base...) }
    let entries = node.record
    for pair in 0..<Int(entries.count) / 2 {
      let entry = Int(entries.first) + 2 * pair
      let keyIndex = tree.children[entry]
      let value = YAMLNode(tree: tree, index: tree.children[entry + 1])
      // Most keys are found from their bytes; the rest (`x-` notes, typos, other spellings of
      // a key) go by String as before.
      let found = Int(foundFields[base + pair])
      if found >= 0 {
        path.append(.key(keyIndex))
        validate(value, shape.fieldShape(at: found))
        path.removeLast()
        continue
      }
      let pair = YAMLPair(key: YAMLNode(tree: tree, index: keyIndex), value: value)
      let key = pair.keyText
      guard let field = shape.field(key) else {
        if key.hasPrefix("x-") { continue }
        let known = shape.fields.map(\.key)
        errors.append(
          .unknownKey(
            path: pathText, key: key, suggestion: Suggestion.closest(to: key, among: known),
            allowed: known, location(pair.keyMark)))
        continue
      }
      path.append(.key(pair.key.index))
      validate(pair.value, field.shape)
      path.removeLast()
    }
    for field in shape.requiredFields {
      let value = node[field.key]
      if value == nil || value!.isNull || value!.isBlankText {
        errors.append(.missingField(key: field.key, path: pathText, location(value?.start ?? node.start)))
      }
    }
  }

  /// Most characters in a short field: an id, a name, a reference to a law or a document, a
  /// role. Real ones are under 200; 1,000 leaves room for a long official title.
  static let shortTextLimit = 1_000
  /// Most characters in any other text (a description, a motivation, a notice): about eight
  /// pages. A longer text belongs in a document of its own that the field refers to.
  static let freeTextLimit = 20_000
  /// Text fields that hold a name, an identifier or a reference, not prose. Schema keys; a
  /// `{sv: …, en: …}` text counts as the field that holds it.
  static let shortTextFields: Set<String> = [
    "id", "name", "law", "ref", "basis_ref", "key", "controller", "contact", "org_no", "role", "person",
    "currency", "system", "available_in", "category", "recipient", "provider", "forum", "forum_or_role",
    "document_type", "owner", "rule", "target", "path", "approved_by", "asked_of", "users", "collections",
    "purposes", "derived_from", "participants", "fingerprint", "case_number",
  ]

  /// The limit for the text at the current path: short for the fields above and for every
  /// closed form (ids, dates, words), free-text otherwise.
  private func textLimit(for shape: Shape) -> Int {
    switch shape {
    case .text, .localizedText:
      // The nearest key, looking past list indices and through `{sv: …, en: …}`.
      var field: String?
      for component in path.reversed() {
        if case .key(let index) = component {
          let key = keyText(index)
          if key != "sv", key != "en" {
            field = key
            break
          }
        }
      }
      return field.map(Self.shortTextFields.contains) == true ? Self.shortTextLimit : Self.freeTextLimit
    case .expression:
      return Self.freeTextLimit
    default:
      return Self.shortTextLimit
    }
  }

  /// Reports a scalar longer than its limit; true when it was, so the caller need not look at
  /// (or quote) the text any further.
  private mutating func isTooLong(_ node: YAMLNode, _ shape: Shape) -> Bool {
    // Bytes bound characters from above, and no limit is below the short one: most texts are
    // settled without working out which limit applies.
    if node.withTextBytes({ $0.count }) <= min(Self.shortTextLimit, Self.freeTextLimit) { return false }
    let limit = textLimit(for: shape)
    let length: Int = node.withTextBytes { bytes in
      // Bytes bound characters from above, so most texts need no counting.
      guard bytes.count > limit else { return 0 }
      return bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
    guard length > limit else { return false }
    errors.append(.textTooLong(path: pathText, length: length, limit: limit, location(node.start)))
    return true
  }

  private mutating func validateScalar(_ node: YAMLNode, _ shape: Shape) {
    guard let value = node.valueKind else {
      return wrongType(node, shape)
    }
    if value == .string, isTooLong(node, shape) { return }
    // Checks read the scalar's bytes in place; a String is made only for a message.
    switch shape {
    case .text:
      if value == .bool { wrongType(node, shape) }
    case .expression:
      return
    case .documentID:
      if !node.withTextBytes(Self.isDocumentID) { invalid(node, shape) }
    case .integer(let min, let max):
      if case .float(let d)? = node.value, !d.isFinite { return notFinite(node) }
      guard case .int(let number)? = node.value else { return wrongType(node, shape) }
      if let min, number < min { outOfRange(node, min.description, max?.description) }
      if let max, number > max { outOfRange(node, min?.description, max.description) }
    case .number(let min, let max):
      let number: Double
      switch node.value {
      case .int(let i)?: number = Double(i)
      case .float(let d)? where d.isFinite: number = d
      case .float?: return notFinite(node)
      default: return wrongType(node, shape)
      }
      let lo = min.map(Self.format)
      let hi = max.map(Self.format)
      if let min, number < min { outOfRange(node, lo, hi) }
      if let max, number > max { outOfRange(node, lo, hi) }
    case .boolean:
      guard value == .bool else { return wrongType(node, shape) }
    case .date:
      guard value == .string else { return wrongType(node, shape) }
      if CalendarDate(node.text ?? "") == nil { invalid(node, shape) }
    case .period:
      guard value == .string else { return wrongType(node, shape) }
      if Period(node.text ?? "") == nil { invalid(node, shape) }
    case .oneOf(let words):
      validateWord(node, shape, words)
    case .countryCode:
      guard value == .string else { return wrongType(node, shape) }
      let valid = node.withTextBytes { $0.count == 2 && $0.allSatisfy { $0 >= 65 && $0 <= 90 } }
      if !valid { invalid(node, shape) }
    case .booleanOrAuto:
      if value == .bool || (value == .string && node.hasText("auto")) { return }
      invalid(node, shape)
    case .planEntryReference:
      let parts = (node.text ?? "").split(separator: "/", omittingEmptySubsequences: false)
      if parts.count != 2 || parts.contains(where: \.isEmpty) { invalid(node, shape) }
    case .frequency, .localizedText, .list, .object, .dictionary, .any:
      validate(node, shape)
    }
  }

  private mutating func validateWord(_ node: YAMLNode, _ shape: Shape, _ words: [String]) {
    guard let value = node.valueKind, value != .null else {
      return wrongType(node, shape)
    }
    // A word list is closed: compare the text as written, so `True` is not `true`.
    if !words.contains(where: node.hasText) {
      let text = node.text ?? ""
      errors.append(
        .notInSet(
          path: pathText, value: text, allowed: words,
          suggestion: Suggestion.closest(to: text, among: words), location(node.start)))
    }
  }

  /// Lower-case ASCII letters, digits and `-`, not starting with `-`.
  static func isDocumentID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, first != UInt8(ascii: "-") else { return false }
    return bytes.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "-") }
  }

  private mutating func wrongType(_ node: YAMLNode, _ shape: Shape) {
    errors.append(
      .wrongType(path: pathText, expected: shape.expectation, found: node.typeName, location(node.start)))
  }

  private mutating func notFinite(_ node: YAMLNode) {
    errors.append(.notFinite(path: pathText, value: node.text ?? "", location(node.start)))
  }

  private mutating func invalid(_ node: YAMLNode, _ shape: Shape) {
    errors.append(
      .invalidValue(path: pathText, value: node.text ?? "", expected: shape.expectation, location(node.start)))
  }

  private mutating func outOfRange(_ node: YAMLNode, _ min: String?, _ max: String?) {
    errors.append(.outOfRange(path: pathText, value: node.text ?? "", min: min, max: max, location(node.start)))
  }

  private static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
