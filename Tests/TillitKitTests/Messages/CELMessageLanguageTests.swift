import CEL
import Testing

/// The CEL library's errors come from its catalogue (`texts/CEL.yaml`); these run real bad
/// expressions through the parser, the compiler and the evaluator and hold each message to its
/// language, so that a half-translated text ("found slutet") cannot come back.
@Suite struct CELMessageLanguageTests {
  /// Expressions that fail while lexing, parsing or compiling, one per kind of mistake.
  static let badExpressions = [
    "(1 + 2", "1 +", "1 2", "a.", "#", "'abc", "`x", "'\\q'", "99999999999999999999", "has(x)", "x.all(1, true)",
    "nosuch(1)", "size(1, 2, 3)", "{[1]: 2}", "1 + 'a'", "'x'.matches('[')", "in",
  ]

  /// Expressions that compile and fail while running.
  static let failingExpressions = [
    "1 / 0", "1 % 0", "[1][5]", "{'a': 1}['b']", "'abc'.substring(2, 9)", "'%q'.format([1])",
    "9223372036854775807 + 1", "int('x')",
  ]

  @Test func anEnglishParseErrorHasNoSwedishWords() throws {
    let words = try MessageCatalogueTests.wordLists()
    let error = try #require(Self.compileError("(1 + 2"))
    #expect(error.message.en == "expected ')', found the end of the expression")
    #expect(MessageCatalogueTests.words(of: error.message.en).filter(words.swedish.contains).isEmpty)
  }

  @Test func everyCompileErrorReadsInOneLanguageEach() throws {
    let words = try MessageCatalogueTests.wordLists()
    for source in Self.badExpressions {
      let error = try #require(Self.compileError(source), "\(source) should not compile")
      let swedish = MessageCatalogueTests.words(of: error.message.en).filter(words.swedish.contains)
      let english = MessageCatalogueTests.words(of: error.message.sv).filter(words.english.contains)
      #expect(swedish.isEmpty, "\(source): en '\(error.message.en)' has Swedish words \(swedish)")
      #expect(english.isEmpty, "\(source): sv '\(error.message.sv)' has English words \(english)")
      #expect(error.message.sv != error.message.en, "\(source): '\(error.message.en)' is not translated")
    }
  }

  @Test func everyEvaluationErrorReadsInOneLanguageEach() throws {
    let words = try MessageCatalogueTests.wordLists()
    for source in Self.failingExpressions {
      let message = try #require(Self.evaluationError(source), "\(source) should fail when run").message
      let swedish = MessageCatalogueTests.words(of: message.en).filter(words.swedish.contains)
      let english = MessageCatalogueTests.words(of: message.sv).filter(words.english.contains)
      #expect(swedish.isEmpty, "\(source): en '\(message.en)' has Swedish words \(swedish)")
      #expect(english.isEmpty, "\(source): sv '\(message.sv)' has English words \(english)")
      #expect(message.sv != message.en, "\(source): '\(message.en)' is not translated")
    }
  }

  @Test func alternativeArgumentCountsAreJoinedWithEachLanguagesOwnWord() throws {
    let error = try #require(Self.compileError("'abc'.substring()"))
    #expect(error.message.en == "substring takes 1 or 2 arguments, not 0")
    #expect(error.message.sv == "substring tar 1 eller 2 argument, inte 0")
  }

  @Test func oneArgumentIsSingularInEnglish() throws {
    let error = try #require(Self.compileError("size(1, 2, 3)"))
    #expect(error.message.en == "size takes 1 argument, not 3")
  }

  static func compileError(_ source: String) -> ExpressionError? {
    do {
      _ = try CompiledExpression(source)
      return nil
    } catch {
      return error
    }
  }

  static func evaluationError(_ source: String) -> EvaluationError? {
    do {
      _ = try CompiledExpression(source).evaluate([:], today: CalendarDate(daysSinceEpoch: 0))
      return nil
    } catch {
      return error as? EvaluationError
    }
  }
}
