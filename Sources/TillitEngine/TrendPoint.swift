import CEL
import TillitYAML

/// One commit of a trend: what `tillit check` would have said there, in numbers.
///
/// Codable, as the cache holds it; the counts are those of the check's summary (open findings,
/// neither waived nor baselined), so that a point agrees with `tillit check` at its commit.
public struct TrendPoint: Sendable, Codable, Hashable {
  public var commit: String
  /// The committer's date: the day the commit was checked as of (`--today`).
  public var date: String
  public var errors: Int
  public var warnings: Int
  public var info: Int
  public var waived: Int
  /// Open findings by pack id (`tillit` for the engine's own).
  public var byPack: [String: Int]
  /// Actions not done.
  public var openActions: Int
  public var burdenHours: Double
  public var excessHours: Double

  public var shortHash: String { String(commit.prefix(7)) }

  public init(
    commit: String, date: String, errors: Int, warnings: Int, info: Int, waived: Int, byPack: [String: Int],
    openActions: Int, burdenHours: Double, excessHours: Double
  ) {
    self.commit = commit
    self.date = date
    self.errors = errors
    self.warnings = warnings
    self.info = info
    self.waived = waived
    self.byPack = byPack
    self.openActions = openActions
    self.burdenHours = burdenHours
    self.excessHours = excessHours
  }

  /// The point of a check: the counts of `findings` as the check's summary makes them.
  public init(
    commit: String, date: String, findings: [Finding], actions: [ActionReview], burdenHours: Double,
    excessHours: Double
  ) {
    var errors = 0
    var warnings = 0
    var info = 0
    var waived = 0
    var byPack: [String: Int] = [:]
    for finding in findings {
      if finding.isWaived {
        waived += 1
        continue
      }
      guard !finding.baselined else { continue }
      switch finding.severity {
      case .error: errors += 1
      case .warning: warnings += 1
      case .info: info += 1
      }
      byPack[finding.packID, default: 0] += 1
    }
    self.init(
      commit: commit, date: date, errors: errors, warnings: warnings, info: info, waived: waived, byPack: byPack,
      openActions: actions.filter { $0.status != .done }.count, burdenHours: burdenHours, excessHours: excessHours)
  }
}
