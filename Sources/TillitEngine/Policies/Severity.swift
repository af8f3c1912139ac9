import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// How serious a finding is: `error` a clear breach (fails CI by default), `warning` a likely
/// gap or excess, `info` a hint.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
  case info, warning, error

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  public var label: LocalizedText {
    switch self {
    case .error: return Texts.severityError
    case .warning: return Texts.severityWarning
    case .info: return Texts.severityInfo
    }
  }
}

/// The threshold for failing a run: findings at or above it give exit code 1.
public enum FailThreshold: String, Sendable, CaseIterable {
  case error, warning, info, never

  public func fails(_ severity: Severity) -> Bool {
    switch self {
    case .never: return false
    case .error: return severity >= .error
    case .warning: return severity >= .warning
    case .info: return true
    }
  }
}
