import CEL
import TillitModel
import TillitYAML

extension Finding {
  /// The rule id of a problem that stopped the workspace from being read.
  public static let loadFailureRuleID = "TILLIT-LOAD"

  /// A problem that stopped loading (YAML syntax, an invalid document, a pack or `tillit.yaml`)
  /// as a finding of the engine, so that the reports CI reads (SARIF, JUnit, Markdown, JSON)
  /// show it at its place instead of being left unwritten.
  public static func loadFailure(_ diagnostic: Diagnostic) -> Finding {
    let location = diagnostic.location ?? SourceLocation(file: "", line: 0, column: 0)
    let severity: Severity
    switch diagnostic.severity {
    case .error: severity = .error
    case .warning: severity = .warning
    case .note: severity = .info
    }
    return Finding(
      ruleID: loadFailureRuleID,
      shared: Shared(
        packID: "tillit",
        title: Texts.loadFailureTitle,
        remediation: Texts.loadFailureRemedy,
        references: [], tags: ["tillit"]),
      severity: severity, message: diagnostic.message, documentKind: nil, documentID: location.file, path: "",
      location: location,
      fingerprint: fingerprint(
        rule: loadFailureRuleID, kind: nil, document: location.file,
        path: "\(location.line):\(location.column):\(diagnostic.message.en)"))
  }
}
