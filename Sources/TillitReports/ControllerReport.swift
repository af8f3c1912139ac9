import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// What one controller (in a municipality, a committee: a *nämnd*) needs to know, in words a
/// politician reads in five minutes: the data collections it answers for and their state, its
/// open gaps with what to do and who does it, the DPIA status of its collections, the waivers
/// on its documents, the follow-ups it owns or receives and what they cost the operations, and
/// what changed since a revision. `tillit report` renders it as HTML, Markdown or text.
///
/// The model holds facts, not sentences: the renderers choose the words of the language, so the
/// three formats cannot say different things.
public struct ControllerReport: Sendable {
  public enum Format: String, Sendable, CaseIterable {
    case html, markdown, text
  }

  /// A document as people know it: its name, with the id to find the file by.
  public struct DocumentName: Sendable, Hashable {
    public var kind: DocumentKind
    public var id: String
    public var name: String
  }

  /// Where a collection's DPIA stands, from its `dpia.status` and the screening of its facts:
  /// a DPIA the screening calls for but that is neither done nor begun is `required`, whatever
  /// the document says.
  public enum DPIAState: Sendable, Hashable {
    case done(CalendarDate?)
    case inProgress
    case required
    case notScreened
    case notRequired
    case coveredByLegislation
  }

  /// How long a collection's data is kept, as its `retention` says.
  public enum RetentionState: Sendable, Hashable {
    case dispose(after: Period?)
    case keep
    case missing
  }

  public struct Collection: Sendable {
    public var document: DocumentName
    public var status: CollectionStatus?
    public var lastReview: CalendarDate?
    /// The day the next review is due (`review.last` + `review.every`), when both are given.
    public var nextReview: CalendarDate?
    public var retention: RetentionState
    public var dpia: DPIAState
    /// How many of the screening's nine criteria hold (two or more usually call for a DPIA).
    public var screeningCriteria: Int
    public var openGaps: [Severity: Int]
  }

  /// Who should act on a gap. In order of precedence: the owner of an open Action on it, the
  /// follow-up's owner (person, else staff function), the controller itself for what it
  /// answers for as controller (a collection, a waiver on one).
  public enum Actor: Sendable, Hashable {
    case action(owner: String, due: CalendarDate?)
    case followUpOwner(person: String?, function: String?)
    case controller(name: String, contact: String?)
  }

  public struct Gap: Sendable {
    public var severity: Severity
    public var ruleID: String
    public var title: LocalizedText
    public var message: LocalizedText
    public var remediation: LocalizedText?
    public var document: DocumentName
    public var actor: Actor
  }

  public struct WaiverEntry: Sendable {
    public var id: String
    public var rule: String?
    public var ruleTitle: LocalizedText?
    public var document: DocumentName?
    public var reason: String?
    public var approvedBy: String?
    public var until: CalendarDate?
    public var expired: Bool
    /// Open findings this waiver keeps from counting today.
    public var accepted: Int
  }

  public struct FollowUpEntry: Sendable {
    public var document: DocumentName
    /// The controller's collections whose personal data the follow-up uses (`collections`).
    public var usesCollections: [String]
    /// True when results go to the controller's committee: an audience, a decision's forum or
    /// an indicator's users name it.
    public var receives: Bool
    public var owner: Actor
    public var lawRequired: Bool
    public var hours: Double
    public var fte: Double
    public var cost: Double
    public var excessHours: Double
    public var excessCost: Double
  }

  /// An indicator whose excess could be saved, for the top-savings list.
  public struct Saving: Sendable {
    public var followUp: String
    public var indicator: String
    public var excessHours: Double
    public var excessCost: Double
    public var reason: ExcessCategory?
  }

  public struct Changes: Sendable {
    public var revision: String
    public var appeared: [Gap]
    public var resolved: [Gap]
  }

  /// "Rapport till Barn- och utbildningsnämnden – …" for one committee, "… till nämnderna – …"
  /// for several: the title names whom the report is for.
  var title: LocalizedText {
    if sections.count == 1, let only = sections.first {
      return Texts.reportTitleOne(committee: only.name, organization: organizationName)
    }
    return Texts.reportTitle(organization: organizationName)
  }

  public struct Section: Sendable {
    public var id: String
    public var name: String
    public var contact: String?
    /// False for a controller id that collections name but the Organization does not list.
    public var inOrganization: Bool
    public var collections: [Collection]
    public var gaps: [Gap]
    public var waivers: [WaiverEntry]
    public var followUps: [FollowUpEntry]
    public var hours: Double
    public var fte: Double
    public var cost: Double
    public var excessHours: Double
    public var excessCost: Double
    public var savings: [Saving]
    public var changes: Changes?
  }

  /// The workspace at an earlier revision and what `tillit diff` found between it and now.
  public struct Comparison: Sendable {
    public var revision: String
    public var workspace: Workspace
    public var diff: DiffReport

    public init(revision: String, workspace: Workspace, diff: DiffReport) {
      self.revision = revision
      self.workspace = workspace
      self.diff = diff
    }
  }

  public var organizationName: String
  public var today: CalendarDate
  public var language: Language
  public var currency: String
  /// ⟨top_savings⟩: how many savings each section lists at most.
  public var topSavings: Int
  public var sections: [Section]

  /// The controller ids a report can be asked for: the Organization's, then any other that a
  /// collection names (so a misspelt controller's collections still have a home).
  public static func controllerIDs(in workspace: Workspace) -> [String] {
    var ids = workspace.organization?.controllers.map(\.id) ?? []
    let others = Set(workspace.dataCollections.compactMap(\.controller)).subtracting(ids)
    ids += others.sorted()
    return ids
  }

  /// Builds the report for `controller`, or for every controller (see `controllerIDs`).
  /// - Parameters:
  ///   - findings: the engine's findings over `workspace`, waived ones included.
  ///   - thresholds: the thresholds the rules ran with, for the burden and ⟨top_savings⟩.
  public init(
    workspace: Workspace, findings: [Finding], thresholds: Thresholds, controller: String?, language: Language,
    today: CalendarDate, since comparison: Comparison? = nil
  ) {
    let facts = WorkspaceFacts(workspace: workspace, thresholds: thresholds)
    let analysis = facts.burden
    self.organizationName = workspace.organization?.name ?? ""
    self.today = today
    self.language = language
    self.currency = analysis.currency
    self.topSavings = thresholds.topSavings
    var screenings: [String: DPIAScreening] = [:]
    for entry in facts.screenings(of: workspace) { screenings[entry.document.id] = entry.screening }
    let ids = controller.map { [$0] } ?? Self.controllerIDs(in: workspace)
    let builder = SectionBuilder(
      workspace: workspace, findings: findings, analysis: analysis, screenings: screenings, today: today,
      topSavings: thresholds.topSavings, language: language)
    sections = ids.map { id in
      var section = builder.section(for: id)
      if let comparison {
        let before = SectionBuilder(
          workspace: comparison.workspace, findings: [], analysis: nil, screenings: [:], today: today, topSavings: 0,
          language: language)
        let now = builder.documents(of: id)
        let then = before.documents(of: id)
        section.changes = Changes(
          revision: comparison.revision,
          appeared: comparison.diff.appeared.filter { now.contains(Self.key($0)) }.map(builder.gap),
          resolved: comparison.diff.disappeared.filter { then.contains(Self.key($0)) }.map(before.gap))
      }
      return section
    }
  }

  /// Gaps of one rule together, in the order each rule first appears, with each document once
  /// and how many times it has the gap: how the report lists what is only worth considering,
  /// which would otherwise repeat one title line after line.
  static func grouped(_ gaps: [Gap]) -> [(gap: Gap, documents: [(document: DocumentName, count: Int)])] {
    var order: [String] = []
    var groups: [String: (gap: Gap, documents: [(document: DocumentName, count: Int)])] = [:]
    for gap in gaps {
      if groups[gap.ruleID] == nil {
        order.append(gap.ruleID)
        groups[gap.ruleID] = (gap, [])
      }
      if let index = groups[gap.ruleID]!.documents.firstIndex(where: { $0.document == gap.document }) {
        groups[gap.ruleID]!.documents[index].count += 1
      } else {
        groups[gap.ruleID]!.documents.append((gap.document, 1))
      }
    }
    return order.map { groups[$0]! }
  }

  /// The report in `format`, in the report's language.
  public func render(_ format: Format) -> String {
    switch format {
    case .html: return ControllerReportHTML(report: self).render()
    case .markdown: return ControllerReportText(report: self, markdown: true).render()
    case .text: return ControllerReportText(report: self, markdown: false).render()
    }
  }

  static func key(_ finding: Finding) -> DocumentKey {
    DocumentKey(kind: finding.documentKind, id: finding.documentID)
  }

  struct DocumentKey: Hashable {
    var kind: DocumentKind?
    var id: String
  }

  /// What every section is built from, and the one place that decides which documents are a
  /// controller's.
  struct SectionBuilder {
    let workspace: Workspace
    let findings: [Finding]
    let analysis: BurdenAnalysis?
    let screenings: [String: DPIAScreening]
    let today: CalendarDate
    let topSavings: Int
    let language: Language

    var organization: Organization? { workspace.organization }

    func controllerName(_ id: String) -> String {
      organization?.controllers.first { $0.id == id }?.name?.text(language) ?? id
    }

    /// Forums that are the controller's committee: the forum with the controller's id, or one
    /// with the same name (forum and controller ids need not agree).
    func committeeForums(of id: String) -> Set<String> {
      var forums: Set<String> = [id]
      if let name = organization?.controllers.first(where: { $0.id == id })?.name {
        for forum in organization?.forums ?? [] {
          let sameSwedish = name.sv != nil && forum.name?.sv == name.sv
          let sameEnglish = name.en != nil && forum.name?.en == name.en
          if sameSwedish || sameEnglish { forums.insert(forum.id) }
        }
      }
      return forums
    }

    func collections(of id: String) -> [DataCollection] {
      workspace.dataCollections.filter { $0.controller == id }
    }

    /// The follow-ups that use the controller's collections or report to its committee.
    func followUps(of id: String) -> [(followUp: FollowUp, uses: [String], receives: Bool)] {
      let owned = Set(collections(of: id).map(\.id))
      let forums = committeeForums(of: id)
      return workspace.followUps.compactMap { followUp in
        let uses = followUp.collections.filter(owned.contains)
        let receives =
          followUp.audiences.contains { $0.forumOrRole.map(forums.contains) ?? false }
          || followUp.indicators.contains { indicator in
            indicator.users.contains(where: forums.contains)
              || indicator.decisions.contains { $0.forum.map(forums.contains) ?? false }
          }
        return uses.isEmpty && !receives ? nil : (followUp, uses, receives)
      }
    }

    /// The documents whose gaps are the controller's: its collections, its follow-ups, and the
    /// waivers and actions about them.
    func documents(of id: String) -> Set<DocumentKey> {
      var keys = Set(collections(of: id).map { DocumentKey(kind: .dataCollection, id: $0.id) })
      keys.formUnion(followUps(of: id).map { DocumentKey(kind: .followUp, id: $0.followUp.id) })
      let targets = Set(keys.map(\.id))
      for document in workspace.documents {
        switch document.content {
        case .waiver(let waiver) where waiver.target.map(targets.contains) ?? false:
          keys.insert(DocumentKey(kind: .waiver, id: document.id))
        case .action(let action) where action.finding?.target.map(targets.contains) ?? false:
          keys.insert(DocumentKey(kind: .action, id: document.id))
        default: break
        }
      }
      return keys
    }

    func name(kind: DocumentKind?, id: String) -> DocumentName {
      let document = kind.flatMap { workspace.document(kind: $0, id: id) }
      let name = document?.source.root["name"]?.text ?? id
      return DocumentName(kind: kind ?? document?.kind ?? .dataCollection, id: id, name: name)
    }

    func gap(_ finding: Finding) -> Gap {
      Gap(
        severity: finding.severity, ruleID: finding.ruleID, title: finding.title, message: finding.message,
        remediation: finding.remediation, document: name(kind: finding.documentKind, id: finding.documentID),
        actor: actor(for: finding))
    }

    func actor(for finding: Finding) -> Actor {
      if let action = finding.action { return .action(owner: roleName(action.owner), due: action.due) }
      switch finding.documentKind {
      case .followUp:
        if case .followUp(let followUp)? = workspace.document(kind: .followUp, id: finding.documentID)?.content {
          return .followUpOwner(person: followUp.owner?.person, function: followUp.owner?.function)
        }
      case .action:
        if case .action(let action)? = workspace.document(kind: .action, id: finding.documentID)?.content,
          let owner = action.owner
        {
          return .action(owner: roleName(owner), due: action.due)
        }
      case .dataCollection:
        if case .dataCollection(let collection)? = workspace.document(
          kind: .dataCollection, id: finding.documentID)?.content, let id = collection.controller
        {
          return controllerActor(id)
        }
      case .waiver:
        // A waiver's gap (it has run out) is for whoever answers for the document it waives.
        if case .waiver(let waiver)? = workspace.document(kind: .waiver, id: finding.documentID)?.content,
          let target = waiver.target
        {
          if case .followUp(let followUp)? = workspace.document(kind: .followUp, id: target)?.content {
            return .followUpOwner(person: followUp.owner?.person, function: followUp.owner?.function)
          }
          if case .dataCollection(let collection)? = workspace.document(kind: .dataCollection, id: target)?.content,
            let id = collection.controller
          {
            return controllerActor(id)
          }
        }
      default: break
      }
      return .followUpOwner(person: nil, function: nil)
    }

    /// An action's owner is often a role id (`hr_partner`): shown by the role's name.
    func roleName(_ owner: String) -> String {
      organization?.roles.first { $0.id == owner }?.name?.text(language) ?? owner
    }

    func controllerActor(_ id: String) -> Actor {
      .controller(
        name: controllerName(id), contact: organization?.controllers.first { $0.id == id }?.contact)
    }

    func section(for id: String) -> Section {
      let entry = organization?.controllers.first { $0.id == id }
      let keys = documents(of: id)
      let open = findings.filter { $0.waiver == nil && !$0.baselined && keys.contains(ControllerReport.key($0)) }
      // Errors first; within a severity the engine's order (file, then place in the file).
      var gaps: [Gap] = []
      for severity in Severity.allCases.sorted(by: >) {
        gaps += open.filter { $0.severity == severity }.map(gap)
      }
      let collectionEntries = collections(of: id).map { collection(of: $0, open: open) }
      let followUpList = followUps(of: id)
      var followUpEntries: [FollowUpEntry] = []
      var section = Section(
        id: id, name: entry?.name?.text(language) ?? id, contact: entry?.contact, inOrganization: entry != nil,
        collections: collectionEntries, gaps: gaps, waivers: waivers(on: keys), followUps: [], hours: 0, fte: 0,
        cost: 0, excessHours: 0, excessCost: 0, savings: [], changes: nil)
      var indicators: [BurdenAnalysis.Indicator] = []
      for (followUp, uses, receives) in followUpList {
        let process = analysis?.processes.first { $0.followUpID == followUp.id }
        followUpEntries.append(
          FollowUpEntry(
            document: name(kind: .followUp, id: followUp.id),
            usesCollections: uses.map { name(kind: .dataCollection, id: $0).name }, receives: receives,
            owner: .followUpOwner(person: followUp.owner?.person, function: followUp.owner?.function),
            lawRequired: followUp.isLawRequired, hours: process?.hours ?? 0, fte: process?.fte ?? 0,
            cost: process?.cost ?? 0, excessHours: process?.excessHours ?? 0, excessCost: process?.excessCost ?? 0))
        section.hours += process?.hours ?? 0
        section.fte += process?.fte ?? 0
        section.cost += process?.cost ?? 0
        section.excessHours += process?.excessHours ?? 0
        section.excessCost += process?.excessCost ?? 0
        indicators += process?.indicators.filter { $0.excessHours > 0 } ?? []
      }
      section.followUps = followUpEntries
      // The calculator's order for the savings list: most excess first, then ids.
      let names = Dictionary(
        followUpEntries.map { ($0.document.id, $0.document.name) }, uniquingKeysWith: { a, _ in a })
      section.savings = indicators.sorted {
        if $0.excessHours != $1.excessHours { return $0.excessHours > $1.excessHours }
        if $0.followUpID != $1.followUpID {
          return $0.followUpID.unicodeScalars.lexicographicallyPrecedes($1.followUpID.unicodeScalars)
        }
        return $0.indicatorID.unicodeScalars.lexicographicallyPrecedes($1.indicatorID.unicodeScalars)
      }.prefix(max(0, topSavings)).map {
        Saving(
          followUp: names[$0.followUpID] ?? $0.followUpID, indicator: $0.name, excessHours: $0.excessHours,
          excessCost: $0.excessCost, reason: $0.excessReason)
      }
      return section
    }

    func collection(of collection: DataCollection, open: [Finding]) -> Collection {
      var counts: [Severity: Int] = [:]
      for finding in open where finding.documentKind == .dataCollection && finding.documentID == collection.id {
        counts[finding.severity, default: 0] += 1
      }
      let retention: RetentionState
      switch collection.retention?.action {
      case .keep?: retention = .keep
      case .dispose?: retention = .dispose(after: collection.retention?.period)
      case nil: retention = collection.retention?.period.map { .dispose(after: $0) } ?? .missing
      }
      let screening = screenings[collection.id]
      let screenedRequired = screening?.result == "required"
      let dpia: DPIAState
      switch collection.dpia?.status {
      case .done?: dpia = .done(collection.dpia?.date)
      case .inProgress?: dpia = .inProgress
      case .required?: dpia = .required
      case .coveredByLegislation?: dpia = .coveredByLegislation
      case .screenedNotRequired?: dpia = screenedRequired ? .required : .notRequired
      case .notScreened?, nil: dpia = screenedRequired ? .required : .notScreened
      }
      let next: CalendarDate?
      if let last = collection.review?.last, let every = collection.review?.every {
        next = last.adding(every)
      } else {
        next = nil
      }
      return Collection(
        document: name(kind: .dataCollection, id: collection.id), status: collection.status,
        lastReview: collection.review?.last, nextReview: next, retention: retention, dpia: dpia,
        screeningCriteria: screening?.count ?? 0, openGaps: counts)
    }

    /// The Waiver documents on the controller's documents, with the findings each accepts.
    func waivers(on keys: Set<DocumentKey>) -> [WaiverEntry] {
      let targets = Set(keys.map(\.id))
      return workspace.waivers.filter { $0.target.map(targets.contains) ?? false }.map { waiver in
        let accepted = findings.filter { $0.waiver?.id == waiver.id }
        // A collection and a follow-up may share an id; the collection is named, every run alike.
        let target = waiver.target.flatMap { target in
          [DocumentKind.dataCollection, .followUp].lazy.map { DocumentKey(kind: $0, id: target) }.first(
            where: keys.contains)
        }
        let title = findings.first { $0.ruleID == waiver.rule }?.title
        return WaiverEntry(
          id: waiver.id, rule: waiver.rule, ruleTitle: title, document: target.map { name(kind: $0.kind, id: $0.id) },
          reason: waiver.reason, approvedBy: waiver.approvedBy, until: waiver.until,
          expired: waiver.until.map { $0 < today } ?? false, accepted: accepted.count)
      }
    }
  }
}
