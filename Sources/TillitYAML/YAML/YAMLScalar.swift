/// A scalar with its source text, its style and its value under the YAML 1.2 core schema.
///
/// The core schema is deliberate: only `true`/`false` (and their capitalised spellings) are
/// booleans, so `country: NO` is Norway, not `false` as YAML 1.1 loaders read it. Dates stay
/// strings here; the document layer parses them where the schema expects a date.
public struct YAMLScalar: Sendable, Hashable {
  public enum Style: UInt8, Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
  }

  /// The kind of a resolved value, without its payload.
  public enum ValueKind: UInt8, Sendable, Hashable {
    case null, bool, int, float, string
  }

  public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string
  }

  /// The scalar's content after YAML's own unescaping and folding.
  public var text: String
  public var style: Style
  public var value: Value

  public init(text: String, style: Style, value: Value) {
    self.text = text
    self.style = style
    self.value = value
  }

  /// Resolves a scalar the way the YAML 1.2 core schema does: quoted and block scalars are
  /// strings; plain ones are null, bool, int or float when they match those forms exactly.
  public static func resolve(text: String, style: Style) -> YAMLScalar {
    guard style == .plain else { return YAMLScalar(text: text, style: style, value: .string) }
    return YAMLScalar(text: text, style: style, value: coreSchemaValue(of: text))
  }

  static func coreSchemaValue(of text: String) -> Value {
    var text = text
    return text.withUTF8 { coreSchemaValue(of: $0) }
  }

  /// Resolution straight from bytes, so the composer makes no String for the common case of a
  /// word or an id.
  static func coreSchemaValue(of bytes: UnsafeBufferPointer<UInt8>) -> Value {
    guard let first = bytes.first else { return .null }
    // Three fixed spellings each; the length is checked first, as most words starting with the
    // same letter (`name`, `type`, `frequency`) differ in it. No variadic array: this runs for
    // every plain scalar.
    func equals(_ a: StaticString, _ b: StaticString, _ c: StaticString) -> Bool {
      guard bytes.count == a.utf8CodeUnitCount else { return false }
      for word in [a, b, c]
      where UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount).elementsEqual(bytes) {
        return true
      }
      return false
    }
    // Almost every plain scalar in a document is a word or an id; looking at the first byte
    // keeps resolution off the hot path for them.
    switch first {
    case UInt8(ascii: "~"):
      return bytes.count == 1 ? .null : .string
    case UInt8(ascii: "n"), UInt8(ascii: "N"):
      return equals("null", "Null", "NULL") ? .null : .string
    case UInt8(ascii: "t"), UInt8(ascii: "T"):
      return equals("true", "True", "TRUE") ? .bool(true) : .string
    case UInt8(ascii: "f"), UInt8(ascii: "F"):
      return equals("false", "False", "FALSE") ? .bool(false) : .string
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
      UInt8(ascii: "."):
      if let small = smallDecimalInteger(bytes) { return .int(small) }
      return numericValue(of: String(decoding: bytes, as: UTF8.self)) ?? .string
    default:
      return .string
    }
  }

  /// `[-+]?[0-9]{1,18}` read straight from the bytes: the common number, which cannot
  /// overflow at that length, without the String the general path makes. Nil for anything else.
  private static func smallDecimalInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let negative = bytes[0] == UInt8(ascii: "-")
    if negative || bytes[0] == UInt8(ascii: "+") { i = 1 }
    let digits = bytes.count - i
    guard digits >= 1, digits <= 18 else { return nil }
    var value = 0
    while i < bytes.count {
      let digit = bytes[i] &- 48
      guard digit <= 9 else { return nil }
      value = value * 10 + Int(digit)
      i += 1
    }
    return negative ? -value : value
  }

  private static func numericValue(of text: String) -> Value? {
    var bytes = Array(text.utf8)
    // Core schema: 0o17 and 0x1F are integers; no sign is allowed on them.
    if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
      if bytes[1] == UInt8(ascii: "o"), bytes.dropFirst(2).allSatisfy({ (48...55).contains($0) }) {
        return Int(text.dropFirst(2), radix: 8).map(Value.int)
      }
      if bytes[1] == UInt8(ascii: "x"), bytes.dropFirst(2).allSatisfy(\.isHexDigit) {
        return Int(text.dropFirst(2), radix: 16).map(Value.int)
      }
    }
    var sign = ""
    if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
      if bytes.first == UInt8(ascii: "-") { sign = "-" }
      bytes.removeFirst()
    }
    let body = String(decoding: bytes, as: UTF8.self)
    switch body {
    case ".inf", ".Inf", ".INF": return .float(sign == "-" ? -.infinity : .infinity)
    case ".nan", ".NaN", ".NAN": return sign.isEmpty && text == body ? .float(.nan) : nil
    default: break
    }
    if !bytes.isEmpty, bytes.allSatisfy(\.isDecimalDigit) {
      if let value = Int(sign + body) { return .int(value) }
      // Larger than 64 bits: still a number in YAML, so keep it as one (a double) and let the
      // document layer say that it expected a whole number.
      return Double(sign + body).map(Value.float)
    }
    return isCoreFloat(bytes) ? Double(sign + body).map(Value.float) : nil
  }

  /// `(\.[0-9]+ | [0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` without the sign.
  private static func isCoreFloat(_ bytes: [UInt8]) -> Bool {
    var i = 0
    let n = bytes.count
    var mantissaDigits = 0
    while i < n, bytes[i].isDecimalDigit { i += 1; mantissaDigits += 1 }
    if i < n, bytes[i] == UInt8(ascii: ".") {
      i += 1
      while i < n, bytes[i].isDecimalDigit { i += 1; mantissaDigits += 1 }
    }
    guard mantissaDigits > 0 else { return false }
    if i < n, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
      var exponentDigits = 0
      while i < n, bytes[i].isDecimalDigit { i += 1; exponentDigits += 1 }
      guard exponentDigits > 0 else { return false }
    }
    return i == n
  }
}

extension UInt8 {
  fileprivate var isDecimalDigit: Bool { self >= 48 && self <= 57 }
  fileprivate var isHexDigit: Bool {
    isDecimalDigit || (self >= 65 && self <= 70) || (self >= 97 && self <= 102)
  }
}
