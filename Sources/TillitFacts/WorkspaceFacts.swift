import CEL
import TillitModel
import TillitYAML

/// The facts the Swift layer computes for rules (RULES.md §5), per document, exposed to
/// expressions as `facts`. Computed once per run; each fact is a plain value built from the
/// documents, and lists line up with the document's own (`facts.indicators[i]` is about
/// `doc.indicators[i]`), so a rule over an element can read its facts by `index`.
public struct WorkspaceFacts: Sendable {
  /// The facts lists whose elements carry a `path` into the document, so a rule can run
  /// `for_each` over them and place each finding where the problem is.
  public static func locatedLists(of kind: DocumentKind) -> [String] {
    switch kind {
    case .followUp: return ["unresolved_refs", "incomplete_groups", "law_citations"]
    case .dataCollection: return ["law_citations", "non_eea_endpoints", "unresolved_refs"]
    default: return []
    }
  }

  public let burden: BurdenAnalysis
  private let organization: Organization?
  private let roleIDs: Set<String>
  private let forumIDs: Set<String>
  /// The facts of each follow-up (the first of an id) that read its model rather than its
  /// burden, worked out where every model is decoded anyway: decoding a follow-up again for
  /// its facts cost more than these lists.
  private let followUpLists: [String: FollowUpLists]
  /// Each follow-up's and collection's document, by id (the first of an id), decoded again
  /// when its facts are asked for: holding every typed model for the whole run would cost
  /// more memory than the rest of the facts, and decoding one is cheap.
  private let documents: [Document]
  private let followUpPositions: [String: Int]
  private let processes: [String: BurdenAnalysis.Process]
  private let collectionPositions: [String: Int]
  private let collectionIDs: Set<String>
  private let usedBy: [String: [String]]
  private let registers: RegisterIndex
  private let largeScaleSubjects: Int
  private let taxonomy: Taxonomy
  private let sensitiveHolders: [String: [String]]
  private var organizationFacts: Value = .null

  /// Builds the indexes and the burden analysis; a document's own facts are worked out when
  /// asked for (`value(for:)`), on whichever thread checks that document.
  ///
  /// The two thresholds the facts read are given, not looked up: which value is in effect is
  /// the engine's decision (`Thresholds`), made once for the rules and the reports alike.
  /// - Parameters:
  ///   - topSavings: ⟨top_savings⟩, how many indicators the burden's savings list keeps.
  ///   - largeScaleSubjects: ⟨large_scale_subjects⟩, from how many subjects WP248 C5 holds.
  public init(workspace: Workspace, topSavings: Int, largeScaleSubjects: Int) {
    let organization = workspace.organization
    // Typed models of every follow-up and collection, decoded on every core, each kind into
    // an array of its own: one array of either kind would give every element the room of the
    // larger, tens of megabytes for a large workspace. Keyed by the document's id as loaded
    // (an example without an id is "example").
    let documents = workspace.documents
    let followUpPlaces = documents.indices.filter { documents[$0].kind == .followUp }
    let collectionPlaces = documents.indices.filter { documents[$0].kind == .dataCollection }
    let followUpList = [FollowUp].computedOnEveryCore(count: followUpPlaces.count) { k in
      let document = documents[followUpPlaces[k]]
      var followUp = FollowUp(document.source.root)
      followUp.id = document.id
      return followUp
    }
    let collectionList = [DataCollection].computedOnEveryCore(count: collectionPlaces.count) { k in
      let document = documents[collectionPlaces[k]]
      var collection = DataCollection(document.source.root)
      collection.id = document.id
      return collection
    }
    burden = BurdenCalculator.analyse(organization: organization, followUps: followUpList, topSavings: topSavings)
    self.organization = organization
    let roleIDs = Set((organization?.roles ?? []).map(\.id))
    let forumIDs = Set((organization?.forums ?? []).map(\.id))
    self.roleIDs = roleIDs
    self.forumIDs = forumIDs
    var followUpLists: [String: FollowUpLists] = [:]
    for followUp in followUpList where followUpLists[followUp.id] == nil {
      followUpLists[followUp.id] = FollowUpLists(followUp, roles: roleIDs, forums: forumIDs)
    }
    self.followUpLists = followUpLists
    self.documents = documents
    var followUpPositions: [String: Int] = [:]
    var collectionPositions: [String: Int] = [:]
    for i in followUpPlaces where followUpPositions[documents[i].id] == nil { followUpPositions[documents[i].id] = i }
    for i in collectionPlaces where collectionPositions[documents[i].id] == nil {
      collectionPositions[documents[i].id] = i
    }
    self.followUpPositions = followUpPositions
    self.collectionPositions = collectionPositions
    processes = Dictionary(burden.processes.map { ($0.followUpID, $0) }, uniquingKeysWith: { first, _ in first })
    collectionIDs = Set(collectionList.map(\.id))
    var usedBy: [String: [String]] = [:]
    for followUp in followUpList {
      for id in Set(followUp.collections) { usedBy[id, default: []].append(followUp.id) }
    }
    self.usedBy = usedBy
    registers = RegisterIndex(collectionList)
    let taxonomy = Taxonomy.builtIn.extended(with: workspace.documents.first { $0.kind == .organization }?.source.root)
    self.taxonomy = taxonomy
    // Which collections hold each sensitive or identifying category about each kind of subject.
    var holders: [String: [String]] = [:]
    for collection in collectionList where collection.status != .retired {
      let subjects = Set(collection.dataSubjects.compactMap(\.category))
      let categories = Set(
        collection.fields.compactMap(\.category).filter {
          let flags = taxonomy.flags(ofCategory: $0)
          return flags.special != nil || flags.criminal || flags.nationalID
        })
      for subject in subjects {
        for category in categories { holders["\(subject)\u{1F}\(category)", default: []].append(collection.id) }
      }
    }
    // Sorted once here, so each collection takes the first few without sorting thousands.
    sensitiveHolders = holders.mapValues { $0.sorted() }
    self.largeScaleSubjects = largeScaleSubjects

    var roleBurden = MapValue()
    for role in burden.roles {
      let year = burden.calendar.year(of: role.role)
      roleBurden.insert(
        .string(role.role),
        .object([
          "months": .list(ListValue((year?.hours ?? Array(repeating: 0, count: 12)).map(Value.double))),
          "month_average": .double(year?.average ?? 0), "peak": BurdenCalendar.peakFact(year),
          "hours": .double(role.hours), "per_head": .double(role.hoursPerHead),
          "share_of_time": .double(role.shareOfTime), "heaviest_group_share": .double(role.heaviestGroupShare),
          "fte": .double(role.fte), "cost": .double(role.cost), "excess_hours": .double(role.excessHours),
          "budget": role.budget.map(Value.double) ?? .null, "hours_over_budget": .double(role.hoursOverBudget),
        ]))
    }
    let usesAdequacy = collectionList.contains {
      $0.transfers.contains { $0.mechanism == .adequacy || $0.mechanism == .dpf }
    }
    organizationFacts = .object([
      "role_burden": .map(roleBurden), "uses_adequacy": .bool(usesAdequacy),
      "burden": .object([
        "hours": .double(burden.totals.hours), "cost": .double(burden.totals.cost), "fte": .double(burden.totals.fte),
        "excess_hours": .double(burden.totals.excessHours),
      ]),
    ])
  }

  /// `facts` for a document: the Organization's, a follow-up's or a collection's; an empty
  /// map for kinds without facts. Only `keys` are built (the facts the document's rules read);
  /// the Organization's are built once for the run and given whole.
  public func value(for document: Document, keys: FactsKeys = .all) -> Value {
    switch document.kind {
    case .organization: return organizationFacts
    case .followUp:
      guard followUpPositions[document.id] != nil, let process = processes[document.id],
        let lists = followUpLists[document.id]
      else { break }
      return WorkspaceFacts.followUpFacts(process, lists, keys: keys)
    case .dataCollection:
      guard let position = collectionPositions[document.id],
        case .dataCollection(var collection) = documents[position].content
      else { break }
      collection.id = document.id
      return CollectionFacts.make(
        collection, organization: organization, collectionIDs: collectionIDs, registers: registers,
        largeScaleSubjects: largeScaleSubjects, usedBy: usedBy[collection.id] ?? [], taxonomy: taxonomy,
        sensitiveHolders: sensitiveHolders, keys: keys)
    case .waiver, .action: break
    }
    return .map(MapValue())
  }

  /// The DPIA screening of every collection (for reports), in workspace order.
  public func screenings(of workspace: Workspace) -> [(document: Document, screening: DPIAScreening)] {
    workspace.documents.filter { $0.kind == .dataCollection }.compactMap { document in
      guard case .map(let facts) = value(for: document, keys: FactsKeys(only: ["screening"])),
        case .map(let screening)? = facts["screening"],
        case .map(let criteria)? = screening["criteria"]
      else { return nil }
      let list = (1...9).map { i -> DPIAScreening.Criterion in
        let id = "C\(i)"
        guard case .map(let entry)? = criteria[id] else {
          return DPIAScreening.Criterion(id: id, holds: false, reasons: [])
        }
        let reasons: [String]
        if case .list(let items)? = entry["reasons"] {
          reasons = items.items.compactMap(\.stringValue)
        } else {
          reasons = []
        }
        return DPIAScreening.Criterion(id: id, holds: entry["holds"]?.boolValue ?? false, reasons: reasons)
      }
      var triggers: [String] = []
      if case .list(let items)? = screening["triggers"] { triggers = items.items.compactMap(\.stringValue) }
      var count = 0
      if case .int(let n)? = screening["count"] { count = Int(n) }
      return (
        document,
        DPIAScreening(
          criteria: list, count: count, triggers: triggers, result: screening["result"]?.stringValue ?? "",
          basis: screening["basis"]?.stringValue)
      )
    }
  }

  static func categories(_ map: [ExcessCategory: Double]) -> Value {
    var result = MapValue()
    for category in ExcessCategory.allCases { result.insert(.string(category.rawValue), .double(map[category] ?? 0)) }
    return .map(result)
  }

  static func followUpFacts(_ process: BurdenAnalysis.Process, _ lists: FollowUpLists, keys: FactsKeys = .all)
    -> Value
  {
    var object = FactsObject(keys: keys)
    object.add("burden", burdenFacts(process))
    object.add("groups", groupFacts(process))
    object.add("indicators", indicatorFacts(process))
    object.add("unresolved_refs", lists.unresolvedReferences)
    object.add("incomplete_groups", lists.incompleteGroups)
    object.add("law_citations", lists.lawCitations)
    return object.value
  }

  /// The facts of a follow-up that read its model (see `followUpLists`).
  struct FollowUpLists: Sendable {
    var unresolvedReferences: Value
    var incompleteGroups: Value
    var lawCitations: Value

    init(_ followUp: FollowUp, roles: Set<String>, forums: Set<String>) {
      unresolvedReferences = WorkspaceFacts.unresolvedReferences(followUp, roles: roles, forums: forums)
      incompleteGroups = WorkspaceFacts.incompleteGroups(followUp)
      // The statute a law-required follow-up rests on (`purpose.law`), for SE-LAW-002.
      lawCitations = .list(
        (followUp.purpose?.law).flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }.map {
          [.object(["path": .string("purpose.law"), "text": .string($0)])]
        } ?? [])
    }
  }

  // The facts objects below are written with their keys in sorted order: `Value.object` sorts
  // them, and comparing long keys out of order was most of the cost of building one.

  private static func burdenFacts(_ process: BurdenAnalysis.Process) -> Value {
    Value.object([
      "cost": .double(process.cost), "excess_by_category": categories(process.excessByCategory),
      "excess_hours": .double(process.excessHours), "excess_share": .double(process.excessShare),
      "fte": .double(process.fte), "gross_hours": .double(process.grossHours), "hours": .double(process.hours),
      "law_required": .bool(process.lawRequired), "overhead_hours": .double(process.overheadHours),
    ])
  }

  private static func groupFacts(_ process: BurdenAnalysis.Process) -> Value {
    Value.list(
      process.groups.map { group in
        Value.object([
          "computable": .bool(group.computable), "cost": .double(group.cost), "count": .double(group.count),
          "explicit_minutes": .double(group.explicitMinutes), "frontline": .bool(group.frontline),
          "fte": .double(group.fte), "gross_hours": .double(group.grossHours), "hours": .double(group.hours),
          "hours_per_respondent": .double(group.hoursPerRespondent), "role": .string(group.role),
        ])
      })
  }

  private static func indicatorFacts(_ process: BurdenAnalysis.Process) -> Value {
    Value.list(
      process.indicators.map { indicator in
        Value.object([
          "duplicate_of": indicator.duplicateOf.map {
            .object([
              "followup": .string($0.followUp),
              "function": indicator.duplicateOfFunction.map(Value.string) ?? .null,
              "indicator": .string($0.indicator),
            ])
          } ?? .null,
          "effort": .bool(indicator.effort),
          "excess": .object([
            "available": .double(indicator.excess.available), "duplicate": .double(indicator.excess.duplicate),
            "over_frequent": .double(indicator.excess.overFrequent), "unused": .double(indicator.excess.unused),
          ]),
          "excess_fraction": .double(indicator.excessFraction),
          "excess_hours": .double(indicator.excessHours),
          "excess_reason": indicator.excessReason.map { .string($0.rawValue) } ?? .null,
          "f_collect": .double(indicator.collectPerYear),
          "f_decision": indicator.decisionPerYear.map(Value.double) ?? .null,
          "hours": .double(indicator.hours), "identity": .string(indicator.identity),
          "more_overlaps": .bool(indicator.moreOverlaps),
          "overlaps": .list(
            indicator.overlaps.map {
              .object(["followup": .string($0.followUp), "indicator": .string($0.indicator)])
            }),
          "slowest_decision_days": indicator.slowestDecisionDays.map(Value.double) ?? .null,
        ])
      })
  }

  private static func unresolvedReferences(_ followUp: FollowUp, roles: Set<String>, forums: Set<String>) -> Value {
    var unresolved: [Value] = []
    func reference(_ path: String, _ id: String) {
      unresolved.append(.object(["path": .string(path), "id": .string(id)]))
    }
    for (i, indicator) in followUp.indicators.enumerated() {
      for (j, user) in indicator.users.enumerated() where !roles.contains(user) && !forums.contains(user) {
        reference("indicators[\(i)].users[\(j)]", user)
      }
      for (j, decision) in indicator.decisions.enumerated() {
        if let forum = decision.forum, !forums.contains(forum) {
          reference("indicators[\(i)].decisions[\(j)].forum", forum)
        }
      }
    }
    for (i, audience) in followUp.audiences.enumerated() {
      if let target = audience.forumOrRole, target != "citizens", !roles.contains(target), !forums.contains(target) {
        reference("audiences[\(i)].forum_or_role", target)
      }
    }
    for (j, role) in (followUp.feedback?.arena?.participants ?? []).enumerated() where !roles.contains(role) {
      reference("feedback.arena.participants[\(j)]", role)
    }
    return .list(unresolved)
  }

  private static func incompleteGroups(_ followUp: FollowUp) -> Value {
    // Why the burden cannot be computed (BUR-00): no respondents at all, at `respondents`, or
    // each group that lacks its minutes or frequency, at the group (RULES.md §9.3).
    var incomplete: [Value] = []
    if followUp.respondents.isEmpty {
      incomplete.append(.object(["path": .string("respondents"), "role": .null, "missing": .list([])]))
    }
    for (i, group) in followUp.respondents.enumerated() {
      var missing: [Value] = []
      if group.minutesPerResponse == nil { missing.append(.string("minutes_per_response")) }
      if group.frequency == nil { missing.append(.string("frequency")) }
      guard !missing.isEmpty else { continue }
      incomplete.append(
        .object([
          "path": .string("respondents[\(i)]"), "role": group.role.map(Value.string) ?? .null,
          "missing": .list(missing),
        ]))
    }
    return .list(incomplete)
  }
}

extension Value {
  /// A map from string keys, sorted by key (for determinism).
  ///
  /// Takes the literal's pairs as written rather than a dictionary: the facts of every
  /// document are built from such literals, and hashing each key into a dictionary only to
  /// sort the keys again, then inserting them one lookup at a time, was most of their cost.
  static func object(_ entries: KeyValuePairs<String, Value>) -> Value {
    .map(MapValue(sortingStringKeys: entries))
  }
}
