import Foundation

/// Regular expressions compiled once per pattern and shared between threads.
///
/// ICU's engine (through NSRegularExpression) reads RE2 syntax as far as CEL expressions use
/// it: classes, anchors, repetition, groups, `(?i)`. It also accepts look-around, which RE2
/// refuses; that is accepted rather than reported.
final class RegexCache: @unchecked Sendable {
  static let shared = RegexCache()

  struct Compiled: @unchecked Sendable {
    /// Nil for the empty pattern, which matches everything (ICU refuses to compile it).
    let expression: NSRegularExpression?

    func matches(_ text: String) -> Bool {
      guard let expression else { return true }
      return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
  }

  private let lock = NSLock()
  private var cache: [String: Compiled] = [:]

  func regex(_ pattern: String) throws -> Compiled {
    lock.lock()
    defer { lock.unlock() }
    if let compiled = cache[pattern] { return compiled }
    if pattern.isEmpty { return Compiled(expression: nil) }
    guard let expression = try? NSRegularExpression(pattern: pattern) else {
      throw EvaluationError(
        .invalidArgumentReason(
          LocalizedText(sv: "ogiltigt reguljärt uttryck '\(pattern)'", en: "invalid regular expression '\(pattern)'")))
    }
    let compiled = Compiled(expression: expression)
    if cache.count < 10_000 { cache[pattern] = compiled }
    return compiled
  }
}
