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
    var output = "## tillit: " + Texts.checkMarkdownTitle(documents: report.documentCount).text(language) + "\n\n"
    if report.loadFailed {
      output =
        "## tillit: " + Texts.checkMarkdownLoadFailedTitle.text(language) + "\n\n"
        + Texts.checkMarkdownLoadFailed(problems: report.findings.count).text(language) + "\n\n"
    }
    let counts = [
      Texts.checkColumnErrors, Texts.checkColumnWarnings, Texts.checkColumnInfos, Texts.checkColumnWaived,
      Texts.checkBaselined,
    ]
    output += "| " + counts.map { $0.text(language) }.joined(separator: " | ") + " |\n"
    output += "| ---: | ---: | ---: | ---: | ---: |\n"
    output +=
      "| \(report.count(.error)) | \(report.count(.warning)) | \(report.count(.info)) | \(report.waivedCount) | \(report.baselinedCount) |\n\n"
    if let burden = report.burden {
      output +=
        Texts.checkMarkdownBurden(
          hours: burden.hours, fte: burden.fte, cost: burden.cost, excess: burden.excessHours
        ).text(language) + "\n\n"
    }
    let openCount = report.findings.reduce(0) { $0 + ($1.waiver == nil && !$1.baselined ? 1 : 0) }
    if openCount == 0 {
      output += Texts.checkMarkdownNoOpenFindings.text(language) + "\n"
      stream.write(output)
      return
    }
    let columns = [Texts.checkColumnRule, Texts.checkColumnWhere, Texts.checkColumnFinding]
    output += "| | " + columns.map { $0.text(language) }.joined(separator: " | ") + " |\n| --- | --- | --- | --- |\n"
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
        + "**\(MarkdownText.escaped(finding.title.text(language)))**: \(MarkdownText.escapedProse(finding.message.text(language)))"
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
