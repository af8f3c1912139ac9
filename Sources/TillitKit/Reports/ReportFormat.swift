/// The output formats of `tillit check`: a closed set, so a new one cannot be forgotten in any
/// switch over it.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text
  case json

  public func render(_ report: CheckReport, color: Bool) -> String {
    switch self {
    case .text: return TextReporter(color: color).render(report)
    case .json: return JSONReporter().render(report)
    }
  }
}
