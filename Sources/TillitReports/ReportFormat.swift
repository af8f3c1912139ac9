import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// The output formats of `tillit check`: a closed set, so a new one cannot be forgotten in any
/// switch over it.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text
  case json
  case sarif
  case junit
  case markdown
  /// GitHub Actions workflow commands (annotations).
  case github
  /// A self-contained page for people: summary, burden charts, findings, DPIA screening.
  case html

  /// The whole report as one text (tests, benchmarks, small reports).
  public func render(_ report: CheckReport, color: Bool) -> String {
    var text = ""
    write(report, color: color, to: &text)
    return text
  }

  /// Writes the report piece by piece as it is made, so a report of a million findings goes
  /// to its file without ever being held whole; the bytes are the same as `render`'s.
  public func write(_ report: CheckReport, color: Bool, to output: inout some TextOutputStream) {
    switch self {
    case .text: TextReporter(color: color).write(report, to: &output)
    case .json: JSONReporter().write(report, to: &output)
    case .sarif: SARIFReporter().write(report, to: &output)
    case .junit: JUnitReporter().write(report, to: &output)
    case .markdown: MarkdownReporter().write(report, to: &output)
    case .github: GitHubAnnotationsReporter().write(report, to: &output)
    case .html: HTMLReporter(report: report).write(to: &output)
    }
  }
}
