import CEL
import Foundation

/// The functions tillit's rules call beyond CEL's standard library: frequencies (`pf`), the
/// EEA (`is_eea`), indicator names (`norm_name`), blankness (`blank`), figures (`round`) and
/// Swedish statute references (`legal_ref`, `cites`, `repealed_law`). They are domain law, so they live here
/// and are registered with the expression compiler as an extension (`library`), not inside it.
///
/// Each answers null or blank input with its natural nothing (null for a value, false for a
/// question) rather than an error, so that built-in rules over incomplete documents never fail;
/// other wrong types stay errors.
public enum TillitFunctions {
  /// CEL's standard library with tillit's functions added: what packs, `tillit eval` and the
  /// tests compile expressions against.
  public static let library = FunctionLibrary.standard.adding(functions + lawFunctions)

  /// The most decimals `round(x, digits)` accepts: figures in messages need a few, and a
  /// double holds about 15 significant digits in all.
  public static let maxRoundDigits = 9

  /// The longest text `legal_ref` and `cites` read, in Unicode scalars: a statute reference
  /// is a line, and a longer text is refused with an error rather than searched.
  public static let maxLegalReferenceLength = 10_000

  static let functions: [Function] = [
    Function("pf", global: [1]) { args, _ in
      if StandardLibrary.isNothing(args[0]) { return .null }
      switch args[0] {
      case .string(let name):
        guard let perYear = Frequency.timesPerYear.first(where: { $0.name == name })?.perYear else {
          throw EvaluationError(.invalidArgument("pf('\(name)')"))
        }
        return .double(perYear)
      case .map(let map):
        switch map["per_year"] {
        case .int(let i)?: return .double(Double(i))
        case .double(let d)?: return .double(d)
        case .null?, nil: return .null
        default: throw StandardLibrary.overload("pf", args)
        }
      default: throw StandardLibrary.overload("pf", args)
      }
    },
    Function("is_eea", global: [1]) { args, _ in
      if StandardLibrary.isNothing(args[0]) { return .bool(false) }
      guard case .string(let code) = args[0] else { throw StandardLibrary.overload("is_eea", args) }
      return .bool(EEA.countries.contains(code))
    },
    Function("norm_name", global: [1]) { args, activation in
      if case .null = args[0] { return .null }
      guard case .string(let s) = args[0] else { throw StandardLibrary.overload("norm_name", args) }
      // NFKC can make a text a few times longer: counted like every produced text.
      let result = Value.string(NameNormalization.normalized(s))
      try activation.charge(result, function: "norm_name")
      return result
    },
    Function("blank", global: [1]) { args, _ in .bool(isBlank(args[0])) },
    Function("round", global: [1, 2]) { args, _ in
      // Half away from zero, to a number of decimals: for figures in messages.
      let value: Double
      switch args[0] {
      case .double(let d): value = d
      case .int(let i): value = Double(i)
      case .uint(let u): value = Double(u)
      case .null: return .null
      default: throw StandardLibrary.overload("round", args)
      }
      var digits: Int64 = 0
      if args.count == 2 {
        guard case .int(let d) = args[1] else { throw StandardLibrary.overload("round", args) }
        let allowed = 0...Int64(TillitFunctions.maxRoundDigits)
        guard allowed.contains(d) else {
          throw EvaluationError(.argumentOutOfRange(function: "round", value: d, allowed: allowed))
        }
        digits = d
      }
      var scale = 1.0
      for _ in 0..<digits { scale *= 10 }
      return .double((value * scale).rounded(.toNearestOrAwayFromZero) / scale)
    },
    Function("legal_ref", global: [1]) { args, _ in
      if case .null = args[0] { return legalReferenceValue(LegalReference("")) }
      guard case .string(let s) = args[0] else { throw StandardLibrary.overload("legal_ref", args) }
      return legalReferenceValue(try legalReference(s, function: "legal_ref"))
    },
    Function("cites", global: [4]) { args, _ in
      if StandardLibrary.isNothing(args[0]) || StandardLibrary.isNothing(args[1]) { return .bool(false) }
      guard case .string(let law) = args[0], case .string(let sfs) = args[1] else {
        throw StandardLibrary.overload("cites", args)
      }
      var chapter: Int?
      switch args[2] {
      case .int(let c): chapter = Int(c)
      case .null: chapter = nil
      default: throw StandardLibrary.overload("cites", args)
      }
      var section: String?
      switch args[3] {
      case .int(let s): section = String(s)
      case .string(let s): section = s
      case .null: section = nil
      default: throw StandardLibrary.overload("cites", args)
      }
      let reference = try legalReference(law, function: "cites")
      return .bool(
        reference.sfs == sfs && reference.chapter == chapter && (section == nil || reference.section == section))
    },
  ]

  /// Absent, null, empty or whitespace-only text, an empty list, or an object with nothing in
  /// it (every field blank): RULES.md's "blank".
  public static func isBlank(_ value: Value) -> Bool {
    switch value {
    case .null: return true
    case .string(let s): return s.unicodeScalars.allSatisfy(StandardLibrary.isSpace)
    case .list(let l): return l.isEmpty
    case .map(let m): return m.values.allSatisfy(isBlank)
    default: return false
    }
  }

  /// The map `legal_ref` gives: each part, or null when the text does not name it.
  static func legalReferenceValue(_ reference: LegalReference) -> Value {
    var map = MapValue()
    map.insert(.string("sfs"), reference.sfs.map(Value.string) ?? .null)
    map.insert(.string("chapter"), reference.chapter.map { .int(Int64($0)) } ?? .null)
    map.insert(.string("section"), reference.section.map(Value.string) ?? .null)
    return .map(map)
  }

  /// Reads a statute reference, refusing a text beyond `TillitFunctions.maxLegalReferenceLength`.
  static func legalReference(_ text: String, function: String) throws -> LegalReference {
    if text.utf8.count > TillitFunctions.maxLegalReferenceLength,
      text.unicodeScalars.count > TillitFunctions.maxLegalReferenceLength
    {
      throw EvaluationError(.inputTooLong(function: function, limit: TillitFunctions.maxLegalReferenceLength))
    }
    return LegalReference(text)
  }
}
