/// Checks, before an expression is compiled, every field it reads from a name whose type is
/// declared: `doc.feedbak.arena` in a FollowUp rule is refused at `feedbak`, with the fields
/// `doc` has, rather than failing on every document when the rule runs.
///
/// It follows types through field selection (`doc.feedback.arena`), `has()`, indexing
/// (`doc.indicators[0].users`, `doc['feedback']`) and comprehension variables
/// (`doc.indicators.all(i, i.users …)`, also through `filter`). Anything else yields
/// `dynamic`, which is never refused: the check only ever rejects a read that cannot succeed
/// on any value of the declared type. A comprehension variable shadows a declared name of the
/// same spelling, as it does when compiled.
struct FieldChecker {
  /// The declared names' types; names not in it are `dynamic`.
  let roots: [String: FieldType]
  /// The expression's source, to name the owner of a field as written and to find where a
  /// field's name stands.
  let source: [Unicode.Scalar]
  private var locals: [String: FieldType] = [:]

  init(roots: [String: FieldType], source: String) {
    self.roots = roots
    self.source = Array(source.unicodeScalars)
  }

  /// The type of `expr`'s value, after checking every field read inside it.
  ///
  /// A thin dispatcher, like `Compiler.compile`: each kind is checked in its own function, so
  /// the frame repeated per level of nesting stays small.
  mutating func check(_ expr: Expr) throws(ExpressionError) -> FieldType {
    switch expr.kind {
    case .literal:
      return .dynamic
    case .identifier(let name, _):
      return locals[name] ?? roots[name] ?? .dynamic
    case .select(let operand, let field):
      return try checkSelect(operand, field: field, nameEnd: expr.range.upperBound)
    case .presence(let operand, let field):
      try checkPresence(operand, field: field, range: expr.range)
      return .dynamic
    case .call(let function, let target, let arguments):
      return try checkCall(function, target: target, arguments: arguments)
    case .list(let items):
      try checkAll(items)
      return .dynamic
    case .map(let entries):
      try checkAll(entries.flatMap { [$0.key, $0.value] })
      return .dynamic
    case .message(_, let fields):
      try checkAll(fields.map(\.value))
      return .dynamic
    case .conditional(let condition, let then, let otherwise):
      try checkAll([condition, then, otherwise])
      return .dynamic
    case .and(let operands), .or(let operands):
      try checkAll(operands)
      return .dynamic
    case .chain(let first, let steps):
      try checkAll([first] + steps.map(\.operand))
      return .dynamic
    case .not(let operand):
      _ = try check(operand)
      return .dynamic
    case .comprehension(let macro, let variable, let range, let arguments):
      return try checkComprehension(macro, variable: variable, over: range, arguments: arguments)
    }
  }

  private mutating func checkAll(_ exprs: [Expr]) throws(ExpressionError) {
    for expr in exprs { _ = try check(expr) }
  }

  private mutating func checkSelect(_ operand: Expr, field: String, nameEnd: Int) throws(ExpressionError)
    -> FieldType
  {
    let base = try check(operand)
    return try select(field, from: base, owner: operand, at: nameRange(of: field, endingAt: nameEnd))
  }

  private mutating func checkPresence(_ operand: Expr, field: String, range: Range<Int>) throws(ExpressionError) {
    let base = try check(operand)
    _ = try select(
      field, from: base, owner: operand, at: nameRange(of: field, after: operand.range.upperBound) ?? range)
  }

  private mutating func checkCall(_ function: String, target: Expr?, arguments: [Expr]) throws(ExpressionError)
    -> FieldType
  {
    if let target { _ = try check(target) }
    var types: [FieldType] = []
    for argument in arguments { types.append(try check(argument)) }
    guard target == nil, function == Operator.index.rawValue, types.count == 2 else { return .dynamic }
    switch types[0] {
    case .list(let element): return element
    case .map(let value): return value
    case .record:
      // `doc['feedback']` reads a field as `doc.feedback` does, when the key is written out.
      guard case .literal(.string(let key)) = arguments[1].kind else { return .dynamic }
      return try select(key, from: types[0], owner: arguments[0], at: arguments[1].range)
    case .dynamic, .scalar: return .dynamic
    }
  }

  private mutating func checkComprehension(_ macro: Expr.Macro, variable: String, over range: Expr, arguments: [Expr])
    throws(ExpressionError) -> FieldType
  {
    let over = try check(range)
    let shadowed = locals[variable]
    locals[variable] = over.elementType
    defer { locals[variable] = shadowed }
    try checkAll(arguments)
    // A filtered list holds elements of the same type; other macros give bools or new values.
    if macro == .filter, case .list = over { return over }
    return .dynamic
  }

  /// The type of `base.field`, or the error that says why it cannot be read.
  private func select(_ field: String, from base: FieldType, owner: Expr, at range: Range<Int>)
    throws(ExpressionError) -> FieldType
  {
    switch base {
    case .dynamic: return .dynamic
    case .map(let value): return value
    case .record(let record):
      if let type = record.field(field) { return type }
      throw ExpressionError(
        .unknownField(
          field: field, owner: text(of: owner), record: record.names,
          suggestion: Suggestion.closest(to: field, among: record.fieldNames), known: record.fieldNames, range))
    case .list:
      throw ExpressionError(.fieldOfList(field: field, owner: text(of: owner), range))
    case .scalar(let name):
      throw ExpressionError(.fieldOfScalar(field: field, owner: text(of: owner), scalar: name, range))
    }
  }

  /// The expression as written.
  private func text(of expr: Expr) -> String {
    let range = expr.range.clamped(to: 0..<source.count)
    return String(String.UnicodeScalarView(source[range]))
  }

  /// Where the name of a selected field stands, given where the selection ends: the name's
  /// last scalar, or a closing backtick for a quoted name (`` doc.`x-y` ``).
  private func nameRange(of field: String, endingAt end: Int) -> Range<Int> {
    let length = field.unicodeScalars.count
    let quoted = end > 0 && end <= source.count && source[end - 1] == "`"
    let nameEnd = quoted ? end - 1 : end
    return max(0, nameEnd - length)..<max(0, nameEnd)
  }

  /// Where the name of a field stands after its operand ends (`has(doc.x)` keeps no range of
  /// its own for the selection): past spaces, the dot and an opening backtick. Nil if the text
  /// there is not the name, so that the caller falls back to the whole `has(…)`.
  private func nameRange(of field: String, after operandEnd: Int) -> Range<Int>? {
    var i = operandEnd
    while i < source.count,
      source[i] == " " || source[i] == "\t" || source[i] == "\n" || source[i] == "\r"
        || source[i] == "." || source[i] == "`"
    {
      i += 1
    }
    let name = Array(field.unicodeScalars)
    guard i + name.count <= source.count, Array(source[i..<(i + name.count)]) == name else { return nil }
    return i..<(i + name.count)
  }
}
