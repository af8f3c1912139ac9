import TillitYAML

/// How much an HTML report shows in full, so that a page of a 20,000-document workspace stays
/// a few megabytes and opens in seconds (issue #13). What is capped is said on the page, with
/// how much more there is and where to find it; nothing is dropped silently.
///
/// `top` is the length of each bar chart (`--top N`). It is not the `top_savings` threshold,
/// which decides how many indicators the burden analysis ranks as top savings in every format;
/// `--top` only decides how many bars a chart draws.
public struct HTMLLimits: Sendable, Equatable {
  /// Bars per chart; the rest are counted under the chart, and the full table follows it.
  public var top: Int
  /// Findings listed per rule; the rest are counted ("and 4,975 more"), and every finding is
  /// in the JSON and SARIF reports.
  public var findingsPerRule: Int
  /// Collections whose DPIA screening is shown criterion by criterion.
  public var screeningsShown: Int
  /// Follow-ups named in a cell of the reporting calendar, the heaviest first.
  public var processesPerCell: Int
  /// Rows of a full table under a chart, the heaviest first: enough for any reader, and a
  /// page that does not grow with the workspace; every row is in `tillit burden --format csv`.
  public var tableRows: Int

  public static let defaultTop = 25

  public init(
    top: Int = HTMLLimits.defaultTop, findingsPerRule: Int = 20, screeningsShown: Int = 25, processesPerCell: Int = 5,
    tableRows: Int = 1_000
  ) {
    self.top = max(1, top)
    self.findingsPerRule = max(1, findingsPerRule)
    self.screeningsShown = max(1, screeningsShown)
    self.processesPerCell = max(1, processesPerCell)
    self.tableRows = max(1, tableRows)
  }

  /// `--top N` as given on the command line: a chart of no bars is no chart, so N must be at
  /// least 1; anything else is refused with the reason in both languages.
  public static func validated(top value: Int) throws(TopError) -> HTMLLimits {
    guard value >= 1 else { throw TopError(value: value) }
    return HTMLLimits(top: value)
  }

  /// `--top` below 1.
  public struct TopError: Error, Sendable, Equatable {
    public var value: Int
    public var message: LocalizedText { Texts.htmlTopInvalid(value: value) }
  }
}
