/// The most a report may hold where it is read by GitHub, which drops or refuses what is beyond
/// its limits without saying so: each capped report keeps the most serious findings and says
/// how many it left out, and where the full report is.
public enum ReportLimits {
  /// Results in one SARIF run. Code scanning refuses a run with more than 25,000 results (and
  /// shows the top 5,000 by severity): docs.github.com, "SARIF results exceed limit".
  public static let sarifResultsPerRun = 25_000

  /// Annotations of one kind (error, warning, notice) from one step: GitHub Actions shows at
  /// most 10 of each kind per step and 50 per job (actions/toolkit, docs/problem-matchers.md).
  /// Three kinds of 10 stay within the job's 50 too.
  public static let annotationsPerKind = 10

  /// Characters of a Markdown report (`check` and `diff`), which become a pull-request comment:
  /// GitHub refuses a comment body over 65,536 characters. Counted in UTF-8 bytes, never fewer
  /// than characters, with room left for what a workflow adds around the report.
  public static let markdownCharacters = 60_000
}
