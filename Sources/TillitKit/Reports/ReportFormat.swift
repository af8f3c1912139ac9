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

  public func render(_ report: CheckReport, color: Bool) -> String {
    switch self {
    case .text: return TextReporter(color: color).render(report)
    case .json: return JSONReporter().render(report)
    case .sarif: return SARIFReporter().render(report)
    case .junit: return JUnitReporter().render(report)
    case .markdown: return MarkdownReporter().render(report)
    case .github: return GitHubAnnotationsReporter().render(report)
    case .html: return HTMLReporter(report: report).render()
    }
  }
}
