/// Why an expression could not produce a value while it ran. CEL treats these as values that
/// propagate (except through `&&`, `||` and the macros `all`/`exists`, which can absorb them).
public struct EvaluationError: Error, Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case noMatchingOverload(function: String, types: [String])
    case divisionByZero
    case moduloByZero
    case overflow(String)
    case noSuchKey(String)
    case noSuchField(String)
    case indexOutOfRange(Int64, count: Int)
    case unboundName(String)
    case unknownFunction(String)
    /// An argument the function cannot use, shown as written (`int('x')`): code, not prose.
    case invalidArgument(String)
    /// An argument the function cannot use, with the reason in each language.
    case invalidArgumentReason(CELMessage)
    case costLimitExceeded(Int)
    case duplicateKey(String)
    case unsupported(String)
    /// A function or operator would produce text longer than `limit` Unicode scalars.
    case textTooLong(function: String, limit: Int)
    /// A function or operator would produce a list longer than `limit` elements.
    case listTooLong(function: String, limit: Int)
    /// A function read an input text longer than it accepts (`limit` Unicode scalars).
    case inputTooLong(function: String, limit: Int)
    /// A numeric argument outside the range the function accepts.
    case argumentOutOfRange(function: String, value: Int64, allowed: ClosedRange<Int64>)
    /// Date arithmetic whose result falls outside the years `date()` accepts (1–9999).
    case dateOutOfRange(String)
  }

  public var kind: Kind
  /// Where in the expression (offsets in Unicode scalars), when known.
  public var range: Range<Int>?

  public init(_ kind: Kind, range: Range<Int>? = nil) {
    self.kind = kind
    self.range = range
  }

  public var message: CELMessage {
    switch kind {
    case .noMatchingOverload(let function, let types):
      return Texts.celEvalNoMatchingOverload(
        function: Self.operatorName(function), types: types.joined(separator: ", "))
    case .divisionByZero: return Texts.celEvalDivisionByZero
    case .moduloByZero: return Texts.celEvalModulusByZero
    case .overflow(let what): return Texts.celEvalOverflow(what: what)
    case .noSuchKey(let key): return Texts.celEvalNoSuchKey(key: key)
    case .noSuchField(let field): return Texts.celEvalNoSuchField(field: field)
    case .indexOutOfRange(let index, let count): return Texts.celEvalIndexOutOfRange(index: Int(index), count: count)
    case .unboundName(let name): return Texts.celEvalUnboundName(name: name)
    case .unknownFunction(let name): return Texts.celEvalUnknownFunction(name: name)
    case .invalidArgument(let text): return Texts.celEvalInvalidArgument(argument: text)
    case .invalidArgumentReason(let reason): return Texts.celEvalInvalidArgumentReason(reason: reason)
    case .costLimitExceeded(let limit): return Texts.celEvalCostLimitExceeded(limit: limit)
    case .duplicateKey(let key): return Texts.celEvalDuplicateKey(key: key)
    case .unsupported(let what): return Texts.celEvalUnsupported(what: what)
    case .textTooLong(let function, let limit): return Texts.celEvalTextTooLong(function: function, limit: limit)
    case .listTooLong(let function, let limit): return Texts.celEvalListTooLong(function: function, limit: limit)
    case .inputTooLong(let function, let limit): return Texts.celEvalInputTooLong(function: function, limit: limit)
    case .argumentOutOfRange(let function, let value, let allowed):
      return Texts.celEvalArgumentOutOfRange(
        function: function, value: String(value), lower: String(allowed.lowerBound),
        upper: String(allowed.upperBound))
    case .dateOutOfRange(let what): return Texts.celEvalDateOutOfRange(what: what)
    }
  }

  /// How a function or operator is written, for messages: `+` for `_+_`, a name as it is.
  static func operatorName(_ function: String) -> String {
    Operator(rawValue: function)?.symbol ?? function
  }

  static func overload(_ function: String, _ values: Value...) -> EvaluationError {
    EvaluationError(.noMatchingOverload(function: function, types: values.map(\.type.name)))
  }
}
