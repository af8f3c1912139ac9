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
      let list = types.joined(separator: ", ")
      return CELMessage(
        sv: "\(Self.operatorName(function)) finns inte för (\(list))",
        en: "no such overload: \(Self.operatorName(function)) on (\(list))")
    case .divisionByZero: return CELMessage(sv: "division med noll", en: "division by zero")
    case .moduloByZero: return CELMessage(sv: "modulo med noll", en: "modulus by zero")
    case .overflow(let what):
      return CELMessage(sv: "talet blir för stort (\(what))", en: "numeric overflow (\(what))")
    case .noSuchKey(let key): return CELMessage(sv: "nyckeln \(key) finns inte", en: "no such key: \(key)")
    case .noSuchField(let field):
      return CELMessage(sv: "fältet '\(field)' finns inte", en: "no such field: '\(field)'")
    case .indexOutOfRange(let index, let count):
      return CELMessage(
        sv: "index \(index) ligger utanför listan (\(count) element)",
        en: "index \(index) out of range (\(count) elements)")
    case .unboundName(let name):
      return CELMessage(sv: "namnet '\(name)' har inget värde", en: "no value for name '\(name)'")
    case .unknownFunction(let name):
      return CELMessage(sv: "okänd funktion '\(name)'", en: "unknown function '\(name)'")
    case .invalidArgument(let text):
      return CELMessage(sv: "ogiltigt argument: \(text)", en: "invalid argument: \(text)")
    case .invalidArgumentReason(let reason):
      return CELMessage(sv: "ogiltigt argument: \(reason.sv)", en: "invalid argument: \(reason.en)")
    case .costLimitExceeded(let limit):
      return CELMessage(
        sv: "uttrycket avbröts efter \(limit) steg (kostnadsgränsen); förenkla det eller dela upp det",
        en: "the expression was stopped after \(limit) steps (the cost limit); simplify or split it")
    case .duplicateKey(let key):
      return CELMessage(sv: "nyckeln \(key) upprepas i mappningen", en: "repeated key \(key) in the map")
    case .unsupported(let what):
      return CELMessage(sv: "stöds inte: \(what)", en: "not supported: \(what)")
    case .textTooLong(let function, let limit):
      return CELMessage(
        sv:
          "\(function) skulle ge en text längre än \(limit) tecken (storleksgränsen); korta indata eller dela upp uttrycket",
        en:
          "\(function) would produce text longer than \(limit) characters (the size limit); shorten the input or split the expression"
      )
    case .listTooLong(let function, let limit):
      return CELMessage(
        sv: "\(function) skulle ge en lista med fler än \(limit) element (storleksgränsen); dela upp uttrycket",
        en: "\(function) would produce a list of more than \(limit) elements (the size limit); split the expression")
    case .inputTooLong(let function, let limit):
      return CELMessage(
        sv: "\(function) läser högst \(limit) tecken, och texten är längre; skriv hänvisningen kortare",
        en: "\(function) reads at most \(limit) characters and the text is longer; write the reference shorter")
    case .argumentOutOfRange(let function, let value, let allowed):
      return CELMessage(
        sv: "\(function): \(value) ligger utanför det tillåtna intervallet \(allowed.lowerBound)–\(allowed.upperBound)",
        en: "\(function): \(value) is outside the allowed range \(allowed.lowerBound) to \(allowed.upperBound)")
    case .dateOutOfRange(let what):
      return CELMessage(
        sv: "datumet hamnar utanför de år som går att skriva, 0001–9999 (\(what))",
        en: "the date falls outside the years that can be written, 0001 to 9999 (\(what))")
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
