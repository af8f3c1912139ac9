/// An expression compiled once and evaluated many times, thread-safely (each evaluation gets
/// its own `Activation`).
public struct CompiledExpression: Sendable {
  public let source: String
  /// The declared variable names, in slot order.
  public let variables: [String]
  /// The names (and fields of them) the expression reads, from its syntax tree.
  public let references: ExpressionReferences
  let evaluate: Compiler.Evaluate
  let slotCount: Int
  /// How many computed variables' values an evaluation of its own remembers: one past the
  /// highest memo slot of those it was compiled with.
  let memoCount: Int
  /// The most steps (comprehension iterations, list and map elements) one evaluation may take.
  public var costLimit: Int

  /// Default cost limit: far above what any rule over a real document needs (a workspace's
  /// largest document has a few hundred elements), low enough to stop in well under a second.
  public static let defaultCostLimit = ExpressionLimits.costLimit

  /// Parses and compiles `source`. With `strict`, unknown names and functions, wrong argument
  /// counts and impossible operand types are errors now rather than when evaluated.
  public init(
    _ source: String, variables: [String] = [], functions: FunctionLibrary = .standard, strict: Bool = true,
    costLimit: Int = defaultCostLimit
  ) throws(ExpressionError) {
    try self.init(
      source, variables: variables, computed: [], functions: functions, strict: strict, costLimit: costLimit)
  }

  /// As `init(_:variables:strict:costLimit:)`, with what is known of some variables' values
  /// (`["doc": <a FollowUp>]`): a field read from them that can never succeed is an error now,
  /// at the field's name, rather than on every evaluation.
  public init(
    _ source: String, variables: [String], fieldTypes: [String: FieldType], functions: FunctionLibrary = .standard,
    strict: Bool = true, costLimit: Int = defaultCostLimit
  ) throws(ExpressionError) {
    try self.init(
      source, variables: variables, computedTable: [:], fieldTypes: fieldTypes, functions: functions, strict: strict,
      costLimit: costLimit)
  }

  /// With computed variables: each name is bound to an expression compiled earlier over the
  /// same `variables` (its own computed names may come before it), evaluated on first use.
  public init(
    _ source: String, variables: [String], computed: [(name: String, expression: CompiledExpression)],
    functions: FunctionLibrary = .standard, strict: Bool = true, costLimit: Int = defaultCostLimit
  ) throws(ExpressionError) {
    var table: [String: Compiler.ComputedVariable] = [:]
    for (i, variable) in computed.enumerated() { table[variable.name] = variable.expression.asComputedVariable(at: i) }
    try self.init(
      source, variables: variables, computedTable: table, functions: functions, strict: strict, costLimit: costLimit)
  }

  /// With computed variables already in the table the compiler looks them up in: a pack builds
  /// it once for all its expressions, since building it for each would make a pack with many
  /// variables and rules load in quadratic time.
  ///
  /// `fieldTypes` declares what is known of some variables' values (a rule's `doc`, `item`):
  /// a field read from one of them that can never succeed is an error now (see `FieldChecker`).
  package init(
    _ source: String, variables: [String], computedTable table: [String: Compiler.ComputedVariable],
    fieldTypes: [String: FieldType] = [:], functions: FunctionLibrary = .standard, strict: Bool = true,
    costLimit: Int = defaultCostLimit
  ) throws(ExpressionError) {
    let expr = try Parser.parse(source)
    if !fieldTypes.isEmpty {
      var checker = FieldChecker(roots: fieldTypes, source: source)
      _ = try checker.check(expr)
    }
    var compiler = Compiler(
      variables: variables, computed: table, roots: fieldTypes, strict: strict, library: functions)
    let compiled = try compiler.compile(expr)
    self.source = source
    self.variables = variables
    self.references = ExpressionReferences(expr)
    self.evaluate = compiled.evaluate
    self.slotCount = compiler.slotCount
    self.memoCount = (table.values.map(\.memoIndex).max() ?? -1) + 1
    self.costLimit = costLimit
  }

  /// This expression as computed variable number `index` (its memo slot) of later ones.
  package func asComputedVariable(at index: Int) -> Compiler.ComputedVariable {
    Compiler.ComputedVariable(memoIndex: index, evaluate: evaluate, slotCount: slotCount)
  }

  /// Evaluates with values for the declared variables (by name; a missing one is an error
  /// only if the expression reaches it).
  public func evaluate(_ bindings: [String: Value] = [:], today: CalendarDate) throws(EvaluationError) -> Value {
    let activation = Activation(
      slotCount: slotCount, costLimit: costLimit, today: today, memo: Activation.Memo(count: memoCount))
    for (i, name) in variables.enumerated() {
      if let value = bindings[name] {
        activation.slots[i] = value
      } else {
        activation.slots[i] = .null
      }
    }
    return try run(activation)
  }

  /// Evaluates with variable values in declaration order: the fast path for the engine, which
  /// evaluates the same expression over many documents.
  public func evaluate(values: [Value], today: CalendarDate) throws(EvaluationError) -> Value {
    let activation = Activation(
      slotCount: slotCount, costLimit: costLimit, today: today, memo: Activation.Memo(count: memoCount))
    for (i, value) in values.prefix(variables.count).enumerated() { activation.slots[i] = value }
    return try run(activation)
  }

  /// The slots an activation needs for this expression (variables and comprehension variables).
  public var requiredSlots: Int { slotCount }

  /// Evaluates in an activation the caller prepared (the engine shares one per target).
  public func evaluate(in activation: Activation) throws(EvaluationError) -> Value {
    try run(activation)
  }

  private func run(_ activation: Activation) throws(EvaluationError) -> Value {
    do {
      return try evaluate(activation)
    } catch let error as EvaluationError {
      throw error
    } catch {
      throw EvaluationError(.unsupported("\(error)"))
    }
  }
}
