import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// GitHub Actions workflow commands, one per open finding, so each shows on the changed line:
/// `::error file=…,line=…,col=…,title=RULE::message`.
struct GitHubAnnotationsReporter {
  func write(_ report: CheckReport, to output: inout some TextOutputStream) {
    let language = report.language
    let cwd = FileManager.default.currentDirectoryPath + "/"
    for finding in report.findings where finding.waiver == nil && !finding.baselined {
      let command: String
      switch finding.severity {
      case .error: command = "error"
      case .warning: command = "warning"
      case .info: command = "notice"
      }
      let properties = [
        "file=\(property(SARIFReporter.uri(finding.location.file, relativeTo: cwd).removingPercentEncoding ?? finding.location.file))",
        "line=\(max(1, finding.location.line))", "col=\(max(1, finding.location.column))",
        "title=\(property("\(finding.ruleID) \(finding.title.text(language))"))",
      ]
      let action = finding.action.map { " (\(ActionPhrase.text($0, language: language)))" } ?? ""
      output.write(
        "::\(command) \(properties.joined(separator: ","))::\(data(finding.message.text(language) + action))\n")
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
