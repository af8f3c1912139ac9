import Testing

@testable import CEL

/// What an expression reads is taken from its syntax tree, not searched for in its text.
@Suite struct ExpressionReferencesTests {
  func references(_ source: String, _ variables: [String] = ["doc", "vars", "facts", "item"]) throws
    -> ExpressionReferences
  {
    try CompiledExpression(source, variables: variables, strict: false).references
  }

  @Test func freeNamesAndTheFieldsSelectedOnThemAreFound() throws {
    let found = try references("vars.a + vars.b > 0 && doc.owner.function == 'hr'")
    #expect(found.names == ["vars", "doc"])
    #expect(found.fields["vars"] == ["a", "b"])
    #expect(found.fields["doc"] == ["owner"])
  }

  @Test func aNameInsideAStringOrALongerNameIsNoReference() throws {
    let found = try references("doc.items.size() > 0 && 'facts and vars.x' != ''")
    #expect(found.names == ["doc"])
    #expect(found.fields["doc"] == ["items"])
  }

  @Test func aComprehensionVariableIsLocalButItsRangeIsNot() throws {
    let found = try references("doc.indicators.exists(item, item.users.size() > 0 && facts.ok)")
    #expect(found.names == ["doc", "facts"])
    #expect(found.fields["item"] == nil)
  }

  @Test func presenceTestsAndCallsCount() throws {
    let found = try references("has(doc.review) ? size(vars.list) : 0")
    #expect(found.names == ["doc", "vars"])
    #expect(found.fields["vars"] == ["list"])
  }
}

/// Operators are one enum from the parser to the messages.
@Suite struct OperatorTests {
  @Test func everyBinaryOperatorIsParsedIntoAChainWithItsCase() throws {
    for (source, op) in [("a + b", Operator.add), ("a % b", .remainder), ("a <= b", .lessOrEqual), ("a in b", .in)] {
      let expr = try Parser.parse(source)
      guard case .chain(_, let steps) = expr.kind else {
        Issue.record("\(source) is not a chain")
        continue
      }
      #expect(steps.map(\.op) == [op])
    }
  }

  @Test func anOperatorOnTypesItCannotTakeIsNamedByItsSymbol() {
    do {
      _ = try CompiledExpression("1 % 2.0")
      Issue.record("compiled")
    } catch {
      #expect(error.message.en == "% is not defined for int and double")
    }
  }
}
