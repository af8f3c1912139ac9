import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// Findings for people at a terminal: grouped by file, one line each with place, severity,
/// rule and message, then a summary line. Colour only when asked (a terminal without NO_COLOR).
struct TextReporter {
  var color: Bool

  func write(_ report: CheckReport, to output: inout some TextOutputStream) {
    let language = report.language
    let findings = report.findings
    // Rendered on every core a slice at a time; a slice starts from the file of the finding
    // before it, so file headings fall where one writer would put them.
    OrderedSlices.write(count: findings.count, to: &output) { [self] range, text in
      var currentFile = range.lowerBound > 0 ? findings[range.lowerBound - 1].location.file : nil
      for i in range { line(findings[i], language: language, after: &currentFile, to: &text) }
    }
    if !report.findings.isEmpty { output.write("\n") }
    for action in report.readyToClose {
      output.write(dim(TerminalText.escaped(ActionPhrase.readyToClose(action, language: language))) + "\n")
    }
    output.write(summary(report) + "\n")
  }

  /// One finding's line, after its file's heading when the file differs from `currentFile`.
  private func line(
    _ finding: Finding, language: Language, after currentFile: inout String?, to output: inout ReportBytes
  ) {
    if finding.location.file != currentFile {
      if currentFile != nil { output.write("\n") }
      currentFile = finding.location.file
      output.write(bold(TerminalText.escaped(finding.location.file)) + "\n")
    }
    let place = "\(finding.location.line):\(finding.location.column)"
    let severity = finding.severity.label.text(language)
    var line = "  " + padded(place, to: 7) + " "
    line += paint(finding.severity, padded(severity, to: 8))
    line += " " + TerminalText.escaped(finding.ruleID) + "  "
    if let waiver = finding.waiver {
      let id = TerminalText.escaped(waiver.id)
      let words =
        waiver.until.map { Texts.checkWaivedUntil(waiver: id, date: $0.description) } ?? Texts.checkWaived(waiver: id)
      line += dim("[" + words.text(language) + "] ")
    } else if finding.baselined {
      line += dim("[" + Texts.checkBaselined.text(language) + "] ")
    }
    if let action = finding.action {
      line += dim("[" + TerminalText.escaped(ActionPhrase.text(action, language: language)) + "] ")
    }
    line += TerminalText.escaped(finding.title.text(language) + ": " + finding.message.text(language))
    output.write(line + "\n")
  }

  /// The text, then spaces up to `width` characters (never cut).
  private func padded(_ text: String, to width: Int) -> String {
    let count = text.count
    return count >= width ? text : text + String(repeating: " ", count: width - count)
  }

  func summary(_ report: CheckReport) -> String {
    let e = report.count(.error)
    let w = report.count(.warning)
    let i = report.count(.info)
    let waived = report.waivedCount
    let baselined = report.baselinedCount
    let documents = report.documentCount
    if report.loadFailed {
      return Texts.checkLoadFailed(problems: report.findings.count).text(report.language)
    }
    // Findings in the baseline are named only when there are some: most runs have no baseline.
    let text =
      baselined > 0
      ? Texts.checkSummaryWithBaselined(
        documents: documents, errors: e, warnings: w, infos: i, waived: waived, baselined: baselined)
      : Texts.checkSummary(documents: documents, errors: e, warnings: w, infos: i, waived: waived)
    return text.text(report.language)
  }

  private func paint(_ severity: Severity, _ text: String) -> String {
    guard color else { return text }
    let code: String
    switch severity {
    case .error: code = "31"
    case .warning: code = "33"
    case .info: code = "36"
    }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }

  private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
  private func dim(_ text: String) -> String { color ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
