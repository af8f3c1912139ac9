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
    let names = WorkspaceNames(workspace)
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
            Texts.waiverIncompleteTitle,
            LocalizedText(
              sv: Texts.waiverIncompleteMessage(
                waiver: document.id, missing: ActionApplication.codeList(missing, .sv)
              ).sv,
              en: Texts.waiverIncompleteMessage(
                waiver: document.id, missing: ActionApplication.codeList(missing, .en)
              ).en),
            Texts.waiverIncompleteRemedy))
        continue
      }
      guard let rule = waiver.rule, let target = waiver.target, let until = waiver.until else { continue }
      var valid = true
      if until < today {
        valid = false
        problems.append(
          problem(
            "TILLIT-WAIVER-EXPIRED", "until", Texts.waiverExpiredTitle,
            Texts.waiverExpiredMessage(
              waiver: document.id, rule: rule, target: names.name(of: target), until: "\(until)"),
            Texts.waiverExpiredRemedy))
      }
      if !knownRules.contains(rule) {
        valid = false
        let message =
          Suggestion.closest(to: rule, among: knownRules).map {
            Texts.waiverUnknownRuleMessageWithSuggestion(waiver: document.id, rule: rule, suggestion: $0)
          } ?? Texts.waiverUnknownRuleMessage(waiver: document.id, rule: rule)
        problems.append(
          problem(
            "TILLIT-WAIVER-UNKNOWN-RULE", "rule", Texts.waiverUnknownRuleTitle, message, Texts.waiverUnknownRuleRemedy))
      }
      if !documentIDs.contains(target) {
        valid = false
        problems.append(
          problem(
            "TILLIT-WAIVER-UNKNOWN-TARGET", "target",
            Texts.waiverUnknownTargetTitle, Texts.waiverUnknownTargetMessage(waiver: document.id, target: target),
            Texts.waiverUnknownTargetRemedy))
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
