import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// What a change does: findings that appear and disappear between two states of a workspace,
/// and the change in reporting burden per role ("this change adds 340 hours a year for
/// teachers"). Findings are matched on their stable fingerprint, not lines.
public struct DiffReport: Sendable {
  public var appeared: [Finding]
  public var disappeared: [Finding]
  public var roleChanges: [(role: String, name: String, hours: Double, fte: Double, cost: Double)]
  public var totalHours: Double
  public var currency: String
  public var language: Language
  public var failOn: FailThreshold
  public var base: String

  public init(
    base: String, before: [Finding], after: [Finding], burdenBefore: BurdenAnalysis, burdenAfter: BurdenAnalysis,
    language: Language, failOn: FailThreshold
  ) {
    let beforeKeys = Set(before.filter { $0.waiver == nil }.map(\.fingerprint))
    let afterKeys = Set(after.filter { $0.waiver == nil }.map(\.fingerprint))
    appeared = after.filter { $0.waiver == nil && !beforeKeys.contains($0.fingerprint) }
    disappeared = before.filter { $0.waiver == nil && !afterKeys.contains($0.fingerprint) }
    let roles = Set(burdenBefore.roles.map(\.role) + burdenAfter.roles.map(\.role)).sorted()
    var changes: [(String, String, Double, Double, Double)] = []
    for role in roles {
      let a = burdenBefore.roles.first { $0.role == role }
      let b = burdenAfter.roles.first { $0.role == role }
      let hours = (b?.hours ?? 0) - (a?.hours ?? 0)
      guard abs(hours) >= 0.05 else { continue }
      changes.append(
        (
          role, (b?.name ?? a?.name)?.text(language) ?? role, hours, (b?.fte ?? 0) - (a?.fte ?? 0),
          (b?.cost ?? 0) - (a?.cost ?? 0)
        ))
    }
    roleChanges = changes.sorted { abs($0.2) > abs($1.2) }
    totalHours = burdenAfter.totals.hours - burdenBefore.totals.hours
    currency = burdenAfter.currency
    self.language = language
    self.failOn = failOn
    self.base = base
  }

  /// New findings at or above `--fail-on`: the change must not land.
  public var fails: Bool { appeared.contains { failOn.fails($0.severity) } }

  private func sentence(_ change: (role: String, name: String, hours: Double, fte: Double, cost: Double)) -> String {
    let text =
      change.hours > 0
      ? Texts.diffBurdenAdds(
        hours: abs(change.hours), role: change.name.lowercased(), fte: abs(change.fte), cost: abs(change.cost),
        currency: currency)
      : Texts.diffBurdenSaves(
        hours: abs(change.hours), role: change.name.lowercased(), fte: abs(change.fte), cost: abs(change.cost),
        currency: currency)
    return text.text(language)
  }

  public func render(markdown: Bool) -> String {
    var output = markdown ? "## tillit: " + Texts.diffTitle(base: base).text(language) + "\n\n" : ""
    // Files and messages carry document values: escaped for Markdown, neutralised for a terminal.
    let item: (Finding) -> String = { finding in
      let file = finding.location.file
      let line = finding.location.line
      let message = finding.message.text(language)
      if markdown {
        let icon = finding.severity == .error ? "🔴" : finding.severity == .warning ? "🟡" : "🔵"
        let target = (file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? file)
          .replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
        return
          "- \(icon) `\(finding.ruleID)` [\(MarkdownText.escaped(file)):\(line)](\(target)#L\(line)) \(MarkdownText.escapedProse(message))"
      }
      return TerminalText.escaped(
        "  \(file):\(line):\(finding.location.column)  \(finding.severity.label.text(language))  \(finding.ruleID)  \(message)"
      )
    }
    let burden = burdenSection(markdown: markdown)
    // As a pull-request comment, the lists are cut between findings to fit GitHub's limit;
    // the headings, with their full counts, and the burden section are always whole.
    var budget = MarkdownBudget(
      used: output.utf8.count + burden.utf8.count + 2 * MarkdownBudget.reserve)
    func list(_ findings: [Finding]) -> String {
      if findings.isEmpty { return (markdown ? "\n" : "") + "  " + Texts.diffNone.text(language) + "\n" }
      guard markdown else { return findings.map(item).joined(separator: "\n") + "\n" }
      var text = "\n"
      var shown = 0
      for finding in findings {
        let line = item(finding) + "\n"
        guard budget.take(line) else { break }
        text += line
        shown += 1
      }
      if shown < findings.count {
        text += "- " + MarkdownBudget.more(findings.count - shown, language: language) + "\n"
      }
      return text
    }
    output += (markdown ? "### " : "") + Texts.diffNewFindings(count: appeared.count).text(language) + "\n"
    output += list(appeared)
    output +=
      "\n" + (markdown ? "### " : "")
      + Texts.diffResolvedFindings(count: disappeared.count).text(language) + "\n"
    output += list(disappeared)
    output += burden
    return output
  }

  /// The change in reporting burden per role, and its total.
  private func burdenSection(markdown: Bool) -> String {
    var output =
      "\n" + (markdown ? "### " : "") + Texts.diffBurdenHeading.text(language) + "\n" + (markdown ? "\n" : "")
    if roleChanges.isEmpty {
      output += "  " + Texts.diffBurdenUnchanged.text(language) + "\n"
    } else {
      for change in roleChanges {
        let text = sentence(change)
        output += (markdown ? "- " + MarkdownText.escaped(text) : "  " + TerminalText.escaped(text)) + "\n"
      }
      let total = Texts.diffBurdenTotal(sign: totalHours > 0 ? "+" : "", hours: totalHours)
      output += (markdown ? "\n" : "  ") + total.text(language) + "\n"
    }
    return output
  }
}
