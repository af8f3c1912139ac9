/// The names an expression reads from outside itself, found in its syntax tree: which
/// variables it uses, and which fields it selects directly on each (`vars.x` → `vars`: `x`).
///
/// A program uses this to know what an expression depends on without searching its text (a
/// name inside a string literal, or a longer name that contains it, is no reference).
/// Comprehension variables are local: `doc.items.exists(item, item.ok)` reads `doc`, not `item`.
public struct ExpressionReferences: Sendable, Hashable {
  /// Every free name the expression reads.
  public private(set) var names: Set<String> = []
  /// For each free name, the fields selected on it directly.
  public private(set) var fields: [String: Set<String>] = [:]
  /// The free names read other than by selecting a field directly on them (`f(facts)`,
  /// `facts[k]`): of these, any field may be read, so `fields` does not bound what is used.
  public private(set) var wholeNames: Set<String> = []

  public init() {}

  init(_ expr: Expr) {
    collect(expr, locals: [])
  }

  /// The references of both: for a program that treats several expressions as one (a rule's
  /// condition, assertion and message).
  public func union(_ other: ExpressionReferences) -> ExpressionReferences {
    var result = self
    result.names.formUnion(other.names)
    result.fields.merge(other.fields) { $0.union($1) }
    result.wholeNames.formUnion(other.wholeNames)
    return result
  }

  // Recursion follows the tree's nesting, which the parser bounds (`Parser.maxDepth`); long
  // runs of one operator are flat lists.
  private mutating func collect(_ expr: Expr, locals: [String]) {
    switch expr.kind {
    case .literal:
      break
    case .identifier(let name, _):
      if !locals.contains(name) {
        names.insert(name)
        wholeNames.insert(name)
      }
    case .select(let operand, let field), .presence(let operand, let field):
      if case .identifier(let name, _) = operand.kind, !locals.contains(name) {
        names.insert(name)
        fields[name, default: []].insert(field)
      } else {
        collect(operand, locals: locals)
      }
    case .call(_, let target, let arguments):
      if let target { collect(target, locals: locals) }
      for argument in arguments { collect(argument, locals: locals) }
    case .list(let items):
      for item in items { collect(item, locals: locals) }
    case .map(let entries):
      for entry in entries {
        collect(entry.key, locals: locals)
        collect(entry.value, locals: locals)
      }
    case .message(_, let fieldValues):
      for field in fieldValues { collect(field.value, locals: locals) }
    case .conditional(let condition, let then, let otherwise):
      collect(condition, locals: locals)
      collect(then, locals: locals)
      collect(otherwise, locals: locals)
    case .and(let operands), .or(let operands):
      for operand in operands { collect(operand, locals: locals) }
    case .chain(let first, let steps):
      collect(first, locals: locals)
      for step in steps { collect(step.operand, locals: locals) }
    case .not(let operand):
      collect(operand, locals: locals)
    case .comprehension(_, let variable, let range, let arguments):
      collect(range, locals: locals)
      for argument in arguments { collect(argument, locals: locals + [variable]) }
    }
  }
}
