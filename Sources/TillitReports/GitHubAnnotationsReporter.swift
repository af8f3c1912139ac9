import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// GitHub Actions workflow commands, so findings show on the changed line:
/// `::error file=…,line=…,col=…,title=RULE::message`. GitHub shows only
/// `ReportLimits.annotationsPerKind` annotations of each kind per step, so the first of each
/// severity become annotations, every other finding a plain line of the log, and one notice
/// says how many were not annotated and where to see them.
struct GitHubAnnotationsReporter {
  func write(_ report: CheckReport, to output: inout some TextOutputStream) {
    let language = report.language
    let cwd = FileManager.default.currentDirectoryPath + "/"
    var budget: [Severity: Int] = [
      .error: ReportLimits.annotationsPerKind, .warning: ReportLimits.annotationsPerKind,
      .info: ReportLimits.annotationsPerKind,
    ]
    func unannotated() -> Int {
      Severity.allCases.reduce(0) { $0 + max(0, report.count($1) - budget[$1, default: 0]) }
    }
    // The notice about the rest is itself a notice: it takes one of that kind's places.
    if unannotated() > 0 { budget[.info, default: 0] -= 1 }
    let left = unannotated()
    for finding in report.findings where finding.waiver == nil && !finding.baselined {
      let file =
        SARIFReporter.uri(finding.location.file, relativeTo: cwd).removingPercentEncoding ?? finding.location.file
      let line = max(1, finding.location.line)
      let column = max(1, finding.location.column)
      guard budget[finding.severity, default: 0] > 0 else {
        // A plain line starts with a word, never with `::`, and holds no line break: the runner
        // cannot take it for a command.
        output.write(
          TerminalText.escaped(
            "\(finding.severity.label.text(language)): \(file):\(line):\(column): \(finding.ruleID) "
              + "\(finding.title.text(language)): \(finding.message.text(language))") + "\n")
        continue
      }
      budget[finding.severity, default: 0] -= 1
      let command: String
      switch finding.severity {
      case .error: command = "error"
      case .warning: command = "warning"
      case .info: command = "notice"
      }
      let properties = [
        "file=\(property(file))", "line=\(line)", "col=\(column)",
        "title=\(property("\(finding.ruleID) \(finding.title.text(language))"))",
      ]
      let action = finding.action.map { " (\(ActionPhrase.text($0, language: language)))" } ?? ""
      output.write(
        "::\(command) \(properties.joined(separator: ","))::\(data(finding.message.text(language) + action))\n")
    }
    if left > 0 {
      let text = Texts.annotationsLeftOut(left: left, limit: ReportLimits.annotationsPerKind)
      output.write("::notice title=tillit::\(data(text.text(language)))\n")
    }
    output.write(TextReporter(color: false).summary(report) + "\n")
  }

  /// Escaping of a command's message, as the runner expects it (`%`, CR, LF), so a value cannot
  /// end the command and start a forged one; other control characters are shown as their code,
  /// so they cannot act in the log either.
  private func data(_ text: String) -> String {
    TerminalText.escaped(text, keepingLineBreaks: true).replacingOccurrences(of: "%", with: "%25")
      .replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// Escaping of a property value: as data, and `:` and `,` too.
  private func property(_ text: String) -> String {
    data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
