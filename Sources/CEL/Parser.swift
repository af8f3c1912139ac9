/// Parses CEL text into an `Expr` tree by recursive descent, one function per precedence level
/// (CEL's grammar: conditional, `||`, `&&`, relations, `+ -`, `* / %`, unary, member, primary).
///
/// Macros (`has`, `all`, `exists`, `exists_one`, `map`, `filter`) are recognised here, as the
/// language definition says, so later stages see them as their own nodes.
public struct Parser {
  private var tokens: [Lexer.Located]
  private var position = 0
  private var depth = 0
  /// Nesting beyond this is refused: no real rule needs it, and it keeps the recursion of the
  /// parser, the compiler and the evaluator far from the stack's end on hostile input.
  static let maxDepth = ExpressionLimits.maxNestingDepth

  public static func parse(_ source: String) throws(ExpressionError) -> Expr {
    // Counted before lexing, so a huge text costs nothing but this count.
    var length = 0
    for _ in source.unicodeScalars {
      length += 1
      if length > ExpressionLimits.maxSourceLength {
        let limit = ExpressionLimits.maxSourceLength
        throw ExpressionError(Texts.celParseTooLong(limit: limit), limit..<(limit + 1))
      }
    }
    var lexer = Lexer(source)
    var parser = Parser(tokens: try lexer.tokens())
    let expr = try parser.parseExpression()
    guard case .end = parser.current.token else {
      let found = parser.describe(parser.current.token)
      throw ExpressionError(Texts.celParseUnexpectedAfterExpression(found: found), parser.current.range)
    }
    return expr
  }

  private init(tokens: [Lexer.Located]) {
    self.tokens = tokens
  }

  private var current: Lexer.Located { tokens[position] }

  private mutating func advance() -> Lexer.Located {
    let token = tokens[position]
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  private func isPunctuation(_ text: String) -> Bool {
    if case .punctuation(let p) = current.token { return p == text }
    return false
  }

  private mutating func expect(_ text: String) throws(ExpressionError) -> Lexer.Located {
    guard isPunctuation(text) else {
      let found = describe(current.token)
      throw ExpressionError(Texts.celParseExpectedPunctuation(expected: text, found: found), current.range)
    }
    return advance()
  }

  /// A token as an error message names it, in each language.
  private func describe(_ token: Lexer.Token) -> CELMessage {
    switch token {
    case .identifier(let name): return Texts.celParseTokenQuoted(token: name)
    case .punctuation(let p): return Texts.celParseTokenQuoted(token: p)
    case .end: return Texts.celParseTokenEnd
    default: return Texts.celParseTokenValue
    }
  }

  private mutating func nest() throws(ExpressionError) {
    depth += 1
    if depth > Parser.maxDepth {
      throw ExpressionError(Texts.celParseNestedTooDeeply(limit: Parser.maxDepth), current.range)
    }
  }

  mutating func parseExpression() throws(ExpressionError) -> Expr {
    try nest()
    defer { depth -= 1 }
    let condition = try parseOr()
    guard isPunctuation("?") else { return condition }
    _ = advance()
    let then = try parseOr()
    _ = try expect(":")
    let otherwise = try parseExpression()
    return Expr(.conditional(condition, then, otherwise), condition.range.lowerBound..<otherwise.range.upperBound)
  }

  private mutating func parseOr() throws(ExpressionError) -> Expr {
    var operands = [try parseAnd()]
    while isPunctuation("||") {
      _ = advance()
      operands.append(try parseAnd())
    }
    guard operands.count > 1 else { return operands[0] }
    return Expr(.or(operands), operands[0].range.lowerBound..<operands[operands.count - 1].range.upperBound)
  }

  private mutating func parseAnd() throws(ExpressionError) -> Expr {
    var operands = [try parseRelation()]
    while isPunctuation("&&") {
      _ = advance()
      operands.append(try parseRelation())
    }
    guard operands.count > 1 else { return operands[0] }
    return Expr(.and(operands), operands[0].range.lowerBound..<operands[operands.count - 1].range.upperBound)
  }

  /// One precedence level's operators as a single call (one operator) or a flat chain.
  private static func binary(_ first: Expr, _ steps: [(op: Operator, operand: Expr)]) -> Expr {
    guard let last = steps.last else { return first }
    return Expr(.chain(first, steps), first.range.lowerBound..<last.operand.range.upperBound)
  }

  private mutating func parseRelation() throws(ExpressionError) -> Expr {
    let first = try parseAddition()
    var steps: [(op: Operator, operand: Expr)] = []
    while true {
      let relation: Operator
      if case .punctuation(let p) = current.token, let r = Operator.relation(p) {
        relation = r
      } else if case .identifier("in") = current.token {
        relation = .in
      } else {
        return Parser.binary(first, steps)
      }
      _ = advance()
      steps.append((relation, try parseAddition()))
    }
  }

  private mutating func parseAddition() throws(ExpressionError) -> Expr {
    let first = try parseMultiplication()
    var steps: [(op: Operator, operand: Expr)] = []
    while isPunctuation("+") || isPunctuation("-") {
      let op: Operator = isPunctuation("+") ? .add : .subtract
      _ = advance()
      steps.append((op, try parseMultiplication()))
    }
    return Parser.binary(first, steps)
  }

  private mutating func parseMultiplication() throws(ExpressionError) -> Expr {
    let first = try parseUnary()
    var steps: [(op: Operator, operand: Expr)] = []
    while isPunctuation("*") || isPunctuation("/") || isPunctuation("%") {
      let op: Operator = isPunctuation("*") ? .multiply : isPunctuation("/") ? .divide : .remainder
      _ = advance()
      steps.append((op, try parseUnary()))
    }
    return Parser.binary(first, steps)
  }

  private mutating func parseUnary() throws(ExpressionError) -> Expr {
    try nest()
    defer { depth -= 1 }
    let start = current.range.lowerBound
    if isPunctuation("!") {
      _ = advance()
      let operand = try parseUnary()
      return Expr(.not(operand), start..<operand.range.upperBound)
    }
    if isPunctuation("-") {
      _ = advance()
      // -9223372036854775808 is a literal, not the negation of an int that does not exist.
      if case .intMinMagnitude = current.token {
        let literal = advance()
        return try parseMemberSuffix(Expr(.literal(.int(Int64.min)), start..<literal.range.upperBound))
      }
      let operand = try parseUnary()
      if case .literal(.int(let i)) = operand.kind, i != Int64.min {
        return Expr(.literal(.int(-i)), start..<operand.range.upperBound)
      }
      if case .literal(.double(let d)) = operand.kind {
        return Expr(.literal(.double(-d)), start..<operand.range.upperBound)
      }
      return Expr(
        .call(function: Operator.negate.rawValue, target: nil, arguments: [operand]), start..<operand.range.upperBound)
    }
    return try parseMember()
  }

  private mutating func parseMember() throws(ExpressionError) -> Expr {
    try parseMemberSuffix(try parsePrimary())
  }

  private mutating func parseMemberSuffix(_ base: Expr) throws(ExpressionError) -> Expr {
    var expr = base
    // Each `.f`, `[i]` or `.m()` wraps what came before, so a long chain nests as deeply as
    // parentheses would: it counts towards the nesting limit.
    let outer = depth
    defer { depth = outer }
    while true {
      if isPunctuation(".") || isPunctuation("[") { try nest() }
      if isPunctuation(".") {
        _ = advance()
        let name: String
        var quoted = false
        switch current.token {
        case .identifier(let text): name = text
        case .quotedIdentifier(let text):
          name = text
          quoted = true
        default:
          throw ExpressionError(Texts.celParseExpectedFieldAfterDot, current.range)
        }
        let nameToken = advance()
        if isPunctuation("(") && !quoted {
          _ = advance()
          let arguments = try parseArguments(closing: ")")
          let end = try expect(")").range.upperBound
          expr = try memberCall(
            target: expr, name: name, arguments: arguments, expr.range.lowerBound..<end, nameToken.range)
        } else {
          expr = Expr(.select(expr, field: name), expr.range.lowerBound..<nameToken.range.upperBound)
        }
      } else if isPunctuation("[") {
        _ = advance()
        let index = try parseExpression()
        let end = try expect("]").range.upperBound
        expr = Expr(
          .call(function: Operator.index.rawValue, target: nil, arguments: [expr, index]), expr.range.lowerBound..<end)
      } else {
        return expr
      }
    }
  }

  private mutating func parseArguments(closing: String) throws(ExpressionError) -> [Expr] {
    var arguments: [Expr] = []
    if isPunctuation(closing) { return arguments }
    while true {
      arguments.append(try parseExpression())
      guard isPunctuation(",") else { return arguments }
      _ = advance()
      if isPunctuation(closing) && closing != ")" { return arguments }
    }
  }

  private mutating func parsePrimary() throws(ExpressionError) -> Expr {
    try nest()
    defer { depth -= 1 }
    let token = advance()
    let range = token.range
    switch token.token {
    case .int(let i): return Expr(.literal(.int(i)), range)
    case .intMinMagnitude:
      throw ExpressionError(Texts.celParseIntTooLarge, range)
    case .uint(let u): return Expr(.literal(.uint(u)), range)
    case .double(let d): return Expr(.literal(.double(d)), range)
    case .string(let s): return Expr(.literal(.string(s)), range)
    case .bytes(let b): return Expr(.literal(.bytes(b)), range)
    case .identifier(let name):
      return try identifierOrCall(name, range, rooted: false)
    case .punctuation("."):
      guard case .identifier(let name) = current.token else {
        throw ExpressionError(Texts.celParseExpectedNameAfterDot, current.range)
      }
      let nameToken = advance()
      return try identifierOrCall(name, range.lowerBound..<nameToken.range.upperBound, rooted: true)
    case .punctuation("("):
      let inner = try parseExpression()
      _ = try expect(")")
      return inner
    case .punctuation("["):
      let items = try parseArguments(closing: "]")
      let end = try expect("]").range.upperBound
      return Expr(.list(items), range.lowerBound..<end)
    case .punctuation("{"):
      var entries: [(key: Expr, value: Expr)] = []
      while !isPunctuation("}") {
        let key = try parseExpression()
        _ = try expect(":")
        let value = try parseExpression()
        entries.append((key, value))
        guard isPunctuation(",") else { break }
        _ = advance()
      }
      let end = try expect("}").range.upperBound
      return Expr(.map(entries), range.lowerBound..<end)
    default:
      let found = describe(token.token)
      throw ExpressionError(Texts.celParseExpectedValue(found: found), range)
    }
  }

  private mutating func identifierOrCall(_ name: String, _ range: Range<Int>, rooted: Bool) throws(ExpressionError)
    -> Expr
  {
    switch name {
    case "true": return Expr(.literal(.bool(true)), range)
    case "false": return Expr(.literal(.bool(false)), range)
    case "null": return Expr(.literal(.null), range)
    default: break
    }
    if Lexer.reserved.contains(name) || name == "in" {
      throw ExpressionError(Texts.celParseReservedWord(name: name), range)
    }
    if isPunctuation("(") {
      _ = advance()
      let arguments = try parseArguments(closing: ")")
      let end = try expect(")").range.upperBound
      if name == "has" && !rooted {
        guard arguments.count == 1, case .select(let operand, let field) = arguments[0].kind else {
          throw ExpressionError(Texts.celParseHasNeedsSelection, range.lowerBound..<end)
        }
        return Expr(.presence(operand, field: field), range.lowerBound..<end)
      }
      return Expr(.call(function: name, target: nil, arguments: arguments), range.lowerBound..<end)
    }
    // A qualified message name followed by `{`: parsed so that the error is clear.
    if isPunctuation("{"), let first = name.first, first.isUppercase {
      _ = advance()
      var fields: [(field: String, value: Expr)] = []
      while !isPunctuation("}") {
        guard case .identifier(let field) = advance().token else {
          throw ExpressionError(Texts.celParseExpectedFieldName, current.range)
        }
        _ = try expect(":")
        fields.append((field, try parseExpression()))
        guard isPunctuation(",") else { break }
        _ = advance()
      }
      let end = try expect("}").range.upperBound
      return Expr(.message(name: name, fields: fields), range.lowerBound..<end)
    }
    return Expr(.identifier(name, rooted: rooted), range)
  }

  private func memberCall(
    target: Expr, name: String, arguments: [Expr], _ range: Range<Int>, _ nameRange: Range<Int>
  ) throws(ExpressionError) -> Expr {
    let macro: Expr.Macro?
    switch (name, arguments.count) {
    case ("all", 2): macro = .all
    case ("exists", 2): macro = .exists
    case ("exists_one", 2): macro = .existsOne
    case ("filter", 2): macro = .filter
    case ("map", 2), ("map", 3): macro = .map
    default: macro = nil
    }
    guard let macro else {
      return Expr(.call(function: name, target: target, arguments: arguments), range)
    }
    guard case .identifier(let variable, rooted: false) = arguments[0].kind else {
      throw ExpressionError(Texts.celParseMacroNeedsVariable(macro: name), arguments[0].range)
    }
    return Expr(
      .comprehension(macro, variable: variable, range: target, arguments: Array(arguments.dropFirst())), range)
  }
}
