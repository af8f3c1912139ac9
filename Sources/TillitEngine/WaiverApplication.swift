import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// Applies Waiver documents to findings, in one place for every command and format.
///
/// Fails closed: a waiver past its `until`, one naming a rule or document that does not exist,
/// or one without `rule`, `target`, `reason`, `approved_by` or `until`, covers nothing and is
/// itself an error finding.
enum WaiverApplication {
  /// Marks covered findings as waived and returns the findings about waivers themselves.
  static func apply(to findings: inout [Finding], workspace: Workspace, ruleIDs: Set<String>, today: CalendarDate)
    -> [Finding]
  {
    var problems: [Finding] = []
    let documentIDs = Set(workspace.documents.map(\.id))
    // Findings by rule and document, so each waiver looks only at its own; only those of the
    // documents waivers name are indexed (an index of a million findings costs more than them).
    var targets = Set<String>()
    for document in workspace.documents where document.kind == .waiver {
      if case .waiver(let waiver) = document.content, let target = waiver.target { targets.insert(target) }
    }
    var byTarget: [String: [Int]] = [:]
    for i in findings.indices where targets.contains(findings[i].documentID) {
      byTarget["\(findings[i].ruleID)\u{1F}\(findings[i].documentID)", default: []].append(i)
    }
    let knownRules = ruleIDs.union(Engine.engineRuleIDs)
    for document in workspace.documents where document.kind == .waiver {
      guard case .waiver(let waiver) = document.content else { continue }
      func problem(
        _ rule: String, _ field: String, _ title: LocalizedText, _ message: LocalizedText, _ remedy: LocalizedText
      )
        -> Finding
      {
        Finding(
          ruleID: rule,
          shared: Finding.Shared(packID: "tillit", title: title, remediation: remedy, references: [], tags: ["waiver"]),
          severity: .error, message: message, documentKind: .waiver, documentID: document.id, path: field,
          location: document.location(of: field),
          fingerprint: Finding.fingerprint(rule: rule, kind: .waiver, document: document.id, path: field))
      }
      let missing = ["rule", "target", "reason", "approved_by", "until"].filter {
        (document.source.root[$0]?.isNull ?? true) || document.source.root[$0]?.isBlankText == true
      }
      if !missing.isEmpty {
        problems.append(
          problem(
            "TILLIT-WAIVER-INCOMPLETE", missing[0],
            LocalizedText(sv: "Ofullständigt undantag", en: "Incomplete waiver"),
            LocalizedText(
              sv: "Undantaget \(document.id) saknar \(missing.joined(separator: ", ")) och gäller därför inte.",
              en: "Waiver \(document.id) lacks \(missing.joined(separator: ", ")) and so does not apply."),
            LocalizedText(
              sv: "Ange regel, dokument, skäl, vem som beslutat och sista giltighetsdag.",
              en: "State the rule, the document, the reason, who approved it and the last day it holds.")))
        continue
      }
      guard let rule = waiver.rule, let target = waiver.target, let until = waiver.until else { continue }
      var valid = true
      if until < today {
        valid = false
        problems.append(
          problem(
            "TILLIT-WAIVER-EXPIRED", "until", LocalizedText(sv: "Undantaget har löpt ut", en: "Waiver expired"),
            LocalizedText(
              sv:
                "Undantaget \(document.id) för \(rule) på \(target) gällde till och med \(until); fyndet gäller igen.",
              en: "Waiver \(document.id) for \(rule) on \(target) held until \(until); the finding applies again."),
            LocalizedText(
              sv: "Åtgärda bristen, eller förnya undantaget med ett nytt beslut och datum.",
              en: "Remedy the gap, or renew the waiver with a new decision and date.")))
      }
      if !knownRules.contains(rule) {
        valid = false
        let hint =
          Suggestion.closest(to: rule, among: knownRules).map { (" (menade du \($0)?)", " (did you mean \($0)?)") } ?? (
            "", ""
          )
        problems.append(
          problem(
            "TILLIT-WAIVER-UNKNOWN-RULE", "rule",
            LocalizedText(sv: "Undantag för okänd regel", en: "Waiver for an unknown rule"),
            LocalizedText(
              sv: "Undantaget \(document.id) gäller regeln \(rule), som inte finns bland reglerna i bruk\(hint.0).",
              en: "Waiver \(document.id) names rule \(rule), which is not among the rules in use\(hint.1)."),
            LocalizedText(
              sv: "Rätta regelns id (tillit rules listar dem), eller ta bort undantaget.",
              en: "Correct the rule id (tillit rules lists them), or remove the waiver.")))
      }
      if !documentIDs.contains(target) {
        valid = false
        problems.append(
          problem(
            "TILLIT-WAIVER-UNKNOWN-TARGET", "target",
            LocalizedText(sv: "Undantag för okänt dokument", en: "Waiver for an unknown document"),
            LocalizedText(
              sv: "Undantaget \(document.id) gäller dokumentet \(target), som inte finns i arbetsytan.",
              en: "Waiver \(document.id) names document \(target), which is not in the workspace."),
            LocalizedText(
              sv: "Rätta dokumentets id, eller ta bort undantaget om dokumentet är borttaget.",
              en: "Correct the document id, or remove the waiver if the document is gone.")))
      }
      guard valid else { continue }
      let applied = Finding.AppliedWaiver(
        id: document.id, reason: waiver.reason, approvedBy: waiver.approvedBy, until: until, location: document.location
      )
      for i in byTarget["\(rule)\u{1F}\(target)"] ?? []
      where findings[i].waiver == nil && covers(waiver.path, findings[i].path) {
        findings[i].waiver = applied
      }
    }
    return problems
  }

  /// A waiver without a path covers the whole document; with one, that node and what is in it.
  static func covers(_ waiverPath: String?, _ findingPath: String) -> Bool {
    guard let waiverPath, !waiverPath.isEmpty else { return true }
    return findingPath == waiverPath || findingPath.hasPrefix(waiverPath + ".")
      || findingPath.hasPrefix(waiverPath + "[")
  }
}
