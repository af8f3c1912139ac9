import CEL

extension Rule {
  /// A severity that depends on the case: the rule's findings are of `severity` (the rule's
  /// own) unless `when` holds for the element, and then of this one. The law sometimes draws
  /// the line inside one rule: Art. 49(3) closes some derogations only to the exercise of
  /// public powers, so GDPR-XFR-004 is an error there and a warning elsewhere, under one id.
  public struct Escalation: Sendable {
    public let severity: Severity
    let when: CompiledExpression
    public let whenSource: String
  }

  /// The severity of a finding the rule has just made in `activation`: the escalation's when
  /// its condition holds, else the rule's own. A condition that is not a boolean is an
  /// evaluation error, reported like one in `when` or `assert`.
  func findingSeverity(in activation: Activation) throws -> Severity {
    guard let escalation else { return severity }
    switch try escalation.when.evaluate(in: activation) {
    case .bool(true): return escalation.severity
    case .bool(false): return severity
    case let other:
      throw EvaluationError(.noMatchingOverload(function: "escalate.when", types: [other.type.name]))
    }
  }
}
