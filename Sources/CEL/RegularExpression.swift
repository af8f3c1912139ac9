import Foundation

/// A regular expression for `matches`, compiled once.
///
/// ICU's engine (through NSRegularExpression) reads RE2 syntax as far as CEL expressions use
/// it: classes, anchors, repetition, groups, `(?i)`. It also accepts look-around, which RE2
/// refuses; that is accepted rather than reported.
///
/// A literal pattern is compiled by the compiler, once per expression, and the compiled value
/// travels in the expression's closure: there is no process-wide cache to share or lock. A
/// pattern computed while evaluating is compiled for that call.
struct RegularExpression: @unchecked Sendable {
  // Unchecked: NSRegularExpression is immutable once made and documented as safe to match
  // with from several threads at once; nothing here changes it after `init`.
  /// Nil for the empty pattern, which matches everything (ICU refuses to compile it).
  private let expression: NSRegularExpression?

  init(_ pattern: String) throws(EvaluationError) {
    if pattern.isEmpty {
      expression = nil
      return
    }
    guard let expression = try? NSRegularExpression(pattern: pattern) else {
      throw EvaluationError(.invalidArgumentReason(Texts.celEvalInvalidRegularExpression(pattern: pattern)))
    }
    self.expression = expression
  }

  func matches(_ text: String) -> Bool {
    guard let expression else { return true }
    return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }
}
