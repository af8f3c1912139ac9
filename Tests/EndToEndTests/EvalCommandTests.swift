import Foundation
import Testing

/// `tillit eval` as a rule author uses it.
@Suite struct EvalCommandTests {
  @Test func printsTheResultAsJSON() throws {
    let run = try TillitBinary.run(["eval", "{'a': [1, 2.5, 'å'], 'b': date('2025-01-15') + period('P1Y')}"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(run.standardOutput == "{\"a\": [1, 2.5, \"å\"], \"b\": \"2026-01-15\"}\n")
  }

  @Test func bindsTheInputDocumentAsDocWithSchemaTypes() throws {
    let run = try TillitBinary.run([
      "eval", "doc.review.last + doc.review.every < today()", "--input",
      "examples/exempelby/followups/elevhalsa-lagesbild.yaml", "--today", "2026-11-29",
    ])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(run.standardOutput == "true\n")
  }

  @Test func todayFollowsTheOption() throws {
    let run = try TillitBinary.run(["eval", "today()", "--today", "2025-06-30"])
    #expect(run.standardOutput == "\"2025-06-30\"\n")
    #expect(try TillitBinary.run(["eval", "today()", "--today", "2025-02-30"]).exitCode == 2)
  }

  @Test func variablesComeFromJSON() throws {
    let run = try TillitBinary.run(["eval", "n * 2 + size(x.items)", "--var", "n=20", "--var", "x={\"items\": [1, 2]}"])
    #expect(run.standardOutput == "42\n")
  }

  @Test func anExpressionErrorExitsTwoWithItsColumn() throws {
    let run = try TillitBinary.run(["eval", "1 + nme"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.hasPrefix("<expr>:1:5: error: unknown name 'nme'"))
    let runtime = try TillitBinary.run(["eval", "[1, 2][5]", "--lang", "sv"])
    #expect(runtime.exitCode == 2)
    #expect(runtime.standardError.contains("fel: index 5 ligger utanför listan"))
  }

  @Test func anInvalidInputDocumentExitsTwoWithItsPlace() throws {
    let run = try TillitBinary.run(["eval", "doc.id", "--input", "Tests/Fixtures/broken/bad-date.yaml"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.hasPrefix("Tests/Fixtures/broken/bad-date.yaml:5:16: error:"))
  }

  @Test func aLongOperatorChainEvaluatesInsteadOfCrashing() throws {
    // 3,000 terms once overflowed the stack (SIGSEGV) while compiling.
    let run = try TillitBinary.run(["eval", Array(repeating: "1", count: 3_000).joined(separator: "+")])
    #expect(run.exitCode == 0, "\(run.standardError.prefix(300))")
    #expect(run.standardOutput == "3000\n")
  }

  @Test func anExpressionBeyondTheLengthLimitExitsTwoWithItsColumn() throws {
    let run = try TillitBinary.run(["eval", Array(repeating: "1", count: 6_000).joined(separator: "+"), "--lang", "en"])
    #expect(run.exitCode == 2)
    #expect(
      run.standardError.hasPrefix("<expr>:1:10001: error: the expression is too long (more than 10000 characters)"))
    // The source line is the stretch around the place, with the caret under it.
    let lines = run.standardError.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1] == "    …" + String(repeating: "1+", count: 60) + "…")
    #expect(lines[2] == "    " + String(repeating: " ", count: 61) + "^")
  }

  @Test func englishSyntaxErrorsContainNoSwedish() throws {
    let run = try TillitBinary.run(["eval", "(1 + 2", "--lang", "en"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.hasPrefix("<expr>:1:7: error: expected ')', found the end of the expression\n"))
    let swedish = try TillitBinary.run(["eval", "(1 + 2", "--lang", "sv"])
    #expect(swedish.standardError.hasPrefix("<expr>:1:7: fel: ')' väntades, men här står slutet av uttrycket\n"))
  }

  @Test func runawayTextBuildingExitsTwoWithAnErrorNotAWrongValue() throws {
    let run = try TillitBinary.run(["eval", "'%.999999999f'.format([1.0])", "--lang", "en"])
    #expect(run.exitCode == 2)
    #expect(run.standardOutput.isEmpty)
    #expect(run.standardError.contains("error: format: 999999999 is outside the allowed range 0 to 100"))
    let replace = try TillitBinary.run([
      "eval", "'aaaaaaaaaa'" + String(repeating: ".replace('a', 'aaaaaaaaaa')", count: 7), "--lang", "sv",
    ])
    #expect(replace.exitCode == 2)
    #expect(replace.standardError.contains("fel: replace skulle ge en text längre än 100000 tecken"))
  }

  @Test func dateArithmeticOutOfRangeAndRoundOutOfRangeExitTwo() throws {
    let date = try TillitBinary.run(["eval", "date('9999-12-31') + period('P1D')", "--lang", "en"])
    #expect(date.exitCode == 2)
    #expect(date.standardError.contains("error: the date falls outside the years that can be written, 0001 to 9999"))
    let round = try TillitBinary.run(["eval", "round(1.5, 400)", "--lang", "en"])
    #expect(round.exitCode == 2)
    #expect(round.standardError.hasPrefix("<expr>:1:1: error: round: 400 is outside the allowed range 0 to 9\n"))
  }
}
