import Foundation

/// The languages every user-facing text of tillit exists in.
public enum Language: String, Sendable, CaseIterable, Codable {
  case sv
  case en

  /// The language the environment asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG`
  /// (POSIX order of precedence). Swedish when the first set one starts with `sv`, else English.
  public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
    -> Language
  {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[name], !value.isEmpty {
        return value.lowercased().hasPrefix("sv") ? .sv : .en
      }
    }
    return .en
  }
}

/// A text in both languages. Every message a user reads is one of these, so a missing
/// translation cannot compile.
public struct LocalizedText: Sendable, Hashable, Codable {
  public var sv: String
  public var en: String

  public init(sv: String, en: String) {
    self.sv = sv
    self.en = en
  }

  public func text(_ language: Language) -> String {
    switch language {
    case .sv: return sv
    case .en: return en
    }
  }
}
