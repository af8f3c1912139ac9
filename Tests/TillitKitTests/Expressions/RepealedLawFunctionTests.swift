import Testing

@testable import CEL
@testable import TillitModel

/// `repealed_law(text)` answers what a rule needs to name a repealed act and its replacement in
/// both languages, and is total on null and blank input like every domain function.
@Suite struct RepealedLawFunctionTests: EvaluatesExpressions {
  @Test func aRepealedActComesWithItsDateAndReplacementInBothLanguages() throws {
    let call = "repealed_law('Socialtjänstlagen (2001:453) 4 kap. 1 §')"
    #expect(try evaluate("\(call).sfs") == .string("2001:453"))
    #expect(try evaluate("\(call).repealed == date('2025-07-01')") == .bool(true))
    #expect(try evaluate("\(call).repealed <= today()") == .bool(true))
    #expect(try evaluate("\(call).replacement.sv") == .string("socialtjänstlagen (2025:400)"))
    #expect(try evaluate("\(call).replacement.en") == .string("the Social Services Act (2025:400)"))
    #expect(try evaluate("\(call).replaced_by[0].sfs") == .string("2025:400"))
  }

  @Test func severalReplacementsAreJoinedInEachLanguage() throws {
    let call = "repealed_law('Personuppgiftslagen (1998:204) 16 §')"
    #expect(
      try evaluate("\(call).replacement.sv")
        == .string("EU:s dataskyddsförordning (EU) 2016/679 och dataskyddslagen (2018:218)"))
    #expect(
      try evaluate("\(call).replacement.en")
        == .string("the General Data Protection Regulation (EU) 2016/679 and the Data Protection Act (2018:218)"))
    #expect(try evaluate("\(call).replaced_by[0].sfs") == .null)
  }

  @Test func nullBlankOrALawInForceGivesNull() throws {
    #expect(try evaluate("repealed_law(null)") == .null)
    #expect(try evaluate("repealed_law('   ')") == .null)
    #expect(try evaluate("repealed_law('Kommunallagen (2017:725) 6 kap. 37 §')") == .null)
    #expect(try evaluate("repealed_law('inget nummer alls')") == .null)
    #expect(evaluationError("repealed_law(42)") != nil)
  }

  @Test func aTextBeyondTheLimitIsRefusedNotSearched() throws {
    // As a document field: longer than any expression may be.
    let long: [String: Value] = [
      "law": .string(String(repeating: "1", count: TillitFunctions.maxLegalReferenceLength + 1))
    ]
    let compiled = try CompiledExpression("repealed_law(law)", variables: ["law"], functions: TillitFunctions.library)
    #expect(throws: EvaluationError.self) { try compiled.evaluate(long, today: Self.today) }
  }
}
