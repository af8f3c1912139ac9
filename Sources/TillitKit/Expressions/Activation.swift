/// The state of one evaluation: variable slots, the cost spent so far, and the run's date.
///
/// A class, so that compiled closures share it without copying; one per evaluation (or per
/// thread), never shared between threads at once.
public final class Activation {
  var slots: [Value]
  var cost = 0
  let costLimit: Int
  /// `today()`: fixed for a whole run, set by `--today` for reproducible results.
  public let today: CalendarDate

  init(slotCount: Int, costLimit: Int, today: CalendarDate) {
    slots = Array(repeating: .null, count: slotCount)
    self.costLimit = costLimit
    self.today = today
  }

  /// Counts work; throws once the limit is passed, so no expression can run away.
  @inline(__always)
  func spend(_ amount: Int = 1) throws {
    cost &+= amount
    if cost > costLimit { throw EvaluationError(.costLimitExceeded(costLimit)) }
  }
}
