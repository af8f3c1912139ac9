/// A parsed expression: a tree of nodes, each with the range of source text it came from
/// (offsets in Unicode scalars from the start of the expression), so errors can be located.
public struct Expr: Sendable {
  public indirect enum Kind: Sendable {
    case literal(Value)
    /// A name; `rooted` for a leading dot (`.x`), which skips any container.
    case identifier(String, rooted: Bool)
    case select(Expr, field: String)
    /// `has(e.f)`.
    case presence(Expr, field: String)
    /// Functions and operators (`_+_`, `_[_]`, `-_`, …); `target` for member calls (`s.size()`).
    case call(function: String, target: Expr?, arguments: [Expr])
    case list([Expr])
    case map([(key: Expr, value: Expr)])
    /// `Name{field: value}`: parsed so the error can say it is not supported.
    case message(name: String, fields: [(field: String, value: Expr)])
    case conditional(Expr, Expr, Expr)
    /// `a && b && …`: two or more operands, kept flat so a long chain costs no nesting.
    case and([Expr])
    /// `a || b || …`: two or more operands, kept flat like `and`.
    case or([Expr])
    /// A left-associative run of two or more binary operators of one precedence level
    /// (`a + b - c`, `a * b / c`, `a < b == c`): `((first f1 o1) f2 o2) …`, kept flat so that
    /// a long chain is parsed, compiled and evaluated as a loop instead of by recursion.
    /// Operation k covers the source from `first`'s start to the end of its operand.
    case chain(Expr, [(op: Operator, operand: Expr)])
    case not(Expr)
    /// The macros `all`, `exists`, `exists_one`, `map`, `filter` over `range`.
    case comprehension(Macro, variable: String, range: Expr, arguments: [Expr])
  }

  public enum Macro: String, Sendable {
    case all, exists
    case existsOne = "exists_one"
    case map, filter
  }

  public var kind: Kind
  public var range: Range<Int>

  public init(_ kind: Kind, _ range: Range<Int>) {
    self.kind = kind
    self.range = range
  }
}

/// A problem in an expression found before it runs: a syntax error, an unknown name or
/// function, a wrong number of arguments, or operand types that can never work.
public struct ExpressionError: Error, Sendable, Hashable {
  public var message: CELMessage
  /// Offsets in Unicode scalars into the expression's source.
  public var range: Range<Int>
  /// The typed problem, when the error is a field read that can never succeed.
  public var fieldAccess: FieldAccessError?

  public init(_ message: CELMessage, _ range: Range<Int>) {
    self.message = message
    self.range = range
  }

  public init(_ fieldAccess: FieldAccessError) {
    self.init(fieldAccess.message, fieldAccess.range)
    self.fieldAccess = fieldAccess
  }

  public init(sv: String, en: String, _ range: Range<Int>) {
    self.init(CELMessage(sv: sv, en: en), range)
  }
}
