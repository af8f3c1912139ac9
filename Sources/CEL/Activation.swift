/// The state of one evaluation: variable slots, the cost spent so far, the run's date, and the
/// values of computed variables worked out so far.
///
/// A class, so that compiled closures share it without copying; one per evaluation (or per
/// thread), never shared between threads at once.
public final class Activation {
  package var slots: [Value]
  package var cost = 0
  let costLimit: Int
  /// `today()`: fixed for a whole run, set by `--today` for reproducible results.
  public let today: CalendarDate
  package let memo: Memo

  /// Computed variables' values, shared by the activations of one target (a document, or one
  /// element of a `for_each`), so each is worked out at most once.
  package final class Memo {
    package var values: [Value?]

    package init(count: Int) {
      values = Array(repeating: nil, count: count)
    }
  }

  package init(slotCount: Int, costLimit: Int, today: CalendarDate, memo: Memo = Memo(count: 0)) {
    slots = Array(repeating: .null, count: slotCount)
    self.costLimit = costLimit
    self.today = today
    self.memo = memo
  }

  /// A fresh activation over the same variables and memo, for evaluating a computed variable
  /// in the middle of another expression without disturbing its comprehension slots.
  init(sharing base: Activation, variableCount: Int, slotCount: Int) {
    slots = Array(base.slots.prefix(variableCount))
    if slots.count < slotCount { slots += Array(repeating: .null, count: slotCount - slots.count) }
    cost = base.cost
    costLimit = base.costLimit
    today = base.today
    memo = base.memo
  }

  /// Counts the size of what a function or operator produced (one step per character of text
  /// or byte, per list element) and refuses results beyond `ExpressionLimits`: building data is
  /// work too, and a small expression can otherwise build a huge value (nested `replace`).
  public func charge(_ value: Value, function: String) throws {
    switch value {
    case .string(let s):
      // UTF-8 length is known without a walk and is never below the scalar count; only a text
      // that passes it in bytes is counted exactly.
      let bytes = s.utf8.count
      if bytes > ExpressionLimits.maxStringLength, s.unicodeScalars.count > ExpressionLimits.maxStringLength {
        throw EvaluationError(.textTooLong(function: function, limit: ExpressionLimits.maxStringLength))
      }
      try spend(bytes)
    case .bytes(let b):
      if b.count > ExpressionLimits.maxStringLength {
        throw EvaluationError(.textTooLong(function: function, limit: ExpressionLimits.maxStringLength))
      }
      try spend(b.count)
    case .list(let l):
      if l.count > ExpressionLimits.maxListLength {
        throw EvaluationError(.listTooLong(function: function, limit: ExpressionLimits.maxListLength))
      }
      try spend(l.count)
    default:
      break
    }
  }

  /// Counts work; throws once the limit is passed, so no expression can run away.
  @inline(__always)
  func spend(_ amount: Int = 1) throws {
    cost &+= amount
    if cost > costLimit { throw EvaluationError(.costLimitExceeded(costLimit)) }
  }
}
