import TillitEngine

/// Which findings a capped report keeps: the most serious first (errors, then warnings, then
/// information), and within a severity the open ones before those a waiver or the baseline
/// already accepts, each in report order; then shown in report order. What GitHub would show
/// of a longer list anyway, chosen by us, so the count left out can be said — and a run with
/// more findings than the cap never hides an open one behind an accepted one of its severity.
struct SeverityCap {
  /// Positions in the findings, ascending.
  var kept: [Int]
  /// Findings left out, by severity.
  var omitted: [Severity: Int]

  var omittedCount: Int { omitted.values.reduce(0, +) }

  init(_ findings: [Finding], limit: Int, including include: (Finding) -> Bool = { _ in true }) {
    var bySeverity: [Severity: [Int]] = [:]
    for i in findings.indices where include(findings[i]) {
      bySeverity[findings[i].severity, default: []].append(i)
    }
    var kept: [Int] = []
    var omitted: [Severity: Int] = [:]
    for severity in [Severity.error, .warning, .info] {
      let all = bySeverity[severity] ?? []
      let positions = all.filter { findings[$0].isOpen } + all.filter { !findings[$0].isOpen }
      let room = max(0, limit - kept.count)
      kept += positions.prefix(room)
      if positions.count > room { omitted[severity] = positions.count - room }
    }
    self.kept = kept.sorted()
    self.omitted = omitted
  }
}
