import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// A summary for pull-request comments: counts, the reporting burden, and a table of open
/// findings with links (`file#Lline`) that code hosts turn into jumps to the line.
struct MarkdownReporter {
  func write(_ report: CheckReport, to stream: inout some TextOutputStream) {
    let language = report.language
    let sv = language == .sv
    var output =
      sv
      ? "## tillit: \(report.documentCount) dokument kontrollerade\n\n"
      : "## tillit: \(report.documentCount) documents checked\n\n"
    if report.loadFailed {
      output =
        sv
        ? "## tillit: arbetsytan kunde inte läsas\n\n\(report.findings.count) problem stoppade kontrollen; inga regler kördes. Rätta dem och kör igen.\n\n"
        : "## tillit: the workspace could not be read\n\n\(report.findings.count) problem\(report.findings.count == 1 ? "" : "s") stopped the check; no rules ran. Correct them and run again.\n\n"
    }
    output +=
      "| \(sv ? "fel" : "errors") | \(sv ? "varningar" : "warnings") | info | \(sv ? "undantagna" : "waived") | \(sv ? "i baslinjen" : "baselined") |\n"
    output += "| ---: | ---: | ---: | ---: | ---: |\n"
    output +=
      "| \(report.count(.error)) | \(report.count(.warning)) | \(report.count(.info)) | \(report.waivedCount) | \(report.baselinedCount) |\n\n"
    if let burden = report.burden {
      output +=
        sv
        ? "**Rapporteringsbörda:** \(NumberFormat.hours(burden.hours, language)) timmar per år (\(NumberFormat.fte(burden.fte, language)) årsarbeten, \(NumberFormat.money(burden.cost, language)) kr), varav överskott \(NumberFormat.hours(burden.excessHours, language)) timmar.\n\n"
        : "**Reporting burden:** \(NumberFormat.hours(burden.hours, language)) hours a year (\(NumberFormat.fte(burden.fte, language)) FTE, \(NumberFormat.money(burden.cost, language)) SEK), of which \(NumberFormat.hours(burden.excessHours, language)) hours excess.\n\n"
    }
    let openCount = report.findings.reduce(0) { $0 + ($1.waiver == nil && !$1.baselined ? 1 : 0) }
    if openCount == 0 {
      output += sv ? "Inga öppna fynd. ✅\n" : "No open findings. ✅\n"
      stream.write(output)
      return
    }
    output +=
      "| | \(sv ? "Regel" : "Rule") | \(sv ? "Var" : "Where") | \(sv ? "Fynd" : "Finding") |\n| --- | --- | --- | --- |\n"
    stream.write(output)
    // The summary above is always whole; rows follow while they fit in a pull-request comment,
    // leaving room for the line that says how many did not.
    var budget = MarkdownBudget(used: output.utf8.count)
    var written = 0
    for finding in report.findings where finding.waiver == nil && !finding.baselined {
      let icon = finding.severity == .error ? "🔴" : finding.severity == .warning ? "🟡" : "🔵"
      let file = SARIFReporter.uri(finding.location.file)
      let target = file.replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
      let line = finding.location.line
      let row =
        "| \(icon) | `\(finding.ruleID)` | [\(MarkdownText.escaped(file)):\(line)](\(target)#L\(line)) | "
        + "**\(MarkdownText.escaped(finding.title.text(language)))**: \(MarkdownText.escaped(finding.message.text(language)))"
        + (finding.action.map { " _(\(MarkdownText.escaped(ActionPhrase.text($0, language: language))))_" } ?? "")
        + " |\n"
      guard budget.take(row) else { break }
      stream.write(row)
      written += 1
    }
    if written < openCount {
      stream.write("\n" + MarkdownBudget.more(openCount - written, language: language) + "\n")
    }
  }
}
