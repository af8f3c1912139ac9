/// One target of issue #15 item 3 beside today's figure: printed as "met" or "not met",
/// never turned into an exit code (a benchmark gives figures; deciding is for people).
struct Target: Sendable {
  var name: String
  /// Today's figure as printed, such as `1,619 documents/s`.
  var figure: String
  /// The bar as printed, such as `≥ 5,000 documents/s`.
  var bar: String
  /// Nil when the figure could not be measured (one core only, a failed run).
  var met: Bool?

  var verdict: String {
    switch met {
    case true?: "met"
    case false?: "not met"
    case nil: "not measured"
    }
  }
}
