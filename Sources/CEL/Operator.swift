/// The operators of the language, one case each: the parser produces them, the compiler checks
/// their operand types and picks their implementation, errors name them by their symbol.
///
/// The raw value is the operator's overload name in CEL (`_+_`), which "no matching overload"
/// errors report.
public enum Operator: String, Sendable, CaseIterable {
  case add = "_+_"
  case subtract = "_-_"
  case multiply = "_*_"
  case divide = "_/_"
  case remainder = "_%_"
  case equal = "_==_"
  case notEqual = "_!=_"
  case less = "_<_"
  case lessOrEqual = "_<=_"
  case greater = "_>_"
  case greaterOrEqual = "_>=_"
  case `in` = "@in"
  case index = "_[_]"
  case negate = "-_"
  case not = "!_"
  case and = "_&&_"
  case or = "_||_"
  case conditional = "_?_:_"

  /// How the operator is written in an expression, for messages.
  public var symbol: String {
    switch self {
    case .add: return "+"
    case .subtract, .negate: return "-"
    case .multiply: return "*"
    case .divide: return "/"
    case .remainder: return "%"
    case .equal: return "=="
    case .notEqual: return "!="
    case .less: return "<"
    case .lessOrEqual: return "<="
    case .greater: return ">"
    case .greaterOrEqual: return ">="
    case .in: return "in"
    case .index: return "[]"
    case .not: return "!"
    case .and: return "&&"
    case .or: return "||"
    case .conditional: return "?:"
    }
  }

  /// Comparisons and membership: their result is a bool whatever the operands.
  public var isRelation: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .in: return true
    default: return false
    }
  }

  /// `+ - * / %`: the result has the operands' type when both have the same one.
  public var isArithmetic: Bool {
    switch self {
    case .add, .subtract, .multiply, .divide, .remainder: return true
    default: return false
    }
  }

  /// The relation written as `symbol` between two operands (`<`, `==`), if it is one.
  static func relation(_ symbol: String) -> Operator? {
    switch symbol {
    case "<": return .less
    case "<=": return .lessOrEqual
    case ">": return .greater
    case ">=": return .greaterOrEqual
    case "==": return .equal
    case "!=": return .notEqual
    default: return nil
    }
  }
}
