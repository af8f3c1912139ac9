import Testing

@testable import CEL

/// `ExpressionReferences.wholeNames`: a name read other than through a field selected on it
/// directly, so that a program knows when the fields listed do not bound what is read
/// (issue #15: a document's facts are built only for the keys its rules select).
@Suite struct WholeNameReferencesTests {
  func references(_ source: String) throws -> ExpressionReferences {
    try CompiledExpression(source, variables: ["doc", "facts", "item"], strict: false).references
  }

  @Test func aNameReadOnlyThroughSelectedFieldsIsNotReadWhole() throws {
    let found = try references("facts.indicators[0].hours > 1.0 && has(facts.burden) && doc.id != ''")
    #expect(found.fields["facts"] == ["indicators", "burden"])
    #expect(found.wholeNames.isEmpty)
  }

  @Test func aNameGivenToAFunctionIndexedOrComparedIsReadWhole() throws {
    #expect(try references("size(facts) > 0").wholeNames == ["facts"])
    #expect(try references("facts['burden'] != null").wholeNames == ["facts"])
    #expect(try references("facts == {} || facts.burden == null").wholeNames == ["facts"])
    #expect(try references("'x' in facts").wholeNames == ["facts"])
  }

  @Test func aComprehensionVariableIsNeverReadWholeFromOutside() throws {
    let found = try references("doc.indicators.all(facts, size(facts) > 0)")
    #expect(found.wholeNames.isEmpty)
    #expect(found.names == ["doc"])
  }

  @Test func unionKeepsTheWholeNamesOfBoth() throws {
    let joined = try references("facts.burden == null").union(try references("item == null"))
    #expect(joined.wholeNames == ["item"])
  }
}
