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
            LocalizedText(sv: "Ofullständig åtgärd", en: "Incomplete action"),
            LocalizedText(
              sv: "Åtgärden \(document.id) saknar \(missing.joined(separator: ", ")) och följs därför inte upp.",
              en: "Action \(document.id) lacks \(missing.joined(separator: ", ")) and so is not followed up."),
            LocalizedText(
              sv:
                "Ange fyndet (finding.rule och finding.target, eller finding.fingerprint), vem som ansvarar, sista dag och läge.",
              en:
                "State the finding (finding.rule and finding.target, or finding.fingerprint), who is responsible, the due date and the status."
            )))
        continue
      }
      let what = Self.describe(reference)
      var resolvable = true
      if reference.fingerprint == nil, let rule = reference.rule, !knownRules.contains(rule) {
        resolvable = false
        let hint =
          Suggestion.closest(to: rule, among: knownRules).map { (" (menade du \($0)?)", " (did you mean \($0)?)") } ?? (
            "", ""
          )
        problems.append(
          problem(
            "TILLIT-ACTION-UNKNOWN-RULE", "finding.rule", .error,
            LocalizedText(sv: "Åtgärd för okänd regel", en: "Action for an unknown rule"),
            LocalizedText(
              sv: "Åtgärden \(document.id) gäller regeln \(rule), som inte finns bland reglerna i bruk\(hint.0).",
              en: "Action \(document.id) names rule \(rule), which is not among the rules in use\(hint.1)."),
            LocalizedText(
              sv: "Rätta regelns id (tillit rules listar dem), eller ta bort åtgärden.",
              en: "Correct the rule id (tillit rules lists them), or remove the action.")))
      }
      if reference.fingerprint == nil, let target = reference.target, !documentIDs.contains(target) {
        resolvable = false
        problems.append(
          problem(
            "TILLIT-ACTION-UNKNOWN-TARGET", "finding.target", .error,
            LocalizedText(sv: "Åtgärd för okänt dokument", en: "Action for an unknown document"),
            LocalizedText(
              sv: "Åtgärden \(document.id) gäller dokumentet \(target), som inte finns i arbetsytan.",
              en: "Action \(document.id) names document \(target), which is not in the workspace."),
            LocalizedText(
              sv: "Rätta dokumentets id, eller ta bort åtgärden om dokumentet är borttaget.",
              en: "Correct the document id, or remove the action if the document is gone.")))
      }
      if status != .done && today > due {
        problems.append(
          problem(
            "TILLIT-ACTION-OVERDUE", "due", .warning,
            LocalizedText(sv: "Åtgärden är försenad", en: "Action overdue"),
            LocalizedText(
              sv:
                "Åtgärden \(document.id) för \(what.sv) skulle vara genomförd senast \(due) men är \(status.label.sv); ansvarig är \(owner).",
              en:
                "Action \(document.id) for \(what.en) was due by \(due) but is \(status.label.en); \(owner) is responsible."
            ),
            LocalizedText(
              sv: "Genomför åtgärden och ange status done, eller besluta om ett nytt datum (due).",
              en: "Carry out the action and set its status to done, or decide on a new date (due).")))
      }
      guard resolvable else { continue }
      let named = index.positions(for: reference)
      if status == .done {
        if !named.isEmpty {
          problems.append(
            problem(
              "TILLIT-ACTION-INEFFECTIVE", "status", .warning,
              LocalizedText(sv: "Åtgärden är genomförd men bristen kvarstår", en: "Action done, gap remains"),
              LocalizedText(
                sv:
                  "Åtgärden \(document.id) är markerad som genomförd, men \(what.sv) rapporteras fortfarande.",
                en: "Action \(document.id) is marked done, but \(what.en) is still reported."),
              LocalizedText(
                sv:
                  "Se efter varför åtgärden inte räckte: rätta det fyndet visar, eller ange status in_progress och ett nytt datum.",
                en:
                  "Find out why the action did not suffice: remedy what the finding shows, or set its status to in_progress with a new date."
              )
            ))
        }
        continue
      }
      let applied = Finding.AppliedAction(
        id: document.id, owner: owner, due: due, status: status, caseNumber: action.caseNumber,
        location: document.location)
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
          id: document.id, name: action.name, owner: owner, due: due, status: status, caseNumber: action.caseNumber,
          note: action.note, reference: reference, finding: describe(reference), findingCount: count, state: state,
          location: document.location))
    }
    return reviews.sorted(by: ActionReview.precedes)
  }

  /// Whether the reference can name a finding: a fingerprint, or a rule and a document.
  static func namesAFinding(_ reference: Action.FindingReference) -> Bool {
    !(reference.fingerprint ?? "").isEmpty || (!(reference.rule ?? "").isEmpty && !(reference.target ?? "").isEmpty)
  }

  /// The finding an action names, for a message: `RULE på TARGET` or `fyndet 0123…`.
  static func describe(_ reference: Action.FindingReference) -> LocalizedText {
    if let fingerprint = reference.fingerprint {
      return LocalizedText(sv: "fyndet \(fingerprint)", en: "finding \(fingerprint)")
    }
    let place = reference.path.map { ".\($0)" } ?? ""
    let target = (reference.target ?? "?") + place
    return LocalizedText(sv: "\(reference.rule ?? "?") på \(target)", en: "\(reference.rule ?? "?") on \(target)")
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
