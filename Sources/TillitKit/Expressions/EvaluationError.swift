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
    case invalidArgument(String)
    case costLimitExceeded(Int)
    case duplicateKey(String)
    case unsupported(String)
  }

  public var kind: Kind
  /// Where in the expression (offsets in Unicode scalars), when known.
  public var range: Range<Int>?

  public init(_ kind: Kind, range: Range<Int>? = nil) {
    self.kind = kind
    self.range = range
  }

  public var message: LocalizedText {
    switch kind {
    case .noMatchingOverload(let function, let types):
      let list = types.joined(separator: ", ")
      return LocalizedText(
        sv: "\(Self.operatorName(function)) finns inte för (\(list))",
        en: "no such overload: \(Self.operatorName(function)) on (\(list))")
    case .divisionByZero: return LocalizedText(sv: "division med noll", en: "division by zero")
    case .moduloByZero: return LocalizedText(sv: "modulo med noll", en: "modulus by zero")
    case .overflow(let what):
      return LocalizedText(sv: "talet blir för stort (\(what))", en: "numeric overflow (\(what))")
    case .noSuchKey(let key): return LocalizedText(sv: "nyckeln \(key) finns inte", en: "no such key: \(key)")
    case .noSuchField(let field):
      return LocalizedText(sv: "fältet '\(field)' finns inte", en: "no such field: '\(field)'")
    case .indexOutOfRange(let index, let count):
      return LocalizedText(
        sv: "index \(index) ligger utanför listan (\(count) element)",
        en: "index \(index) out of range (\(count) elements)")
    case .unboundName(let name):
      return LocalizedText(sv: "namnet '\(name)' har inget värde", en: "no value for name '\(name)'")
    case .unknownFunction(let name):
      return LocalizedText(sv: "okänd funktion '\(name)'", en: "unknown function '\(name)'")
    case .invalidArgument(let text):
      return LocalizedText(sv: "ogiltigt argument: \(text)", en: "invalid argument: \(text)")
    case .costLimitExceeded(let limit):
      return LocalizedText(
        sv: "uttrycket avbröts efter \(limit) steg (kostnadsgränsen); förenkla det eller dela upp det",
        en: "the expression was stopped after \(limit) steps (the cost limit); simplify or split it")
    case .duplicateKey(let key):
      return LocalizedText(sv: "nyckeln \(key) upprepas i mappningen", en: "repeated key \(key) in the map")
    case .unsupported(let what):
      return LocalizedText(sv: "stöds inte: \(what)", en: "not supported: \(what)")
    }
  }

  static func operatorName(_ function: String) -> String {
    switch function {
    case "_+_": return "+"
    case "_-_": return "-"
    case "_*_": return "*"
    case "_/_": return "/"
    case "_%_": return "%"
    case "_<_": return "<"
    case "_<=_": return "<="
    case "_>_": return ">"
    case "_>=_": return ">="
    case "_==_": return "=="
    case "_!=_": return "!="
    case "@in": return "in"
    case "_[_]": return "[]"
    case "-_": return "-"
    case "!_": return "!"
    default: return function
    }
  }

  static func overload(_ function: String, _ values: Value...) -> EvaluationError {
    EvaluationError(.noMatchingOverload(function: function, types: values.map(\.type.name)))
  }
}
