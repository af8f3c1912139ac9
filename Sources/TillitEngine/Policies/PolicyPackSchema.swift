import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// The shape of a policy pack file, validated like documents: unknown keys are errors with a
/// "did you mean", values must be of their type.
enum PolicyPackSchema {
  typealias F = ObjectShape.Field

  static let severities = Severity.allCases.map(\.rawValue)

  static let reference = ObjectShape(
    "Reference",
    [F("article", .text), F("principle", .text), F("source", .text), F("url", .text), F("title", .text)])

  static let example = ObjectShape(
    "RuleExample",
    [
      F("name", .text),
      /// The document to check, as it would be written (apiVersion, kind, id and name may be
      /// left out: they default to the rule's kind and `example`).
      F("document", .any, required: true),
      /// An Organization for rules that read it (instead of a small default one).
      F("organization", .any),
      /// Other documents the example's workspace holds (each with its `kind`), for rules that
      /// read across documents.
      F("also", .list(.any)),
      /// The findings of this rule expected on the document; empty for a passing example.
      /// `path` is empty or absent for a finding on the document itself; `severity`, when
      /// given, must be the finding's.
      F(
        "expect",
        .list(
          .object(
            ObjectShape(
              "ExpectedFinding", [F("rule", .text), F("path", .text), F("severity", .oneOf(severities))])))),
    ])

  static let rule = ObjectShape(
    "Rule",
    [
      F("id", .text, required: true),
      F("title", .localizedText, required: true),
      F("description", .localizedText),
      F("message", .localizedText, required: true),
      F("remediation", .localizedText),
      F("severity", .oneOf(severities), required: true),
      /// A finding for which `when` holds takes severity `to` instead (GDPR-XFR-004: a
      /// warning, an error in the exercise of public powers).
      F(
        "escalate",
        .object(
          ObjectShape(
            "Escalation", [F("to", .oneOf(severities), required: true), F("when", .expression, required: true)]))),
      // One kind, or a list of kinds: checked by the loader, which places each wrong one.
      F("applies_to", .any, required: true),
      F("for_each", .text),
      F("path", .text),
      F("when", .expression),
      F("assert", .expression, required: true),
      F("references", .list(.object(reference))),
      F("tags", .list(.text)),
      F("examples", .list(.object(example))),
    ])

  static let pack = ObjectShape(
    "PolicyPack",
    [
      F("apiVersion", .oneOf([DocumentKind.apiVersion]), required: true),
      F("kind", .oneOf(["PolicyPack"]), required: true),
      F("id", .documentID, required: true),
      F("version", .text),
      F("title", .localizedText, required: true),
      F("description", .localizedText),
      F("references", .list(.object(reference))),
      F("extends", .list(.text)),
      F("disable", .list(.text)),
      F("severity", .dictionary(.oneOf(severities))),
      F("thresholds", .object(ObjectShape("Thresholds", DocumentSchema.thresholdFields))),
      F(
        "variables",
        .list(
          .object(
            ObjectShape("Variable", [F("name", .text, required: true), F("expression", .expression, required: true)])))),
      F("rules", .list(.object(rule))),
    ])
}
