import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

@Suite struct EvaluationTests {
  static let today = CalendarDate("2026-11-29")!

  func eval(_ source: String, _ bindings: [String: Value] = [:]) throws -> Value {
    try CompiledExpression(source, variables: bindings.keys.sorted(), functions: TillitFunctions.library).evaluate(
      bindings, today: Self.today)
  }

  func evalError(_ source: String, _ bindings: [String: Value] = [:]) -> EvaluationError? {
    do {
      _ = try CompiledExpression(
        source, variables: bindings.keys.sorted(), functions: TillitFunctions.library, strict: false
      ).evaluate(
        bindings, today: Self.today)
      return nil
    } catch let error as EvaluationError {
      return error
    } catch {
      return nil
    }
  }

  @Test(arguments: [
    "!(false && 1/0 == 1)", "!(1/0 == 1 && false)", "true || 1/0 == 1", "1/0 == 1 || true",
    "!([1, 0].exists(x, 1/x == 1) == false)", "[0, 1].all(x, 1/x == 5) == false",
  ])
  func logicalOperatorsAndMacrosAbsorbErrorsCommutatively(source: String) throws {
    #expect(try eval(source).boolValue == true)
  }

  @Test(arguments: ["true && 1/0 == 1", "1/0 == 1 || false", "[1, 0].all(x, 1/x == 1)", "1/0 + 1 == 2"])
  func errorsPropagateWhereNothingAbsorbsThem(source: String) {
    #expect(evalError(source)?.kind == .divisionByZero)
  }

  @Test func integerOverflowIsAnError() {
    #expect(evalError("9223372036854775807 + 1")?.kind == .overflow("int +"))
    #expect(evalError("-9223372036854775808 - 1")?.kind == .overflow("int -"))
    #expect(evalError("0u - 1u")?.kind == .overflow("uint -"))
  }

  @Test func numbersCompareAcrossTypesButDoNotConvertImplicitly() throws {
    #expect(try eval("1 == 1.0 && 1u == 1 && 2 > 1.5 && 1u < 2").boolValue == true)
    #expect(throws: ExpressionError.self) { _ = try CompiledExpression("1 + 1.0") }
  }

  @Test func aRunawayExpressionStopsAtTheCostLimit() throws {
    let source =
      "[0,1,2,3,4,5,6,7,8,9].all(a, [0,1,2,3,4,5,6,7,8,9].all(b, [0,1,2,3,4,5,6,7,8,9].all(c, "
      + "[0,1,2,3,4,5,6,7,8,9].all(d, [0,1,2,3,4,5,6,7,8,9].all(e, [0,1,2,3,4,5,6,7,8,9].all(f, "
      + "[0,1,2,3,4,5,6,7,8,9].all(g, a + b + c + d + e + f + g >= 0)))))))"
    let program = try CompiledExpression(source, costLimit: 100_000)
    #expect(throws: EvaluationError.self) { _ = try program.evaluate(today: Self.today) }
    do {
      _ = try program.evaluate(today: Self.today)
    } catch {
      #expect(error.kind == .costLimitExceeded(100_000))
      #expect(error.message.en.contains("cost limit"))
    }
  }

  @Test func unknownNamesFunctionsAndArityAreCompileErrorsWithTheirRange() {
    func range(_ source: String) -> Range<Int>? {
      do {
        _ = try CompiledExpression(source, variables: ["doc"])
        return nil
      } catch {
        return error.range
      }
    }
    #expect(range("doc.x == nme") == 9..<12)
    #expect(range("sise(doc)") == 0..<9)
    #expect(range("size(doc, doc)") == 0..<14)
    #expect(range("doc.x + 'a' == 1 + 'b'") == 15..<22)
  }

  @Test func syntaxErrorsHaveTheirRange() {
    do {
      _ = try CompiledExpression("doc.a == (1 + ")
      Issue.record("expected a syntax error")
    } catch {
      #expect(error.range.lowerBound == 14)
    }
    #expect(throws: ExpressionError.self) { _ = try CompiledExpression("has(doc)") }
    #expect(throws: ExpressionError.self) { _ = try CompiledExpression("if == 1") }
    #expect(throws: ExpressionError.self) {
      _ = try CompiledExpression(String(repeating: "(", count: 400) + "1" + String(repeating: ")", count: 400))
    }
  }

  // MARK: Domain additions

  @Test func todayIsFixedPerRun() throws {
    #expect(try eval("today() == date('2026-11-29')").boolValue == true)
  }

  @Test func datesAndPeriodsDoCalendarArithmetic() throws {
    #expect(try eval("date('2025-01-15') + period('P1Y') < today()").boolValue == true)
    #expect(try eval("date('2026-06-01') + period('P1Y') < today()").boolValue == false)
    #expect(try eval("today() - date('2026-11-01')") == .int(28))
    #expect(try eval("date('2024-01-31') + period('P1M') == date('2024-02-29')").boolValue == true)
    #expect(try eval("period('P3Y') > period('P1Y') && period_equal(period('P3Y'), period('P36M'))").boolValue == true)
    #expect(try eval("days(period('P2W'))") == .double(14))
  }

  @Test func frequenciesBecomeOccurrencesPerYear() throws {
    #expect(try eval("pf('monthly')") == .double(12))
    #expect(try eval("pf('daily')") == .double(220))
    #expect(try eval("pf({'per_year': 10})") == .double(10))
    #expect(evalError("pf('sometimes')") != nil)
  }

  @Test func eeaCountriesIncludeNorwayButNotTheUK() throws {
    #expect(try eval("is_eea('NO') && is_eea('SE') && !is_eea('GB') && !is_eea('US')").boolValue == true)
  }

  @Test func namesNormaliseForDuplicateDetection() throws {
    #expect(try eval("norm_name('  Korttids-Sjukfrånvaro (%) ')") == .string("korttids sjukfrånvaro"))
  }

  @Test func legalReferencesAreRead() throws {
    #expect(try eval("legal_ref('Dataskyddslagen (2018:218) 3 kap. 3 §').sfs") == .string("2018:218"))
    #expect(try eval("legal_ref('Dataskyddslagen (2018:218) 3 kap. 3 §').chapter") == .int(3))
    #expect(try eval("legal_ref('Arbetsmiljölagen (1977:1160) 3 kap. 2 a §').section") == .string("2 a"))
    #expect(try eval("cites('Dataskyddslagen (2018:218) 3 kap. 3 §', '2018:218', 3, 3)").boolValue == true)
    #expect(try eval("cites('Dataskyddslagen (2018:218) 3 kap. 5 §', '2018:218', 3, 3)").boolValue == false)
    #expect(try eval("cites('Förvaltningslagen (2017:900) 28 §', '2017:900', null, 28)").boolValue == true)
  }

  @Test func blankCoversAbsentEmptyAndWhitespace() throws {
    #expect(try eval("blank(null) && blank('  ') && blank([]) && blank({'a': null, 'b': []})").boolValue == true)
    #expect(try eval("blank('x') || blank([1]) || blank(0) || blank({'a': 'x'})").boolValue == false)
  }
}
