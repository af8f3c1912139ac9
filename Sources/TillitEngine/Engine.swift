import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// Evaluates every applicable rule of the packs in use over every document of a workspace, then
/// applies waivers, and returns the findings in a deterministic order.
///
/// Documents are independent once the workspace-wide values (`org`, `ws`, `thresholds`) are
/// built, so they are checked on every core, a run of documents at a time; each run's findings
/// are handed over under a lock, and joined in document order.
public struct Engine: Sendable {
  public var rules: [Rule]
  public var today: CalendarDate
  /// The thresholds of the packs and the configuration; each workspace's Organization adds its
  /// own on top (`thresholds(for:)`).
  public var thresholds: Thresholds
  /// The language messages are rendered in: a run reports in one, and rendering both would
  /// double the largest part of a large run's memory. Nil renders both (`tillit test`, the API).
  public var messageLanguage: Language?
  /// What each rule's findings share, made once per rule (see `Finding.Shared`).
  private let sharedByRule: [String: Finding.Shared]

  public init(
    packs: [PolicyPack], today: CalendarDate, configurationThresholds: [String: Value] = [:],
    messageLanguage: Language? = nil
  ) {
    var rules: [Rule] = []
    var seen = Set<String>()
    for pack in packs {
      // A pack named twice is used once; a rule compiled for several kinds keeps each kind.
      for rule in pack.rules where seen.insert("\(rule.id)\u{1F}\(rule.appliesTo.rawValue)").inserted {
        rules.append(rule)
      }
    }
    self.rules = rules
    self.today = today
    self.thresholds = Thresholds(packs: packs, configuration: configurationThresholds)
    self.messageLanguage = messageLanguage
    sharedByRule = Dictionary(rules.map { ($0.id, Finding.Shared($0)) }) { first, _ in first }
  }

  /// The ids of the engine's own findings, which waivers may also name.
  public static let engineRuleIDs =
    [
      "TILLIT-EVAL", "TILLIT-WAIVER-EXPIRED", "TILLIT-WAIVER-UNKNOWN-RULE", "TILLIT-WAIVER-UNKNOWN-TARGET",
      "TILLIT-WAIVER-INCOMPLETE",
    ] + ActionApplication.ruleIDs

  /// The thresholds in effect over `workspace`: the engine's, then its Organization's. What the
  /// rules see, and what reports of the same run must use.
  public func thresholds(for workspace: Workspace) -> Thresholds {
    thresholds.with(organization: workspace.organization)
  }

  public func check(_ workspace: Workspace) -> [Finding] {
    let resolved = thresholds(for: workspace)
    var prepared = WorkspaceContext(workspace, thresholds: resolved)
    // The fact layer (burden analysis, screening…) is built only when a rule reads facts.
    if rules.contains(where: \.usesFacts) {
      prepared.facts = WorkspaceFacts(workspace: workspace, thresholds: resolved)
    }
    let documents = workspace.documents
    let byKind = Dictionary(grouping: rules, by: \.appliesTo)
    // The facts each kind's rules read, worked out once for the run.
    let factsKeysByKind = byKind.mapValues(Engine.factsKeys)
    // Runs of consecutive documents: enough to keep every core busy, few enough that joining
    // them needs little more than the findings themselves.
    let runCount = min(documents.count, 64)
    var runs = [[Finding]].computedOnEveryCore(count: runCount) { [context = prepared] run in
      var found: [Finding] = []
      for i in (documents.count * run / runCount)..<(documents.count * (run + 1) / runCount) {
        let document = documents[i]
        guard let rules = byKind[document.kind], !rules.isEmpty else { continue }
        // Sorted here, on every core: documents come in file order, so the concatenation
        // below is already in report order and the serial step is only a check.
        let evaluated = evaluate(
          rules, on: document, value: DocumentValue.make(document), context: context,
          factsKeys: factsKeysByKind[document.kind])
        // Positions are sorted, not findings: sorting findings copies them around, and each
        // copy retains every text in one.
        let order = evaluated.indices.sorted { Finding.precedes(evaluated[$0], evaluated[$1]) }
        for i in order { found.append(evaluated[i]) }
      }
      // Without the growth room appends leave (up to as much again): every run is held until
      // all are joined, so the room would be held too.
      return found.count < found.capacity
        ? Array(unsafeUninitializedCapacity: found.count) { buffer, count in
          _ = buffer.initialize(from: found)
          count = found.count
        } : found
    }
    // The closure held the only other copy: the fact layer goes now, not after the join.
    prepared.facts = nil
    var findings: [Finding] = []
    // Room for the waivers' and actions' own findings too (at most three each): appending them to a
    // full array would move every finding into one twice the size, held to the end of the run.
    let waiverCount = documents.reduce(0) { $0 + ($1.kind == .waiver || $1.kind == .action ? 1 : 0) }
    findings.reserveCapacity(runs.reduce(0) { $0 + $1.count } + 3 * waiverCount)
    // Each run is released as soon as it is copied: the peak is the findings once, not twice.
    for run in runs.indices {
      findings += runs[run]
      runs[run] = []
    }
    // Actions before waivers: a waiver may accept an overdue action, as any finding.
    findings += ActionApplication.apply(
      to: &findings, workspace: workspace, ruleIDs: Set(rules.map(\.id)), today: today)
    let waiverFindings = WaiverApplication.apply(
      to: &findings, workspace: workspace, ruleIDs: Set(rules.map(\.id)), today: today)
    // By position, not by pairs of copies: a copy of a finding retains each of its texts.
    let inOrder = findings.indices.dropFirst().allSatisfy { !Finding.precedes(findings[$0], findings[$0 - 1]) }
    if !waiverFindings.isEmpty || !inOrder {
      findings += waiverFindings
      findings.sort(by: Finding.precedes)
    }
    return findings
  }

  /// The facts that `rules` read, together.
  static func factsKeys(_ rules: [Rule]) -> FactsKeys {
    rules.reduce(FactsKeys()) { $1.usesFacts ? $0.union($1.factsKeys) : $0 }
  }

  /// The findings of `rules` on one document (also used to run a rule's examples);
  /// `factsKeys`, the facts they read, when the caller has worked them out.
  func evaluate(
    _ rules: [Rule], on document: Document, value: Value, context: WorkspaceContext, factsKeys: FactsKeys? = nil
  ) -> [Finding] {
    var findings: [Finding] = []
    // The document's facts once for all its rules, only if one of them reads facts, and only
    // the facts they read.
    let facts =
      rules.contains(where: \.usesFacts)
      ? (context.facts?.value(for: document, keys: factsKeys ?? Engine.factsKeys(rules)) ?? .map(MapValue()))
      : .map(MapValue())
    // A pack's computed variables are worked out once per document for all its rules, not
    // once per rule that reads them; those that read `item` or `index` start afresh each rule.
    // The rules of one scope share an activation, made once per document: the same slots for
    // doc, org, thresholds, ws and facts, and the memo of its computed variables. Each rule
    // starts with its cost at nothing and no element, as a fresh one would.
    var activations: [ObjectIdentifier: Activation] = [:]
    for rule in rules {
      let activation: Activation
      if let shared = activations[ObjectIdentifier(rule.scope)] {
        activation = shared
        activation.cost = 0
        activation.slots[3] = .null
        activation.slots[4] = .null
        for k in rule.scope.elementDependent { activation.memo.values[k] = nil }
      } else {
        activation = Activation(
          slotCount: rule.scope.slotCount, costLimit: CompiledExpression.defaultCostLimit, today: today,
          memo: Activation.Memo(count: rule.scope.computedCount))
        activation.slots[0] = value
        activation.slots[1] = context.organization
        activation.slots[2] = context.thresholds
        activation.slots[5] = context.workspace
        activation.slots[6] = facts
        activations[ObjectIdentifier(rule.scope)] = activation
      }
      guard let forEach = rule.forEach else {
        if let finding = evaluate(rule, activation, document, basePath: { "" }) { findings.append(finding) }
        continue
      }
      // An element's path is text only when it has a finding: most elements have none.
      let each = { (element: Value, index: Int, path: () -> String) in
        for k in rule.scope.elementDependent { activation.memo.values[k] = nil }
        activation.slots[3] = element
        activation.slots[4] = .int(Int64(index))
        if let finding = self.evaluate(rule, activation, document, basePath: path) { findings.append(finding) }
      }
      if forEach.isFacts {
        Engine.forEachLocatedElement(of: facts, list: forEach.keys[1], each)
      } else {
        var indices: [Int] = []
        Engine.forEachElement(of: value, along: forEach.keys[...], indices: &indices) { element, index, indices in
          each(element, index) { Engine.path(forEach.keys, indices) }
        }
      }
    }
    return findings
  }

  /// Calls `body` with every element reached by a for_each path, its index in its own list,
  /// and the index taken in each list on the way (`Engine.path` makes them a path).
  static func forEachElement(
    of value: Value, along keys: ArraySlice<String>, indices: inout [Int], _ body: (Value, Int, [Int]) -> Void
  ) {
    guard let key = keys.first, case .map(let map) = value, case .list(let list)? = map[key] else { return }
    for (i, item) in list.items.enumerated() {
      indices.append(i)
      if keys.count == 1 {
        body(item, i, indices)
      } else {
        forEachElement(of: item, along: keys.dropFirst(), indices: &indices, body)
      }
      indices.removeLast()
    }
  }

  /// `indicators[3].decisions[0]`: the keys of a for_each path with the index taken in each.
  static func path(_ keys: [String], _ indices: [Int]) -> String {
    var path = ""
    for (key, index) in zip(keys, indices) {
      if !path.isEmpty { path += "." }
      path += "\(key)[\(index)]"
    }
    return path
  }

  /// Calls `body` with every element of a facts list, its index, and its `path`.
  static func forEachLocatedElement(of facts: Value, list key: String, _ body: (Value, Int, () -> String) -> Void) {
    guard case .map(let map) = facts, case .list(let list)? = map[key] else { return }
    for (index, element) in list.items.enumerated() {
      body(element, index) {
        if case .map(let fields) = element, case .string(let text)? = fields["path"] { return text }
        return ""
      }
    }
  }

  private func evaluate(_ rule: Rule, _ activation: Activation, _ document: Document, basePath: () -> String)
    -> Finding?
  {
    /// Made only for a finding: most evaluations find nothing.
    func target() -> String {
      let basePath = basePath()
      return rule.path.map { basePath.isEmpty ? $0 : "\(basePath).\($0)" } ?? basePath
    }
    let severity: Severity
    do {
      if let when = rule.when {
        switch try when.evaluate(in: activation) {
        case .bool(false): return nil
        case .bool(true): break
        case let other:
          throw EvaluationError(.noMatchingOverload(function: "when", types: [other.type.name]))
        }
      }
      switch try rule.assertion.evaluate(in: activation) {
      case .bool(true): return nil
      case .bool(false): break
      case let other:
        throw EvaluationError(.noMatchingOverload(function: "assert", types: [other.type.name]))
      }
      severity = try rule.findingSeverity(in: activation)
    } catch {
      let targetPath = target()
      let reason =
        (error as? EvaluationError).map { LocalizedText($0.message) }
        ?? Texts.engineUnexpectedError(description: "\(error)")
      let shared = Finding.Shared(
        packID: "tillit", title: Texts.engineRuleFailedTitle,
        remediation: Texts.engineRuleFailedRemediation(pack: rule.packID), references: [], tags: [])
      return Finding(
        ruleID: "TILLIT-EVAL", shared: shared, severity: .error,
        message: Texts.engineRuleFailedMessage(rule: rule.id, reason: reason),
        documentKind: document.kind, documentID: document.id, path: targetPath,
        location: document.location(of: targetPath),
        fingerprint: Finding.fingerprint(
          rule: "TILLIT-EVAL/\(rule.id)", kind: document.kind, document: document.id, path: targetPath))
    }
    let targetPath = target()
    var messageProblems: [String] = []
    let message: LocalizedText
    switch messageLanguage {
    case .sv?:
      // One text serves as both: the finding holds it once.
      let text = rule.message.sv.render(in: activation, failures: &messageProblems)
      message = LocalizedText(sv: text, en: text)
    case .en?:
      let text = rule.message.en.render(in: activation, failures: &messageProblems)
      message = LocalizedText(sv: text, en: text)
    case nil:
      message = LocalizedText(
        sv: rule.message.sv.render(in: activation, failures: &messageProblems),
        en: rule.message.en.render(in: activation, failures: &messageProblems))
    }
    var finding = Finding(
      ruleID: rule.id, shared: sharedByRule[rule.id] ?? Finding.Shared(rule), severity: severity,
      message: message, documentKind: document.kind, documentID: document.id, path: targetPath,
      location: document.location(of: targetPath),
      fingerprint: Finding.fingerprint(rule: rule.id, kind: document.kind, document: document.id, path: targetPath))
    finding.messageProblems = messageProblems
    return finding
  }
}

/// The values every rule sees besides its own document: `org`, `thresholds` and `ws`.
struct WorkspaceContext: Sendable {
  var organization: Value
  var thresholds: Value
  var workspace: Value
  var facts: WorkspaceFacts?

  /// `thresholds` are those in effect, the Organization's included (see `Thresholds`).
  init(_ workspace: Workspace, thresholds: Thresholds, organization: Document? = nil) {
    let organizationDocument = organization ?? workspace.documents.first { $0.kind == .organization }
    let orgValue =
      organizationDocument.map(DocumentValue.make)
      ?? DocumentValue.absent(.object(DocumentSchema.organization))
    self.organization = orgValue
    self.thresholds = thresholds.expressionValue

    // ws: what exists, by id — roles, forums, controllers, collections, follow-ups.
    func index(_ list: Value?) -> Value {
      var map = MapValue()
      if case .list(let items)? = list {
        for item in items.items {
          if case .map(let element) = item, case .string(let id)? = element["id"] { map.insert(.string(id), item) }
        }
      }
      return .map(map)
    }
    var ws = MapValue()
    if case .map(let org) = orgValue {
      ws.insert(.string("roles"), index(org["roles"]))
      ws.insert(.string("forums"), index(org["forums"]))
      ws.insert(.string("controllers"), index(org["controllers"]))
    }
    var collections = MapValue()
    var followUps = MapValue()
    // Every summary has the same keys: one array of them serves all (a large workspace has
    // tens of thousands of summaries).
    let fields = ["status", "controller", "type"]
    let summaryKeys: [Value] = ([Value.string("id"), .string("name")] + fields.map(Value.string))
    for document in workspace.documents where document.kind == .dataCollection || document.kind == .followUp {
      let root = document.source.root
      var values: [Value] = [.string(document.id), root["name"]?.text.map(Value.string) ?? .null]
      values.reserveCapacity(summaryKeys.count)
      for key in fields { values.append(root[key]?.text.map(Value.string) ?? .null) }
      let summary = MapValue(uniqueKeys: summaryKeys, values: values)
      if document.kind == .dataCollection {
        collections.insert(.string(document.id), .map(summary))
      } else {
        followUps.insert(.string(document.id), .map(summary))
      }
    }
    ws.insert(.string("collections"), .map(collections))
    ws.insert(.string("followups"), .map(followUps))
    self.workspace = .map(ws)
  }
}
