import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// Applies Action documents to findings, beside the waivers and in one place for every command
/// and format.
///
/// An open action marks the findings it names with who acts and by when; it accepts nothing, so
/// they still count. The engine reports an action not done past its `due`
/// (TILLIT-ACTION-OVERDUE, at `due`) and one done whose finding is still reported
/// (TILLIT-ACTION-INEFFECTIVE, at `status`). An action naming a rule or document that does not
/// exist is an error, as a waiver's is: it would otherwise seem to close a gap it cannot see.
public enum ActionApplication {
  /// The engine's own findings about actions, which waivers may also name.
  static let ruleIDs = [
    "TILLIT-ACTION-OVERDUE", "TILLIT-ACTION-INEFFECTIVE", "TILLIT-ACTION-UNKNOWN-RULE",
    "TILLIT-ACTION-UNKNOWN-TARGET", "TILLIT-ACTION-INCOMPLETE",
  ]

  /// GDPR Art. 5(2): the controller is responsible for, and must be able to show, compliance —
  /// which a decided action left undone, or done without effect, does not.
  static let accountability = Reference(article: "Art. 5(2)", principle: "Accountability")

  /// Marks the findings open actions name and returns the findings about actions themselves.
  static func apply(to findings: inout [Finding], workspace: Workspace, ruleIDs: Set<String>, today: CalendarDate)
    -> [Finding]
  {
    let actions = workspace.documents.filter { $0.kind == .action }
    guard !actions.isEmpty else { return [] }
    let index = FindingIndex(findings, actions: actions)
    let documentIDs = Set(workspace.documents.map(\.id))
    let names = WorkspaceNames(workspace)
    let knownRules = ruleIDs.union(Engine.engineRuleIDs)
    var problems: [Finding] = []
    for document in actions {
      guard case .action(let action) = document.content else { continue }
      func problem(
        _ rule: String, _ field: String, _ severity: Severity, _ title: LocalizedText, _ message: LocalizedText,
        _ remedy: LocalizedText
      ) -> Finding {
        // Overdue and ineffective actions rest on accountability (RULES.md §9.6).
        let references = severity == .warning ? [Self.accountability] : []
        return Finding(
          ruleID: rule,
          shared: Finding.Shared(
            packID: "tillit", title: title, remediation: remedy, references: references, tags: ["action"]),
          severity: severity, message: message, documentKind: .action, documentID: document.id, path: field,
          location: document.location(of: field),
          fingerprint: Finding.fingerprint(rule: rule, kind: .action, document: document.id, path: field))
      }
      let reference = action.finding ?? Action.FindingReference()
      var missing: [String] = []
      if !Self.namesAFinding(reference) { missing.append("finding") }
      if action.owner?.isEmpty ?? true { missing.append("owner") }
      if action.due == nil { missing.append("due") }
      if action.status == nil { missing.append("status") }
      guard missing.isEmpty, let owner = action.owner, let due = action.due, let status = action.status else {
        problems.append(
          problem(
            "TILLIT-ACTION-INCOMPLETE", missing[0], .error,
            Texts.actionIncompleteTitle,
            LocalizedText(
              sv: Texts.actionIncompleteMessage(action: document.id, missing: Self.codeList(missing, .sv)).sv,
              en: Texts.actionIncompleteMessage(action: document.id, missing: Self.codeList(missing, .en)).en),
            Texts.actionIncompleteRemedy))
        continue
      }
      let what = Self.describe(reference, names: names)
      var resolvable = true
      if reference.fingerprint == nil, let rule = reference.rule, !knownRules.contains(rule) {
        resolvable = false
        let message =
          Suggestion.closest(to: rule, among: knownRules).map {
            Texts.actionUnknownRuleMessageWithSuggestion(action: document.id, rule: rule, suggestion: $0)
          } ?? Texts.actionUnknownRuleMessage(action: document.id, rule: rule)
        problems.append(
          problem(
            "TILLIT-ACTION-UNKNOWN-RULE", "finding.rule", .error,
            Texts.actionUnknownRuleTitle, message, Texts.actionUnknownRuleRemedy))
      }
      if reference.fingerprint == nil, let target = reference.target, !documentIDs.contains(target) {
        resolvable = false
        problems.append(
          problem(
            "TILLIT-ACTION-UNKNOWN-TARGET", "finding.target", .error,
            Texts.actionUnknownTargetTitle, Texts.actionUnknownTargetMessage(action: document.id, target: target),
            Texts.actionUnknownTargetRemedy))
      }
      if status != .done && today > due {
        problems.append(
          problem(
            "TILLIT-ACTION-OVERDUE", "due", .warning,
            Texts.actionOverdueTitle,
            Texts.actionOverdueMessage(
              action: document.id, finding: what, due: "\(due)", status: status.label, owner: names.name(of: owner)),
            Texts.actionOverdueRemedy))
      }
      guard resolvable else { continue }
      let named = index.positions(for: reference)
      if status == .done {
        if !named.isEmpty {
          problems.append(
            problem(
              "TILLIT-ACTION-INEFFECTIVE", "status", .warning,
              Texts.actionIneffectiveTitle, Texts.actionIneffectiveMessage(action: document.id, finding: what),
              Texts.actionIneffectiveRemedy))
        }
        continue
      }
      let applied = Finding.AppliedAction(
        id: document.id, owner: owner, ownerName: names.name(of: owner), due: due, status: status,
        caseNumber: action.caseNumber, location: document.location)
      for i in named where findings[i].action.map({ $0.due > due }) ?? true {
        // Of two open actions on one finding the one due first is shown: it is the one to watch.
        findings[i].action = applied
      }
    }
    return problems
  }

  /// Every Action of `workspace` against the findings of a run over it (those `Engine.check`
  /// returned), by owner and due date.
  public static func review(_ workspace: Workspace, findings: [Finding], today: CalendarDate) -> [ActionReview] {
    let actions = workspace.documents.filter { $0.kind == .action }
    guard !actions.isEmpty else { return [] }
    // Only the findings of rules: an action naming the engine's finding about an action would
    // otherwise keep itself open.
    let index = FindingIndex(findings, actions: actions)
    let names = WorkspaceNames(workspace)
    var reviews: [ActionReview] = []
    for document in actions {
      guard case .action(let action) = document.content, let owner = action.owner, let due = action.due,
        let status = action.status
      else { continue }
      let reference = action.finding ?? Action.FindingReference()
      let count = index.positions(for: reference).count
      let state: ActionState
      if status == .done {
        state = count > 0 ? .ineffective : .readyToClose
      } else if today > due {
        state = .overdue
      } else {
        state = count > 0 ? .open : .readyToClose
      }
      reviews.append(
        ActionReview(
          id: document.id, name: action.name, owner: owner, ownerName: names.name(of: owner), due: due, status: status,
          caseNumber: action.caseNumber,
          note: action.note, reference: reference, finding: describe(reference, names: names), findingCount: count,
          state: state,
          location: document.location))
    }
    return reviews.sorted(by: ActionReview.precedes)
  }

  /// Whether the reference can name a finding: a fingerprint, or a rule and a document.
  static func namesAFinding(_ reference: Action.FindingReference) -> Bool {
    !(reference.fingerprint ?? "").isEmpty || (!(reference.rule ?? "").isEmpty && !(reference.target ?? "").isEmpty)
  }

  /// The finding an action names, for a message: `RULE på NAMN (id)` or `fyndet 0123…`; the
  /// document by its name when `names` has it.
  static func describe(_ reference: Action.FindingReference, names: WorkspaceNames? = nil) -> LocalizedText {
    if let fingerprint = reference.fingerprint { return Texts.actionFindingFingerprint(fingerprint: fingerprint) }
    let id = reference.target ?? "?"
    let target = names?.name(of: id) ?? LocalizedText(sv: id, en: id)
    if let path = reference.path {
      return Texts.actionFindingRuleAt(rule: reference.rule ?? "?", target: target, path: path)
    }
    return Texts.actionFindingRule(rule: reference.rule ?? "?", target: target)
  }

  /// Field names as code in a sentence: "`owner` och `due`".
  static func codeList(_ names: [String], _ language: Language) -> String {
    ValueWords.list(names.map { "`\($0)`" }, language)
  }

  /// The findings by rule and document and by fingerprint, indexed only for the documents and
  /// fingerprints the actions name (an index of a million findings costs more than they do).
  private struct FindingIndex {
    var byTarget: [String: [Int]] = [:]
    var byFingerprint: [String: [Int]] = [:]
    let findings: [Finding]

    init(_ findings: [Finding], actions: [Document]) {
      self.findings = findings
      var targets = Set<String>()
      var fingerprints = Set<String>()
      for document in actions {
        guard case .action(let action) = document.content, let reference = action.finding else { continue }
        if let fingerprint = reference.fingerprint { fingerprints.insert(fingerprint.lowercased()) }
        if let target = reference.target { targets.insert(target) }
      }
      for i in findings.indices where findings[i].documentKind != .action {
        if targets.contains(findings[i].documentID) {
          byTarget["\(findings[i].ruleID)\u{1F}\(findings[i].documentID)", default: []].append(i)
        }
        if !fingerprints.isEmpty {
          let fingerprint = findings[i].fingerprint
          if fingerprints.contains(fingerprint) { byFingerprint[fingerprint, default: []].append(i) }
        }
      }
    }

    func positions(for reference: Action.FindingReference) -> [Int] {
      if let fingerprint = reference.fingerprint { return byFingerprint[fingerprint.lowercased()] ?? [] }
      guard let rule = reference.rule, let target = reference.target else { return [] }
      return (byTarget["\(rule)\u{1F}\(target)"] ?? []).filter {
        WaiverApplication.covers(reference.path, findings[$0].path)
      }
    }
  }
}

extension Reference {
  /// A reference of the engine's own findings, which no pack file describes.
  fileprivate init(article: String, principle: String) {
    self.article = article
    self.principle = principle
    source = nil
    title = nil
    url = nil
  }
}
