/// The state of one evaluation: variable slots, the cost spent so far, the run's date, and the
/// values of computed variables worked out so far.
///
/// A class, so that compiled closures share it without copying; one per evaluation (or per
/// thread), never shared between threads at once.
public final class Activation {
  var slots: [Value]
  var cost = 0
  let costLimit: Int
  /// `today()`: fixed for a whole run, set by `--today` for reproducible results.
  public let today: CalendarDate
  let memo: Memo

  /// Computed variables' values, shared by the activations of one target (a document, or one
  /// element of a `for_each`), so each is worked out at most once.
  final class Memo {
    var values: [Value?]

    init(count: Int) {
      values = Array(repeating: nil, count: count)
    }
  }

  init(slotCount: Int, costLimit: Int, today: CalendarDate, memo: Memo = Memo(count: 0)) {
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

  /// Counts work; throws once the limit is passed, so no expression can run away.
  @inline(__always)
  func spend(_ amount: Int = 1) throws {
    cost &+= amount
    if cost > costLimit { throw EvaluationError(.costLimitExceeded(costLimit)) }
  }
}
