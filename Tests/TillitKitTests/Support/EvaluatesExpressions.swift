import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Evaluating a standalone expression on a fixed day, for suites that test the expression
/// language's functions and limits.
protocol EvaluatesExpressions {}

extension EvaluatesExpressions {
  static var today: CalendarDate { CalendarDate("2026-11-29")! }

  func evaluate(_ source: String) throws -> Value {
    try CompiledExpression(source, functions: TillitFunctions.library).evaluate(today: Self.today)
  }

  /// The evaluation error `source` raises; nil when it evaluates, and an issue when it fails in
  /// another way (it does not compile, say), which would make the test pass for a wrong reason.
  func evaluationError(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> EvaluationError?
  {
    do {
      _ = try CompiledExpression(source, functions: TillitFunctions.library).evaluate(today: Self.today)
      return nil
    } catch let error as EvaluationError {
      return error
    } catch {
      Issue.record("expected an evaluation error, got \(error)", sourceLocation: sourceLocation)
      return nil
    }
  }
}
