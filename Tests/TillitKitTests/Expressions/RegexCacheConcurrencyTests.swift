import Testing

@testable import TillitKit

/// `RegexCache.shared` hands one compiled expression to every core the engine runs on. No
/// built-in rule uses `matches` yet, so the rest of the suite never shares a regex between
/// threads; this does, for `scripts/sanitize thread` and as a check that every answer is right.
@Suite struct RegexCacheConcurrencyTests {
  @Test func oneCompiledPatternMatchesCorrectlyFromEveryCoreAtOnce() throws {
    let count = 2_000
    let answers = [Bool].computedOnEveryCore(count: count) { i in
      // Half the workers look the pattern up (and may compile it) while others match.
      let regex = try? RegexCache.shared.regex("^bun-[0-9]+$")
      return regex?.matches(i.isMultiple(of: 2) ? "bun-\(i)" : "hr-\(i)") == i.isMultiple(of: 2)
    }
    #expect(answers.count == count)
    #expect(answers.allSatisfy { $0 })
  }
}
