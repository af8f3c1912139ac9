import Testing

@testable import CEL

/// A computed variable without comprehensions is worked out in the activation of the
/// expression that reads it (issue #15: no activation made per variable). Its value, its
/// memo, the reader's comprehension variables and the cost must be what a separate
/// activation gave.
@Suite struct ComputedVariableActivationTests {
  let today = CalendarDate("2026-12-01")!

  func compile(_ source: String, computed: [(String, String)]) throws -> CompiledExpression {
    var compiledVariables: [(name: String, expression: CompiledExpression)] = []
    for (name, variableSource) in computed {
      compiledVariables.append(
        (name, try CompiledExpression(variableSource, variables: ["x"], computed: compiledVariables)))
    }
    return try CompiledExpression(source, variables: ["x"], computed: compiledVariables)
  }

  @Test func aVariableReadInsideAComprehensionLeavesItsElementAlone() throws {
    let expression = try compile(
      "[1, 2, 3].all(e, e + vars.a > vars.b) && [4, 5].map(e, e * vars.a) == [8, 10]",
      computed: [("vars.a", "x + 1"), ("vars.b", "vars.a - 1")])
    #expect(try expression.evaluate(["x": .int(1)], today: today) == .bool(true))
  }

  @Test func aVariableWithAComprehensionReadInsideAnotherKeepsBothElements() throws {
    let expression = try compile(
      "[10, 20].all(e, e > vars.most && vars.doubled == [2, 4])",
      computed: [
        ("vars.most", "[1, 2].map(e, e * x).all(e, e < 9) ? 3 : 99"), ("vars.doubled", "[1, 2].map(e, e * x)"),
      ])
    #expect(try expression.evaluate(["x": .int(2)], today: today) == .bool(true))
  }

  @Test func aFailingVariableIsAbsorbedByOrAndTheCostLimitStillHolds() throws {
    let absorbed = try compile("vars.bad || true", computed: [("vars.bad", "1 / x == 1")])
    #expect(try absorbed.evaluate(["x": .int(0)], today: today) == .bool(true))
    var limited = try compile("vars.big.size() > 0", computed: [("vars.big", "[1, 2, 3, 4, 5, 6, 7, 8].map(e, e)")])
    limited.costLimit = 5
    #expect(throws: EvaluationError.self) { try limited.evaluate(["x": .int(0)], today: today) }
    var plain = try compile("vars.sum > 0", computed: [("vars.sum", "x + x + x + x")])
    plain.costLimit = 0
    #expect(try plain.evaluate(["x": .int(1)], today: today) == .bool(true))
  }
}
