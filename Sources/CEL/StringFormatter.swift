import Foundation

/// Turning values into text: `string(x)`, the `%s` of `format`, and the rest of `format`'s
/// clauses, following the CEL strings extension.
package enum StringFormatter {
  /// The text of a value as `string()` and `%s` give it.
  package static func plain(_ value: Value) throws -> String {
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .uint(let u): return String(u)
    case .double(let d): return shortest(d)
    case .string(let s): return s
    case .bytes(let b):
      guard let text = String(validating: b, as: UTF8.self) else {
        throw EvaluationError(
          .invalidArgumentReason(Texts.celFormatBytesNotUtf8))
      }
      return text
    case .list(let list): return "[" + (try list.items.map(plain)).joined(separator: ", ") + "]"
    case .map(let map):
      var parts: [String] = []
      for (key, value) in zip(map.keys, map.values) { parts.append("\(try plain(key)): \(try plain(value))") }
      return "{" + parts.joined(separator: ", ") + "}"
    case .type(let t): return t.name
    case .timestamp(let t): return t.description
    case .duration(let d): return d.description
    case .date(let d): return d.description
    case .period(let p): return p.text
    }
  }

  /// A double as Go's `%g` writes it with the shortest round-trip digits (which is what CEL
  /// implementations print): `123.456`, `-0.0045`, `1e+06`, `1.23456789e+08`.
  package static func shortest(_ d: Double) -> String {
    if d.isNaN { return "NaN" }
    if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
    if d == 0 { return d.sign == .minus ? "-0" : "0" }
    // Swift's description is the shortest round-trip form (ASCII: digits, a point, an
    // exponent); its digits and exponent are read byte by byte. Searching and replacing in it
    // as text went through Foundation, and was most of the cost of a number in a message.
    var digits: [UInt8] = []
    var pointPosition: Int?
    var exponent = 0
    var exponentIsNegative = false
    var inExponent = false
    for byte in abs(d).description.utf8 {
      switch byte {
      case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
      case UInt8(ascii: "-") where inExponent: exponentIsNegative = true
      case UInt8(ascii: "+") where inExponent: break
      case UInt8(ascii: "."): pointPosition = digits.count
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if inExponent {
          exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
        } else {
          digits.append(byte)
        }
      default: break
      }
    }
    if exponentIsNegative { exponent = -exponent }
    var point = pointPosition ?? digits.count
    // Normalise: strip leading zeros (moving the point) and trailing zeros.
    var first = 0
    while digits[first] == UInt8(ascii: "0") && digits.count - first > 1 {
      first += 1
      point -= 1
    }
    var end = digits.count
    while digits[end - 1] == UInt8(ascii: "0") && end - first > 1 { end -= 1 }
    let significant = digits[first..<end]
    let decimalExponent = point + exponent - 1
    let sign = d < 0 ? "-" : ""
    // Go's %g with shortest digits switches to an exponent below 1e-4 and from 1e+6 on.
    if decimalExponent < -4 || decimalExponent >= 6 {
      var result = String(decoding: significant.prefix(1), as: UTF8.self)
      if significant.count > 1 { result += "." + String(decoding: significant.dropFirst(), as: UTF8.self) }
      let absExponent = abs(decimalExponent)
      result += (decimalExponent < 0 ? "e-" : "e+") + (absExponent < 10 ? "0" : "") + String(absExponent)
      return sign + result
    }
    let text = String(decoding: significant, as: UTF8.self)
    if decimalExponent < 0 {
      return sign + "0." + String(repeating: "0", count: -decimalExponent - 1) + text
    }
    if significant.count <= decimalExponent + 1 {
      return sign + text + String(repeating: "0", count: decimalExponent + 1 - significant.count)
    }
    return sign + String(decoding: significant.prefix(decimalExponent + 1), as: UTF8.self) + "."
      + String(decoding: significant.dropFirst(decimalExponent + 1), as: UTF8.self)
  }

  /// `"template %s".format([args])`.
  static func format(_ template: String, _ arguments: [Value]) throws -> String {
    var output = ""
    var scalars = template.unicodeScalars.makeIterator()
    var argumentIndex = 0
    func nextArgument() throws -> Value {
      guard argumentIndex < arguments.count else {
        throw EvaluationError(
          .invalidArgumentReason(
            Texts.celFormatArgumentMissing(index: argumentIndex)))
      }
      defer { argumentIndex += 1 }
      return arguments[argumentIndex]
    }
    while let c = scalars.next() {
      guard c == "%" else {
        output.unicodeScalars.append(c)
        continue
      }
      guard var verb = scalars.next() else {
        throw EvaluationError(
          .invalidArgumentReason(
            Texts.celFormatUnfinishedClause))
      }
      if verb == "%" {
        output.append("%")
        continue
      }
      var precision: Int?
      if verb == "." {
        var digits = ""
        while let d = scalars.next() {
          if ("0"..."9").contains(d) {
            digits.unicodeScalars.append(d)
          } else {
            verb = d
            break
          }
        }
        guard let p = Int(digits) else {
          if !digits.isEmpty {
            // Too many digits for an int is still a precision out of range, not a typo.
            throw EvaluationError(
              .argumentOutOfRange(
                function: "format", value: Int64.max, allowed: 0...Int64(ExpressionLimits.maxFormatPrecision)))
          }
          throw EvaluationError(
            .invalidArgumentReason(Texts.celFormatBadPrecision))
        }
        // A precision is a count of digits to write: unbounded, `%.999999999f` asks for a
        // gigabyte of zeros.
        guard p <= ExpressionLimits.maxFormatPrecision else {
          throw EvaluationError(
            .argumentOutOfRange(
              function: "format", value: Int64(p), allowed: 0...Int64(ExpressionLimits.maxFormatPrecision)))
        }
        precision = p
      }
      let argument = try nextArgument()
      output += try clause(verb, precision: precision, argument)
      // Checked as it grows (in UTF-8 bytes, at most four per scalar); the caller counts the
      // finished text exactly.
      if output.utf8.count > 4 * ExpressionLimits.maxStringLength {
        throw EvaluationError(.textTooLong(function: "format", limit: ExpressionLimits.maxStringLength))
      }
    }
    return output
  }

  private static func clause(_ verb: Unicode.Scalar, precision: Int?, _ argument: Value) throws -> String {
    func unsupported() -> EvaluationError {
      EvaluationError(
        .invalidArgumentReason(
          Texts.celFormatClauseType(verb: String(verb), type: argument.type.name)))
    }
    func nonFinite(_ d: Double) -> String? {
      if d.isNaN { return "NaN" }
      if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
      return nil
    }
    switch verb {
    case "s":
      return try plain(argument)
    case "d":
      switch argument {
      case .int(let i): return String(i)
      case .uint(let u): return String(u)
      case .double(let d): if let text = nonFinite(d) { return text } else { throw unsupported() }
      default: throw unsupported()
      }
    case "f", "e":
      let value: Double
      switch argument {
      case .int(let i): value = Double(i)
      case .uint(let u): value = Double(u)
      case .double(let d): value = d
      default: throw unsupported()
      }
      if let text = nonFinite(value) { return text }
      return String(format: "%.\(precision ?? 6)\(verb)", value)
    case "b", "o", "x", "X":
      let radix = verb == "b" ? 2 : verb == "o" ? 8 : 16
      let uppercase = verb == "X"
      switch argument {
      case .int(let i):
        let magnitude = String(i.magnitude, radix: radix, uppercase: uppercase)
        return i < 0 ? "-" + magnitude : magnitude
      case .uint(let u): return String(u, radix: radix, uppercase: uppercase)
      case .bool(let b) where verb == "b": return b ? "1" : "0"
      case .string(let s) where radix == 16:
        return s.utf8.map { String(format: uppercase ? "%02X" : "%02x", $0) }.joined()
      case .bytes(let b) where radix == 16:
        return b.map { String(format: uppercase ? "%02X" : "%02x", $0) }.joined()
      default: throw unsupported()
      }
    default:
      throw EvaluationError(
        .invalidArgumentReason(
          Texts.celFormatUnknownClause(verb: String(verb))))
    }
  }

  /// `strings.quote(s)`: a double-quoted CEL string literal for `s`.
  static func quote(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\u{07}": output += "\\a"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{0B}": output += "\\v"
      case "\\": output += "\\\\"
      case "\"": output += "\\\""
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }
}
