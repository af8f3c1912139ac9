/// Splits expression text into tokens, each with its range in Unicode scalars.
struct Lexer {
  enum Token: Equatable {
    case identifier(String)
    /// A field name in backticks, such as `foo-bar`: only valid after a dot.
    case quotedIdentifier(String)
    case int(Int64)
    /// 9223372036854775808: only valid after a unary minus.
    case intMinMagnitude
    case uint(UInt64)
    case double(Double)
    case string(String)
    case bytes([UInt8])
    case punctuation(String)
    case end
  }

  struct Located {
    var token: Token
    var range: Range<Int>
  }

  private let scalars: [Unicode.Scalar]
  private var position = 0

  init(_ source: String) {
    scalars = Array(source.unicodeScalars)
  }

  static let reserved: Set<String> = [
    "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package",
    "namespace", "return", "var", "void", "while",
  ]

  mutating func tokens() throws(ExpressionError) -> [Located] {
    var result: [Located] = []
    while true {
      let token = try next()
      result.append(token)
      if token.token == .end { return result }
    }
  }

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    position + offset < scalars.count ? scalars[position + offset] : nil
  }

  private mutating func next() throws(ExpressionError) -> Located {
    skipWhitespaceAndComments()
    let start = position
    guard let c = peek() else { return Located(token: .end, range: start..<start) }

    if c.properties.isAlphabetic && c.isASCII || c == "_" {
      // A string or bytes prefix: r, R, b, B and their pairs, directly before a quote.
      if let literal = try stringWithPrefix(start) { return literal }
      var name = ""
      while let d = peek(), d.isASCII && (d.properties.isAlphabetic || ("0"..."9").contains(d) || d == "_") {
        name.unicodeScalars.append(d)
        position += 1
      }
      return Located(token: .identifier(name), range: start..<position)
    }
    if ("0"..."9").contains(c) || (c == "." && peek(1).map { ("0"..."9").contains($0) } == true) {
      return try number(start)
    }
    if c == "`" {
      position += 1
      var name = ""
      while let d = peek(), d != "`" {
        guard d.isASCII, d.properties.isAlphabetic || ("0"..."9").contains(d) || "_.-/ ".unicodeScalars.contains(d)
        else {
          throw ExpressionError(Texts.celLexQuotedNameCharacter, position..<(position + 1))
        }
        name.unicodeScalars.append(d)
        position += 1
      }
      guard peek() == "`", !name.isEmpty else {
        throw ExpressionError(Texts.celLexQuotedNameUnclosed, start..<position)
      }
      position += 1
      return Located(token: .quotedIdentifier(name), range: start..<position)
    }
    if c == "\"" || c == "'" {
      let text = try quoted(raw: false, bytes: false)
      return Located(
        token: .string(String(String.UnicodeScalarView(text.map { Unicode.Scalar($0)! }))), range: start..<position)
    }
    for operatorText in ["==", "!=", "<=", ">=", "&&", "||"] {
      let chars = Array(operatorText.unicodeScalars)
      if peek() == chars[0] && peek(1) == chars[1] {
        position += 2
        return Located(token: .punctuation(operatorText), range: start..<position)
      }
    }
    if "()[]{}.,:?+-*/%!<>".unicodeScalars.contains(c) {
      position += 1
      return Located(token: .punctuation(String(c)), range: start..<position)
    }
    throw ExpressionError(Texts.celLexUnexpectedCharacter(character: String(c)), start..<(start + 1))
  }

  private mutating func skipWhitespaceAndComments() {
    while let c = peek() {
      if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" {
        position += 1
      } else if c == "/" && peek(1) == "/" {
        while let d = peek(), d != "\n" { position += 1 }
      } else {
        return
      }
    }
  }

  private mutating func stringWithPrefix(_ start: Int) throws(ExpressionError) -> Located? {
    var raw = false
    var bytes = false
    var length = 0
    while length < 2, let c = peek(length), "rRbB".unicodeScalars.contains(c) {
      if c == "r" || c == "R" {
        if raw { return nil }
        raw = true
      } else {
        if bytes { return nil }
        bytes = true
      }
      length += 1
    }
    guard length > 0, let quote = peek(length), quote == "\"" || quote == "'" else { return nil }
    position += length
    let content = try quoted(raw: raw, bytes: bytes)
    if bytes {
      return Located(token: .bytes(content.flatMap(Lexer.encode)), range: start..<position)
    }
    return Located(
      token: .string(String(String.UnicodeScalarView(content.map { Unicode.Scalar($0)! }))), range: start..<position)
  }

  /// Bytes literal content: values below 256 from escapes are bytes; other characters are
  /// their UTF-8 encoding. Marked with a flag bit so that both can travel in one list.
  private static func encode(_ value: UInt32) -> [UInt8] {
    if value & Lexer.rawByteFlag != 0 { return [UInt8(value & 0xFF)] }
    return Array(String(Unicode.Scalar(value)!).utf8)
  }

  private static let rawByteFlag: UInt32 = 0x8000_0000

  /// Reads a quoted literal's content as code points (or, in bytes literals, flagged raw bytes).
  private mutating func quoted(raw: Bool, bytes: Bool) throws(ExpressionError) -> [UInt32] {
    let start = position
    let quote = peek()!
    let triple = peek(1) == quote && peek(2) == quote
    position += triple ? 3 : 1
    var content: [UInt32] = []
    while true {
      guard let c = peek() else {
        throw ExpressionError(Texts.celLexStringUnclosed, start..<position)
      }
      if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
        position += triple ? 3 : 1
        return content
      }
      if !triple && (c == "\n" || c == "\r") {
        throw ExpressionError(Texts.celLexLineBreakInString, start..<position)
      }
      if c == "\\" && !raw {
        content.append(try escape(bytes: bytes))
        continue
      }
      if c == "\\" && raw {
        // A raw string keeps the backslash, and the quote after it does not end the string.
        content.append(c.value)
        position += 1
        if let d = peek(), d == quote {
          content.append(d.value)
          position += 1
        }
        continue
      }
      content.append(c.value)
      position += 1
    }
  }

  private mutating func escape(bytes: Bool) throws(ExpressionError) -> UInt32 {
    let start = position
    position += 1
    guard let c = peek() else {
      throw ExpressionError(Texts.celLexEscapeIncomplete, start..<position)
    }
    position += 1
    func hex(_ count: Int) throws(ExpressionError) -> UInt32 {
      var value: UInt32 = 0
      for _ in 0..<count {
        guard let d = peek(), let digit = d.properties.numericType != nil ? UInt32(String(d)) : hexLetter(d) else {
          throw ExpressionError(Texts.celLexEscapeHexInvalid, start..<position)
        }
        value = value * 16 + digit
        position += 1
      }
      return value
    }
    func hexLetter(_ d: Unicode.Scalar) -> UInt32? {
      switch d {
      case "a"..."f": return d.value - 97 + 10
      case "A"..."F": return d.value - 65 + 10
      default: return nil
      }
    }
    let flag = bytes ? Lexer.rawByteFlag : 0
    switch c {
    case "a": return 0x07
    case "b": return 0x08
    case "f": return 0x0C
    case "n": return 0x0A
    case "r": return 0x0D
    case "t": return 0x09
    case "v": return 0x0B
    case "\\", "'", "\"", "`", "?": return c.value
    case "x", "X": return try hex(2) | flag
    case "u", "U":
      guard !bytes else {
        throw ExpressionError(Texts.celLexEscapeUnicodeInBytes, start..<position)
      }
      let value = try hex(c == "u" ? 4 : 8)
      guard Unicode.Scalar(value) != nil else {
        throw ExpressionError(Texts.celLexCodePointInvalid, start..<position)
      }
      return value
    case "0"..."3":
      var value = c.value - 48
      for _ in 0..<2 {
        guard let d = peek(), ("0"..."7").contains(d) else {
          throw ExpressionError(Texts.celLexEscapeOctalInvalid, start..<position)
        }
        value = value * 8 + d.value - 48
        position += 1
      }
      return value | flag
    default:
      throw ExpressionError(Texts.celLexEscapeUnknown(escape: String(c)), start..<position)
    }
  }

  private mutating func number(_ start: Int) throws(ExpressionError) -> Located {
    var text = ""
    if peek() == "0", peek(1) == "x" || peek(1) == "X" {
      position += 2
      while let d = peek(), d.properties.isASCIIHexDigit {
        text.unicodeScalars.append(d)
        position += 1
      }
      let unsigned = peek() == "u" || peek() == "U"
      if unsigned { position += 1 }
      guard !text.isEmpty else {
        throw ExpressionError(Texts.celLexNumberInvalid, start..<position)
      }
      if unsigned, let value = UInt64(text, radix: 16) {
        return Located(token: .uint(value), range: start..<position)
      }
      if !unsigned, let value = Int64(text, radix: 16) {
        return Located(token: .int(value), range: start..<position)
      }
      throw ExpressionError(Texts.celLexNumberTooLarge, start..<position)
    }
    var isDouble = false
    while let d = peek(), ("0"..."9").contains(d) {
      text.unicodeScalars.append(d)
      position += 1
    }
    if peek() == ".", let d = peek(1), ("0"..."9").contains(d) {
      isDouble = true
      text.append(".")
      position += 1
      while let d = peek(), ("0"..."9").contains(d) {
        text.unicodeScalars.append(d)
        position += 1
      }
    }
    if let e = peek(), e == "e" || e == "E" {
      var lookahead = 1
      if let s = peek(1), s == "+" || s == "-" { lookahead = 2 }
      if let d = peek(lookahead), ("0"..."9").contains(d) {
        isDouble = true
        for _ in 0..<lookahead {
          text.unicodeScalars.append(peek()!)
          position += 1
        }
        while let d = peek(), ("0"..."9").contains(d) {
          text.unicodeScalars.append(d)
          position += 1
        }
      }
    }
    if isDouble {
      guard let value = Double(text) else {
        throw ExpressionError(Texts.celLexNumberInvalid, start..<position)
      }
      return Located(token: .double(value), range: start..<position)
    }
    if let u = peek(), u == "u" || u == "U" {
      position += 1
      guard let value = UInt64(text) else {
        throw ExpressionError(Texts.celLexNumberTooLarge, start..<position)
      }
      return Located(token: .uint(value), range: start..<position)
    }
    if let value = Int64(text) { return Located(token: .int(value), range: start..<position) }
    if text == "9223372036854775808" { return Located(token: .intMinMagnitude, range: start..<position) }
    throw ExpressionError(Texts.celLexNumberTooLarge, start..<position)
  }
}
