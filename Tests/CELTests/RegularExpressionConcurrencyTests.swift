import Dispatch
import Synchronization
import Testing

@testable import CEL

/// A literal `matches` pattern is compiled once, into the expression, and that one compiled
/// expression is then matched from every core the engine runs on. No built-in rule uses
/// `matches` yet, so the rest of the suite never shares a regex between threads; this does, for
/// `scripts/sanitize thread` and as a check that every answer is right.
@Suite struct RegularExpressionConcurrencyTests {
  @Test func oneCompiledPatternMatchesCorrectlyFromEveryCoreAtOnce() throws {
    let program = try CompiledExpression("s.matches('^bun-[0-9]+$')", variables: ["s"])
    let today = try #require(CalendarDate("2026-12-01"))
    let wrongAnswers = Mutex(0)
    DispatchQueue.concurrentPerform(iterations: 2_000) { i in
      let expected = i.isMultiple(of: 2)
      let answer = try? program.evaluate(["s": .string(expected ? "bun-\(i)" : "hr-\(i)")], today: today)
      if answer != .bool(expected) { wrongAnswers.withLock { $0 += 1 } }
    }
    #expect(wrongAnswers.withLock { $0 } == 0)
  }

  @Test func aComputedPatternIsCompiledForItsCallAndAnInvalidOneIsAnError() throws {
    let program = try CompiledExpression("s.matches(p)", variables: ["s", "p"])
    let today = try #require(CalendarDate("2026-12-01"))
    #expect(try program.evaluate(["s": .string("bun-1"), "p": .string("^bun")], today: today) == .bool(true))
    #expect(throws: EvaluationError.self) {
      try program.evaluate(["s": .string("bun-1"), "p": .string("(")], today: today)
    }
  }

  @Test func anInvalidLiteralPatternIsACompileErrorAtThePattern() {
    do {
      _ = try CompiledExpression("s.matches('(')", variables: ["s"])
      Issue.record("compiled an invalid pattern")
    } catch {
      #expect(error.range == 10..<13)
    }
  }
}
