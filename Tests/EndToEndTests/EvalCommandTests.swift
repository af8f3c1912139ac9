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
}
