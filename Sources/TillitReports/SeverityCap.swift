import TillitEngine

/// Which findings a capped report keeps: the most serious first (errors, then warnings, then
/// information), in report order within a severity, then shown in report order. What GitHub
/// would show of a longer list anyway, chosen by us, so the count left out can be said.
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
      let positions = bySeverity[severity] ?? []
      let room = max(0, limit - kept.count)
      kept += positions.prefix(room)
      if positions.count > room { omitted[severity] = positions.count - room }
    }
    self.kept = kept.sorted()
    self.omitted = omitted
  }
}
