import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The bounds of `ExpressionLimits`: long or deep input is refused with its place, or run
/// without recursion, and never crashes the process; data-building work is counted and capped.
@Suite struct ExpressionLimitsTests: EvaluatesExpressions {
  func compileError(_ source: String) -> ExpressionError? {
    do {
      _ = try CompiledExpression(source)
      return nil
    } catch {
      return error
    }
  }

  static func chain(_ term: String, _ op: String, count: Int) -> String {
    Array(repeating: term, count: count).joined(separator: op)
  }

  // MARK: Item 1: depth and length

  @Test func longOperatorChainIsEvaluatedAsALoop() throws {
    // 4,000 terms: the left-nested tree this once built overflowed the stack while compiling.
    #expect(try evaluate(Self.chain("1", "+", count: 4_000)) == .int(4_000))
    #expect(try evaluate(Self.chain("2", "*", count: 40) + " / 2") == .int(1 << 39))
    #expect(try evaluate(Self.chain("true", "&&", count: 1_400)) == .bool(true))
    #expect(try evaluate(Self.chain("false", "||", count: 1_400)) == .bool(false))
    #expect(try evaluate("1 < 2 == true != false") == .bool(true))
    #expect(try evaluate("10 - 3 - 2 + 1") == .int(6))
  }

  @Test func aChainKeepsErrorAbsorptionAndTheRangeOfTheFailingOperation() throws {
    #expect(try evaluate("1/0 == 1 && true && false") == .bool(false))
    #expect(try evaluate("true || 1/0 == 1 || false") == .bool(true))
    #expect(evaluationError("true && true && 1/0 == 1")?.kind == .divisionByZero)
    // A non-bool operand is the error of the innermost && holding it, as in the nested form.
    let nonBool = evaluationError("true && true && dyn(1) && true")
    #expect(nonBool?.range == 0..<22)
    #expect(evaluationError("1 + 2 + 9223372036854775807")?.range == 0..<27)
  }

  @Test func anOperandTypeErrorInAChainIsFoundBeforeRunning() {
    #expect(compileError("1 + 2 + 'a'")?.range == 0..<11)
  }

  @Test func anExpressionLongerThanTheLimitIsRefusedWithItsColumn() {
    let source = Self.chain("1", "+", count: ExpressionLimits.maxSourceLength / 2 + 1)
    let error = compileError(source)
    #expect(error?.range.lowerBound == ExpressionLimits.maxSourceLength)
    #expect(error?.message.en.contains("too long") == true)
    #expect(error?.message.sv.contains("för långt") == true)
  }

  @Test func nestingBeyondTheLimitIsRefusedWithItsPlace() {
    let depth = ExpressionLimits.maxNestingDepth
    for source in [
      String(repeating: "!", count: depth + 1) + "true",
      String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1),
      "{'a': 1}" + String(repeating: ".a", count: depth + 1),
      "[1]" + String(repeating: "[0]", count: depth + 1),
    ] {
      let error = compileError(source)
      #expect(error?.message.en.contains("nested too deeply") == true, "\(source.prefix(20))")
    }
  }

  /// The deepest expression of each shape that still compiles: the limit itself.
  static func deepest(_ make: (Int) -> String) -> String {
    var n = ExpressionLimits.maxNestingDepth + 1
    while n > 0, (try? CompiledExpression(make(n))) == nil { n -= 1 }
    // Each repetition costs at most six parser levels (`size([`): the limit, not a trivial case.
    precondition(n >= ExpressionLimits.maxNestingDepth / 7, "shape reaches only \(n): \(make(1))")
    return make(n)
  }

  static let atTheLimit: [String] = [
    deepest { String(repeating: "!", count: $0 * 2) + "true" },
    deepest { String(repeating: "-", count: $0) + "(1)" },
    deepest { String(repeating: "(", count: $0) + "1" + String(repeating: ")", count: $0) },
    deepest { String(repeating: "[", count: $0) + String(repeating: "]", count: $0) + " != []" },
    deepest { String(repeating: "size([", count: $0) + String(repeating: "])", count: $0) + " > 0" },
    deepest { String(repeating: "false ? 1 : ", count: $0) + "2" },
    deepest { "' x '" + String(repeating: ".trim()", count: $0) + " == 'x'" },
    deepest { "[1]" + String(repeating: ".map(x, x)", count: $0) + " == [1]" },
    deepest {
      String(repeating: "[", count: $0 / 2) + "1" + String(repeating: "]", count: $0 / 2)
        + String(repeating: "[0]", count: $0 / 2)
    },
    deepest { String(repeating: "[1].map(x, ", count: $0) + "x" + String(repeating: ")", count: $0) + " != []" },
  ]

  @Test func expressionsAtTheNestingLimitEvaluateOnDispatchWorkers() throws {
    let programs = try Self.atTheLimit.map { try CompiledExpression($0) }
    let results = ResultBox(count: programs.count)
    DispatchQueue.concurrentPerform(iterations: programs.count) { i in
      results.set(i, (try? programs[i].evaluate(today: Self.today)) != nil)
    }
    #expect(results.all, "\(zip(Self.atTheLimit.map { $0.prefix(30) }, results.values).filter { !$1 })")
  }

  @Test func expressionsAtTheNestingLimitEvaluateOnASmallStack() throws {
    // Compiled where packs load; evaluated on a 512 KiB stack, a Dispatch worker's on macOS
    // (Linux gives workers 8 MiB), so the limit holds wherever rules run.
    let programs = try Self.atTheLimit.map { try CompiledExpression($0) }
    let done = DispatchSemaphore(value: 0)
    let results = ResultBox(count: programs.count)
    let thread = Thread {
      for (i, program) in programs.enumerated() {
        results.set(i, (try? program.evaluate(today: Self.today)) != nil)
      }
      done.signal()
    }
    thread.stackSize = 512 * 1024
    thread.start()
    done.wait()
    #expect(results.all)
  }

  // MARK: Item 3: string and list work is counted and capped

  @Test func nestedReplaceStopsAtTheTextLimit() {
    var source = "'aaaaaaaaaa'"
    for _ in 0..<7 { source += ".replace('a', 'aaaaaaaaaa')" }
    let error = evaluationError(source)
    #expect(error?.kind == .textTooLong(function: "replace", limit: ExpressionLimits.maxStringLength))
    #expect(error?.message.sv.contains("längre än 100000 tecken") == true)
  }

  @Test func formatPrecisionBeyondTheLimitIsAnArgumentRangeError() throws {
    let error = evaluationError("'%.999999999f'.format([1.0])")
    #expect(
      error?.kind
        == .argumentOutOfRange(
          function: "format", value: 999_999_999, allowed: 0...Int64(ExpressionLimits.maxFormatPrecision)))
    #expect(try evaluate("'%.2f'.format([1.005])") == .string("1.00"))
  }

  /// A text of exactly `maxStringLength` characters, built by four replaces of ten.
  static let longestText =
    "'aaaaaaaaaa'" + String(repeating: ".replace('a', 'aaaaaaaaaa')", count: 4)

  @Test func concatenationAndJoinStopAtTheTextLimit() throws {
    #expect(try evaluate("size(\(Self.longestText))") == .int(Int64(ExpressionLimits.maxStringLength)))
    let limit = ExpressionLimits.maxStringLength
    #expect(evaluationError("[\(Self.longestText)].map(t, t + 'a')")?.kind == .textTooLong(function: "+", limit: limit))
    #expect(
      evaluationError("[\(Self.longestText), 'a'].join('')")?.kind == .textTooLong(function: "join", limit: limit))
    #expect(
      evaluationError("'%s%s'.format([\(Self.longestText), 'a'])")?.kind
        == .textTooLong(function: "format", limit: limit))
    #expect(try evaluate("['a', 'b'].join('-')") == .string("a-b"))
  }

  @Test func producingTextCountsAgainstTheCostLimit() throws {
    // 200 strings of 9,000 characters: 1.8 million characters produced, above the limit.
    let source =
      "[" + Self.chain("0", ",", count: 200) + "].map(i, 'x'.replace('x', '"
      + String(repeating: "y", count: 9_000) + "')).size()"
    let error = evaluationError(source)
    #expect(error?.kind == .costLimitExceeded(ExpressionLimits.costLimit))
  }

  @Test func normalisingATextThatExpandsStopsAtTheTextLimit() throws {
    // NFKC turns U+FDFA into 18 letters: 10,000 of them would become 180,000 characters.
    let text: [String: Value] = ["s": .string(String(repeating: "\u{FDFA}", count: 10_000))]
    let program = try CompiledExpression("norm_name(s)", variables: ["s"], functions: TillitFunctions.library)
    #expect(throws: EvaluationError.self) { _ = try program.evaluate(text, today: Self.today) }
    #expect(
      try CompiledExpression("size(norm_name(s))", variables: ["s"], functions: TillitFunctions.library).evaluate(
        ["s": .string("\u{FDFA}")], today: Self.today) == .int(18))
  }

  @Test func listConcatenationStopsAtTheListLimit() throws {
    let list = "\(Self.longestText).split('')"
    #expect(try evaluate("size(\(list))") == .int(Int64(ExpressionLimits.maxListLength)))
    #expect(
      evaluationError("[\(list)].map(l, l + [1])")?.kind
        == .listTooLong(function: "+", limit: ExpressionLimits.maxListLength))
  }

  // MARK: Item 4: dates and arguments out of range

  @Test func dateArithmeticBeyondTheYearsDateAcceptsIsAnError() throws {
    #expect(evaluationError("date('9999-12-31') + period('P1D')")?.kind == .dateOutOfRange("date + period"))
    #expect(evaluationError("date('0001-01-01') - period('P1M')")?.kind == .dateOutOfRange("date - period"))
    #expect(evaluationError("date('9500-01-01') + period('P1000Y')")?.kind == .dateOutOfRange("date + period"))
    #expect(try evaluate("date('9999-12-30') + period('P1D')") == .date(CalendarDate("9999-12-31")!))
    #expect(try evaluate("date('2024-03-31') - period('P1M')") == .date(CalendarDate("2024-02-29")!))
  }

  @Test func roundWithTooManyDecimalsIsAnArgumentRangeError() throws {
    let error = evaluationError("round(1.5, 400)")
    #expect(error?.kind == .argumentOutOfRange(function: "round", value: 400, allowed: 0...9))
    #expect(error?.message.en == "round: 400 is outside the allowed range 0 to 9")
    #expect(error?.message.sv == "round: 400 ligger utanför det tillåtna intervallet 0–9")
    #expect(try evaluate("round(2.345, 2)") == .double(2.35))
  }

  @Test func syntaxErrorsInEnglishNameTheEndOfTheExpressionInEnglish() {
    let error = compileError("(1 + 2")
    #expect(error?.message.en == "expected ')', found the end of the expression")
    #expect(error?.message.sv == "')' väntades, men här står slutet av uttrycket")
    #expect(compileError("1 +")?.message.en == "expected a value or a name, found the end of the expression")
    #expect(compileError("1 2")?.message.en == "unexpected a value after the expression")
  }

  @Test func swedishMessagesOfLexerAndFunctionErrorsContainNoEnglishProse() {
    #expect(compileError("'\\q'")?.message.sv == "okänd teckenkod \\q")
    #expect(compileError("'\\x4'")?.message.sv == "ogiltig hexadecimal teckenkod")
    let format = evaluationError("'%d %d'.format([1])")
    #expect(format?.message.sv == "ogiltigt argument: format: argument 1 saknas i listan")
    #expect(format?.message.en == "invalid argument: format: index 1 out of range")
    #expect(
      evaluationError("'abc'.substring(2, 5)")?.message.sv
        == "ogiltigt argument: substring(2, 5) av en text på 3 tecken")
  }
}

/// Results written by concurrent workers, each to its own index.
private final class ResultBox: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var values: [Bool]

  init(count: Int) {
    values = Array(repeating: false, count: count)
  }

  func set(_ i: Int, _ value: Bool) {
    lock.lock()
    values[i] = value
    lock.unlock()
  }

  var all: Bool { values.allSatisfy { $0 } }
}
