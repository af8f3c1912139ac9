/// Turns a parsed expression into a tree of closures, once; evaluating is then calling the root.
///
/// While compiling it checks what can be known before running: names that resolve to nothing,
/// functions that do not exist, wrong argument counts, and operators on operand types that can
/// never match (when both types are known). In `strict` mode these are errors at load time;
/// otherwise (as CEL runs without its type checker) they become errors when evaluated.
package struct Compiler {
  typealias Evaluate = @Sendable (Activation) throws -> Value

  struct Compiled {
    var evaluate: Evaluate
    /// The result type when it is known before running.
    var type: ValueType?
    /// The value, when the node is a literal.
    var constant: Value?
  }

  /// A named value computed from other variables (a pack's `variables`), worked out when
  /// first used and remembered for the rest of the target.
  package struct ComputedVariable: Sendable {
    var memoIndex: Int
    var evaluate: Evaluate
    var slotCount: Int
  }

  let variables: [String: Int]
  let computed: [String: ComputedVariable]
  /// The declared types of some variables (`doc`, `item`): a chain of fields read from one
  /// whose record type has a planner is read by the program's plan (see `RecordReadPlanner`).
  let roots: [String: FieldType]
  let strict: Bool
  /// The functions calls may name.
  let library: FunctionLibrary
  private(set) var slotCount: Int
  private var locals: [String: Int] = [:]

  init(
    variables: [String], computed: [String: ComputedVariable] = [:], roots: [String: FieldType] = [:], strict: Bool,
    library: FunctionLibrary = .standard
  ) {
    var table: [String: Int] = [:]
    for (i, name) in variables.enumerated() { table[name] = i }
    self.variables = table
    self.computed = computed
    self.roots = roots
    self.strict = strict
    self.library = library
    slotCount = variables.count
  }

  mutating func compile(_ expr: Expr) throws(ExpressionError) -> Compiled {
    // A thin dispatcher: each kind compiles in its own function, so the frame this recursion
    // repeats per level of nesting stays small (in debug builds too).
    let range = expr.range
    switch expr.kind {
    case .literal(let value):
      return Compiled(evaluate: { _ in value }, type: value.type, constant: value)
    case .identifier(let name, let rooted):
      return try resolve([name], rooted: rooted, range: range)
    case .select(let operand, let field):
      return try compileSelect(operand, field: field, range: range)
    case .presence(let operand, let field):
      return try compilePresence(operand, field: field, range: range)
    case .list(let items):
      return try compileList(items)
    case .map(let entries):
      return try compileMap(entries, range: range)
    case .message(let name, _):
      throw ExpressionError(Texts.celCompileMessageTypeUnsupported(name: name), range)
    case .conditional(let condition, let then, let otherwise):
      return try compileConditional(condition, then, otherwise, range: range)
    case .and(let operands):
      return try compileLogical(operands, isAnd: true)
    case .or(let operands):
      return try compileLogical(operands, isAnd: false)
    case .chain(let first, let steps):
      return try compileChain(first, steps)
    case .not(let operand):
      return try compileNot(operand, range: range)
    case .call(let function, let target, let arguments):
      return try compileCall(function, target: target, arguments: arguments, range: range)
    case .comprehension(let macro, let variable, let rangeExpr, let arguments):
      return try compileComprehension(macro, variable: variable, over: rangeExpr, arguments: arguments, range: range)
    }
  }

  private mutating func compileSelect(_ operand: Expr, field: String, range: Range<Int>) throws(ExpressionError)
    -> Compiled
  {
    if let path = Compiler.qualifiedName(operand), let resolved = try? resolveQualified(path + [field], range: range) {
      return resolved
    }
    let base = try compile(operand)
    let evaluate = base.evaluate
    return Compiled(
      evaluate: { activation in
        try Compiler.locate(range) { try Compiler.select(try evaluate(activation), field) }
      }, type: nil)
  }

  private mutating func compilePresence(_ operand: Expr, field: String, range: Range<Int>) throws(ExpressionError)
    -> Compiled
  {
    let base = try compile(operand)
    let evaluate = base.evaluate
    return Compiled(
      evaluate: { activation in
        try Compiler.locate(range) {
          switch try evaluate(activation) {
          case .map(let map): return .bool(map.hasKey(field))
          case let other: throw EvaluationError(.noMatchingOverload(function: "has", types: [other.type.name]))
          }
        }
      }, type: .bool)
  }

  private mutating func compileList(_ items: [Expr]) throws(ExpressionError) -> Compiled {
    let compiled = try items.map { (item) throws(ExpressionError) in try compile(item).evaluate }
    return Compiled(
      evaluate: { activation in
        try activation.spend(compiled.count)
        var values: [Value] = []
        values.reserveCapacity(compiled.count)
        for item in compiled { values.append(try item(activation)) }
        return .list(ListValue(values))
      }, type: .list)
  }

  private mutating func compileMap(_ entries: [(key: Expr, value: Expr)], range: Range<Int>) throws(ExpressionError)
    -> Compiled
  {
    var pairs: [(Evaluate, Evaluate)] = []
    for entry in entries {
      let key = try compile(entry.key)
      if let type = key.type, ![.int, .uint, .bool, .string].contains(type) {
        throw ExpressionError(Texts.celCompileMapKeyType(type: type.name), entry.key.range)
      }
      pairs.append((key.evaluate, try compile(entry.value).evaluate))
    }
    let compiled = pairs
    return Compiled(
      evaluate: { activation in
        try activation.spend(compiled.count)
        var map = MapValue()
        for (key, value) in compiled {
          let k = try key(activation)
          guard MapValue.isValidKey(k) else {
            throw EvaluationError(.noMatchingOverload(function: "map key", types: [k.type.name]), range: range)
          }
          guard map.insert(k, try value(activation)) else {
            throw EvaluationError(.duplicateKey(k.debugText), range: range)
          }
        }
        return .map(map)
      }, type: .map)
  }

  private mutating func compileConditional(_ condition: Expr, _ then: Expr, _ otherwise: Expr, range: Range<Int>)
    throws(ExpressionError) -> Compiled
  {
    let c = try compile(condition).evaluate
    let t = try compile(then)
    let o = try compile(otherwise)
    let (te, oe) = (t.evaluate, o.evaluate)
    return Compiled(
      evaluate: { activation in
        switch try c(activation) {
        case .bool(true): return try te(activation)
        case .bool(false): return try oe(activation)
        case let other:
          throw EvaluationError(
            .noMatchingOverload(function: Operator.conditional.rawValue, types: [other.type.name]), range: range)
        }
      }, type: t.type == o.type ? t.type : nil)
  }

  private mutating func compileNot(_ operand: Expr, range: Range<Int>) throws(ExpressionError) -> Compiled {
    let o = try compile(operand).evaluate
    return Compiled(
      evaluate: { activation in
        let value = try o(activation)
        guard case .bool(let b) = value else {
          throw EvaluationError(
            .noMatchingOverload(function: Operator.not.rawValue, types: [value.type.name]), range: range)
        }
        return .bool(!b)
      }, type: .bool)
  }

  private mutating func compileLogical(_ operands: [Expr], isAnd: Bool) throws(ExpressionError) -> Compiled {
    let compiled = try operands.map { (operand) throws(ExpressionError) in try compile(operand).evaluate }
    let ranges = operands.map { operands[0].range.lowerBound..<$0.range.upperBound }
    return Compiled(
      evaluate: { activation in try Compiler.logical(compiled, ranges, activation, isAnd: isAnd) }, type: .bool)
  }

  // MARK: Names

  /// `a.b.c` as parts, when the expression is a chain of plain names.
  static func qualifiedName(_ expr: Expr) -> [String]? {
    switch expr.kind {
    case .identifier(let name, rooted: false): return [name]
    case .select(let operand, let field): return qualifiedName(operand).map { $0 + [field] }
    default: return nil
    }
  }

  private mutating func resolve(_ parts: [String], rooted: Bool, range: Range<Int>) throws(ExpressionError) -> Compiled
  {
    if !rooted, parts.count == 1, let slot = locals[parts[0]] {
      return Compiled(evaluate: { activation in activation.slots[slot] }, type: nil)
    }
    return try resolveQualified(parts, range: range)
  }

  /// Resolves the longest declared prefix of a qualified name (`a.b.c` before `a.b` before
  /// `a`), as CEL does, then selects the remaining parts.
  private func resolveQualified(_ parts: [String], range: Range<Int>) throws(ExpressionError) -> Compiled {
    if let slot = locals[parts[0]] {
      return Compiled(
        evaluate: Compiler.selecting(Array(parts.dropFirst()), from: { $0.slots[slot] }, range), type: nil)
    }
    for length in stride(from: parts.count, through: 1, by: -1) {
      let name = parts[0..<length].joined(separator: ".")
      if let slot = variables[name] {
        let rest = Array(parts[length...])
        if rest.isEmpty {
          return Compiled(evaluate: { activation in activation.slots[slot] }, type: nil)
        }
        if case .record(let type)? = roots[name], let plan = type.planner?.plan(rest) {
          return Compiled(evaluate: Compiler.reading(plan, rest, slot: slot, range), type: nil)
        }
        return Compiled(evaluate: Compiler.selecting(rest, from: { $0.slots[slot] }, range), type: nil)
      }
      if let variable = computed[name] {
        let rest = Array(parts[length...])
        let read = Compiler.readComputed(variable, variableCount: variables.count)
        return Compiled(evaluate: rest.isEmpty ? read : Compiler.selecting(rest, from: read, range), type: nil)
      }
      if length == parts.count, let type = ValueType.byName[name] {
        return Compiled(evaluate: { _ in .type(type) }, type: .type, constant: .type(type))
      }
    }
    let name = parts.joined(separator: ".")
    if strict {
      throw ExpressionError(Texts.celCompileUnknownName(name: name), range)
    }
    return Compiled(evaluate: { _ in throw EvaluationError(.unboundName(name), range: range) }, type: nil)
  }

  private static func readComputed(_ variable: ComputedVariable, variableCount: Int) -> Evaluate {
    let index = variable.memoIndex
    let evaluate = variable.evaluate
    let slotCount = variable.slotCount
    // A variable without comprehensions reads only the variables' slots, which it shares with
    // the expression that reads it: it is worked out in that expression's own activation. A
    // new one per variable (a class and a copy of the slots) was a large part of a variable's
    // cost. An error leaves the cost as it was, as a separate activation would.
    if slotCount <= variableCount {
      return { activation in
        if let value = activation.memo.values[index] { return value }
        let cost = activation.cost
        do {
          let value = try evaluate(activation)
          activation.memo.values[index] = value
          return value
        } catch {
          activation.cost = cost
          throw error
        }
      }
    }
    return { activation in
      if let value = activation.memo.values[index] { return value }
      let own = Activation(sharing: activation, variableCount: variableCount, slotCount: slotCount)
      let value = try evaluate(own)
      activation.cost = own.cost
      activation.memo.values[index] = value
      return value
    }
  }

  private static func selecting(_ fields: [String], from base: @escaping Evaluate, _ range: Range<Int>)
    -> Evaluate
  {
    { activation in
      let value = try base(activation)
      return try locate(range) { try FieldChain.select(fields, from: value) }
    }
  }

  /// A chain of fields from a variable, read by the program's plan when the variable holds a
  /// record the plan was made for, else field by field.
  private static func reading(_ plan: any PlannedRead, _ fields: [String], slot: Int, _ range: Range<Int>)
    -> Evaluate
  {
    { activation in
      if case .map(let map) = activation.slots[slot], case .record(let record) = map.storage,
        let value = plan.read(from: record)
      {
        return value
      }
      let value = activation.slots[slot]
      return try locate(range) { try FieldChain.select(fields, from: value) }
    }
  }

  static func select(_ value: Value, _ field: String) throws -> Value {
    guard case .map(let map) = value else {
      throw EvaluationError(.noMatchingOverload(function: ".\(field)", types: [value.type.name]))
    }
    guard let result = map[field] else { throw EvaluationError(.noSuchField(field)) }
    return result
  }

  /// Gives an error that has no place yet the range of the node it came out of.
  @inline(__always)
  static func locate<T>(_ range: Range<Int>, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch var error as EvaluationError {
      if error.range == nil { error.range = range }
      throw error
    }
  }

  // MARK: Logic

  /// `&&` and `||` as CEL defines them: commutative with respect to errors, so
  /// `false && error` is false and `true || error` is true, in either order.
  ///
  /// A chain `a && b && c` is `(a && b) && c`, run as one loop: operands in order until one
  /// absorbs (false for `&&`, true for `||`); otherwise the first error, where a non-bool
  /// operand is an error of the innermost `&&` that contains it (`ranges[k]` is the source of
  /// the first k + 1 operands). The same results as the nested form, in constant stack.
  static func logical(_ operands: [Evaluate], _ ranges: [Range<Int>], _ activation: Activation, isAnd: Bool)
    throws -> Value
  {
    let absorbing = !isAnd
    var firstError: Error?
    var firstIsOther = false
    for (k, operand) in operands.enumerated() {
      var isOther = false
      var error: Error?
      do {
        switch try operand(activation) {
        case .bool(let b):
          if b == absorbing { return .bool(absorbing) }
        default:
          isOther = true
        }
      } catch let thrown {
        error = thrown
      }
      if k == 0 {
        firstError = error
        firstIsOther = isOther
        continue
      }
      if firstError == nil {
        if let error {
          firstError = error
        } else if isOther || (k == 1 && firstIsOther) {
          firstError = EvaluationError(
            .noMatchingOverload(function: (isAnd ? Operator.and : Operator.or).rawValue, types: ["non-bool"]),
            range: ranges[k])
        }
      }
    }
    if let firstError { throw firstError }
    return .bool(!absorbing)
  }

  // MARK: Calls

  /// The implementation of each operator of two operands.
  private static func implementation(of op: Operator) -> @Sendable (Value, Value) throws -> Value {
    switch op {
    case .add: return Value.add
    case .subtract: return Value.subtract
    case .multiply: return Value.multiply
    case .divide: return Value.divide
    case .remainder: return Value.remainder
    case .index: return Value.index
    case .equal: return { .bool(Value.equal($0, $1)) }
    case .notEqual: return { .bool(!Value.equal($0, $1)) }
    case .less: return { .bool((try Value.order($0, $1, function: op.rawValue)).map { $0 < 0 } ?? false) }
    case .lessOrEqual: return { .bool((try Value.order($0, $1, function: op.rawValue)).map { $0 <= 0 } ?? false) }
    case .greater: return { .bool((try Value.order($0, $1, function: op.rawValue)).map { $0 > 0 } ?? false) }
    case .greaterOrEqual:
      return { .bool((try Value.order($0, $1, function: op.rawValue)).map { $0 >= 0 } ?? false) }
    case .in: return { .bool(try Value.contains($1, $0)) }
    case .negate, .not, .and, .or, .conditional:
      preconditionFailure("\(op.rawValue) takes other than two operands")
    }
  }

  private mutating func compileCall(_ function: String, target: Expr?, arguments: [Expr], range: Range<Int>)
    throws(ExpressionError) -> Compiled
  {
    if target == nil, function == Operator.index.rawValue, arguments.count == 2 {
      return try compileChain(arguments[0], [(.index, arguments[1])])
    }
    if target == nil, function == Operator.negate.rawValue, arguments.count == 1 {
      let o = try compile(arguments[0]).evaluate
      return Compiled(
        evaluate: { activation in try Compiler.locate(range) { try Value.negate(try o(activation)) } }, type: nil)
    }

    // A namespaced global such as strings.quote(x) parses as a member call on `strings`.
    var qualifiedName = function
    var receiver = target
    if let target, let path = Compiler.qualifiedName(target), locals[path[0]] == nil,
      variables[path.joined(separator: ".")] == nil,
      library[(path + [function]).joined(separator: ".")] != nil
    {
      qualifiedName = (path + [function]).joined(separator: ".")
      receiver = nil
    }
    let name = qualifiedName

    guard let definition = library[name] else {
      if strict {
        throw ExpressionError(Texts.celCompileUnknownFunction(name: name), range)
      }
      // Still evaluate the operands, so that an error among them is the one reported.
      return Compiled(evaluate: { _ in throw EvaluationError(.unknownFunction(name), range: range) }, type: nil)
    }
    let isMember = receiver != nil
    let arities = isMember ? definition.memberArities : definition.globalArities
    guard arities.contains(arguments.count) else {
      if strict || arities.isEmpty == false || (isMember ? definition.globalArities : definition.memberArities).isEmpty
      {
        if strict {
          let message =
            arities.isEmpty
            ? (isMember
              ? Texts.celCompileNotCallableAsMethod(name: name) : Texts.celCompileNotCallableAsFunction(name: name))
            : Texts.celCompileArgumentCount(
              name: name, expected: .alternatives(arities.sorted().map(String.init)), most: arities.max() ?? 0,
              count: arguments.count)
          throw ExpressionError(message, range)
        }
      }
      return Compiled(
        evaluate: { _ in
          throw EvaluationError(
            .noMatchingOverload(function: name, types: ["\(arguments.count) arguments"]), range: range)
        },
        type: nil)
    }
    var operands: [Evaluate] = []
    if let receiver { operands.append(try compile(receiver).evaluate) }
    for argument in arguments { operands.append(try compile(argument).evaluate) }
    let compiled = operands

    // A literal pattern is compiled (and checked) once, here, and kept in the closure.
    if name == "matches", compiled.count == 2, case .literal(.string(let pattern))? = arguments.last?.kind {
      let regex: RegularExpression
      do {
        regex = try RegularExpression(pattern)
      } catch {
        throw ExpressionError(Texts.celCompileInvalidRegularExpression(pattern: pattern), arguments.last!.range)
      }
      let text = compiled[0]
      return Compiled(
        evaluate: { activation in
          let value = try text(activation)
          guard case .string(let s) = value else {
            throw EvaluationError(
              .noMatchingOverload(function: "matches", types: [value.type.name, "string"]), range: range)
          }
          return .bool(regex.matches(s))
        }, type: .bool)
    }
    let implementation = definition.implementation
    switch compiled.count {
    case 0:
      return Compiled(
        evaluate: { activation in try Compiler.locate(range) { try implementation([], activation) } }, type: nil)
    case 1:
      let a = compiled[0]
      return Compiled(
        evaluate: { activation in
          let x = try a(activation)
          return try Compiler.locate(range) { try implementation([x], activation) }
        }, type: Compiler.conversionType(name))
    case 2:
      let (a, b) = (compiled[0], compiled[1])
      return Compiled(
        evaluate: { activation in
          let x = try a(activation)
          let y = try b(activation)
          return try Compiler.locate(range) { try implementation([x, y], activation) }
        }, type: nil)
    default:
      return Compiled(
        evaluate: { activation in
          var values: [Value] = []
          values.reserveCapacity(compiled.count)
          for argument in compiled { values.append(try argument(activation)) }
          return try Compiler.locate(range) { try implementation(values, activation) }
        }, type: nil)
    }
  }

  /// A binary operator, or a flat chain of them (`a + b - c`), as one loop over the operands:
  /// no recursion however long the chain. Each operation keeps its own source range and its
  /// operand types are checked as the nested form would be.
  private mutating func compileChain(_ first: Expr, _ steps: [(op: Operator, operand: Expr)])
    throws(ExpressionError) -> Compiled
  {
    struct Step {
      var operation: @Sendable (Value, Value) throws -> Value
      var operand: Evaluate
      var range: Range<Int>
      var producesData: Bool
    }
    let head = try compile(first)
    var type = head.type
    var compiledSteps: [Step] = []
    for step in steps {
      let range = first.range.lowerBound..<step.operand.range.upperBound
      let right = try compile(step.operand)
      try checkOperands(step.op, type, right.type, range)
      type = step.op.isRelation ? .bool : Compiler.arithmeticType(step.op, type, right.type)
      compiledSteps.append(
        Step(
          operation: Compiler.implementation(of: step.op), operand: right.evaluate, range: range,
          producesData: step.op == .add))
    }
    let start = head.evaluate
    let chain = compiledSteps
    if chain.count == 1 {
      let step = chain[0]
      let (operation, operand, range, producesData) = (step.operation, step.operand, step.range, step.producesData)
      return Compiled(
        evaluate: { activation in
          let a = try start(activation)
          let b = try operand(activation)
          let result = try Compiler.locate(range) { try operation(a, b) }
          if producesData { try Compiler.locate(range) { try activation.charge(result, function: "+") } }
          return result
        }, type: type)
    }
    return Compiled(
      evaluate: { activation in
        var value = try start(activation)
        for step in chain {
          let b = try step.operand(activation)
          let a = value
          value = try Compiler.locate(step.range) { try step.operation(a, b) }
          if step.producesData {
            let result = value
            try Compiler.locate(step.range) { try activation.charge(result, function: "+") }
          }
        }
        return value
      }, type: type)
  }

  private static func conversionType(_ name: String) -> ValueType? {
    switch name {
    case "int", "size": return .int
    case "uint": return .uint
    case "double": return .double
    case "string": return .string
    case "bytes": return .bytes
    case "bool": return .bool
    case "type": return .type
    case "timestamp": return .timestamp
    case "duration": return .duration
    case "date": return .date
    case "period": return .period
    default: return nil
    }
  }

  private static func arithmeticType(_ op: Operator, _ l: ValueType?, _ r: ValueType?) -> ValueType? {
    guard let l, let r, l == r, op.isArithmetic else { return nil }
    switch l {
    case .int, .uint, .double, .string, .bytes, .list, .duration, .period: return l
    default: return nil
    }
  }

  /// Refuses, before running, an operator whose operand types are both known and can never
  /// match (`1 + 'a'`). Equality and `in` are defined for every pair, so they pass.
  private func checkOperands(_ op: Operator, _ l: ValueType?, _ r: ValueType?, _ range: Range<Int>)
    throws(ExpressionError)
  {
    guard strict, let l, let r else { return }
    let numeric: Set<ValueType> = [.int, .uint, .double]
    let ok: Bool
    switch op {
    case .add:
      ok =
        (l == r && [.int, .uint, .double, .string, .bytes, .list, .duration, .period].contains(l))
        || [(.timestamp, .duration), (.duration, .timestamp), (.date, .period), (.period, .date)].contains {
          $0 == (l, r)
        }
    case .subtract:
      ok =
        (l == r && [.int, .uint, .double, .duration, .timestamp, .date].contains(l))
        || [(.timestamp, .duration), (.date, .period)].contains { $0 == (l, r) }
    case .multiply, .divide: ok = l == r && numeric.contains(l)
    case .remainder: ok = l == r && (l == .int || l == .uint)
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      ok =
        (numeric.contains(l) && numeric.contains(r))
        || (l == r && [.string, .bytes, .bool, .timestamp, .duration, .date, .period].contains(l))
    case .index: ok = l == .list || l == .map
    case .in: ok = r == .list || r == .map
    default: ok = true
    }
    if !ok {
      let symbol = op.symbol
      throw ExpressionError(Texts.celCompileOperatorUndefined(operator: symbol, left: l.name, right: r.name), range)
    }
  }

  // MARK: Macros

  private mutating func compileComprehension(
    _ macro: Expr.Macro, variable: String, over rangeExpr: Expr, arguments: [Expr], range: Range<Int>
  ) throws(ExpressionError) -> Compiled {
    let source = try compile(rangeExpr).evaluate
    let slot = slotCount
    slotCount += 1
    let shadowed = locals[variable]
    locals[variable] = slot
    defer { locals[variable] = shadowed }
    let body = try arguments.map { (argument) throws(ExpressionError) in try compile(argument).evaluate }

    @Sendable func elements(_ activation: Activation) throws -> [Value] {
      switch try source(activation) {
      case .list(let list): return list.items
      case .map(let map): return map.keys
      case let other:
        throw EvaluationError(.noMatchingOverload(function: macro.rawValue, types: [other.type.name]), range: range)
      }
    }

    switch macro {
    case .all, .exists:
      let predicate = body[0]
      let isAll = macro == .all
      return Compiled(
        evaluate: { activation in
          var firstError: Error?
          for element in try elements(activation) {
            try activation.spend()
            activation.slots[slot] = element
            do {
              switch try predicate(activation) {
              case .bool(let b):
                if b != isAll { return .bool(!isAll) }
              case let other:
                if firstError == nil {
                  firstError = EvaluationError(
                    .noMatchingOverload(function: macro.rawValue, types: [other.type.name]), range: range)
                }
              }
            } catch {
              if firstError == nil { firstError = error }
            }
          }
          if let firstError { throw firstError }
          return .bool(isAll)
        }, type: .bool)
    case .existsOne:
      let predicate = body[0]
      return Compiled(
        evaluate: { activation in
          var count = 0
          for element in try elements(activation) {
            try activation.spend()
            activation.slots[slot] = element
            switch try predicate(activation) {
            case .bool(let b): if b { count += 1 }
            case let other:
              throw EvaluationError(.noMatchingOverload(function: "exists_one", types: [other.type.name]), range: range)
            }
          }
          return .bool(count == 1)
        }, type: .bool)
    case .filter:
      let predicate = body[0]
      return Compiled(
        evaluate: { activation in
          var kept: [Value] = []
          for element in try elements(activation) {
            try activation.spend()
            activation.slots[slot] = element
            switch try predicate(activation) {
            case .bool(let b): if b { kept.append(element) }
            case let other:
              throw EvaluationError(.noMatchingOverload(function: "filter", types: [other.type.name]), range: range)
            }
          }
          return .list(ListValue(kept))
        }, type: .list)
    case .map:
      let transform = body.last!
      let filter = body.count == 2 ? body[0] : nil
      return Compiled(
        evaluate: { activation in
          var mapped: [Value] = []
          for element in try elements(activation) {
            try activation.spend()
            activation.slots[slot] = element
            if let filter {
              switch try filter(activation) {
              case .bool(let b): if !b { continue }
              case let other:
                throw EvaluationError(.noMatchingOverload(function: "map", types: [other.type.name]), range: range)
              }
            }
            mapped.append(try transform(activation))
          }
          return .list(ListValue(mapped))
        }, type: .list)
    }
  }
}
