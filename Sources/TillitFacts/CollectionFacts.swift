import CEL
import TillitModel
import TillitYAML

/// Facts about one DataCollection: taxonomy flags, the Art. 9 categories present, the number
/// of data subjects, DPIA screening (RULES.md §4), third-country endpoints, the retention
/// entry, overlap with registers, and references that do not resolve.
/// The DPIA screening of one collection (RULES.md §4): the nine WP248 criteria with the
/// paths that made each true, the Art. 35(3) triggers, and the result.
public struct DPIAScreening: Sendable {
  public struct Criterion: Sendable {
    public var id: String
    public var holds: Bool
    public var reasons: [String]
  }

  public var criteria: [Criterion]
  public var count: Int
  public var triggers: [String]
  /// `required`, `recommended`, `not_indicated` or `covered`.
  public var result: String
  /// `art35_3` or `imy_list` when required.
  public var basis: String?

  /// The WP248 names of the criteria, for reports.
  public static let names: [String: LocalizedText] = [
    "C1": Texts.dpiaCriterionC1,
    "C2": Texts.dpiaCriterionC2,
    "C3": Texts.dpiaCriterionC3,
    "C4": Texts.dpiaCriterionC4,
    "C5": Texts.dpiaCriterionC5,
    "C6": Texts.dpiaCriterionC6,
    "C7": Texts.dpiaCriterionC7,
    "C8": Texts.dpiaCriterionC8,
    "C9": Texts.dpiaCriterionC9,
  ]
}

enum CollectionFacts {
  /// How many other collections `same_data_elsewhere` lists per field (then `more`): a
  /// personnummer held by thousands of registers would otherwise cost quadratic time.
  static let maximumListed = 10

  static func make(
    _ collection: DataCollection, organization: Organization?, collectionIDs: Set<String>,
    registers: RegisterIndex, largeScaleSubjects: Int, usedBy: [String], taxonomy: Taxonomy = .builtIn,
    sensitiveHolders: [String: [String]] = [:], keys: FactsKeys = .all
  ) -> Value {
    let fieldFlags = collection.fields.map { taxonomy.flags(ofCategory: $0.category ?? "") }
    let subjectFlags = collection.dataSubjects.map { taxonomy.flags(ofSubject: $0.category ?? "") }
    let specialPresent = Array(Set(fieldFlags.compactMap(\.special))).sorted()
    let subjectsTotal = collection.dataSubjects.reduce(0) { $0 + ($1.estimatedCount ?? 0) }
    let anySpecial = fieldFlags.contains { $0.special != nil }
    let anyCriminal = fieldFlags.contains { $0.criminal }

    // Only the facts the rules read are built (`keys`); the rest cost nothing.
    let subjects = Set(collection.dataSubjects.compactMap(\.category))
    func screening() -> Value {
      // DPIA screening: each criterion with the paths that make it true.
      var criteria: [String: (holds: Bool, reasons: [String])] = [:]
      func criterion(_ id: String, _ reasons: [String]) { criteria[id] = (!reasons.isEmpty, reasons) }
      let processing = collection.processing
      let decisions = collection.automatedDecisions
      criterion(
        "C1",
        (processing?.evaluationScoring == true ? ["processing.evaluation_scoring"] : [])
          + (decisions?.profiling == true ? ["automated_decisions.profiling"] : []))
      criterion(
        "C2",
        decisions?.exists == true && ["legal", "similarly_significant"].contains(decisions?.effect ?? "")
          ? ["automated_decisions.effect"] : [])
      criterion("C3", processing?.systematicMonitoring == true ? ["processing.systematic_monitoring"] : [])
      criterion(
        "C4",
        fieldFlags.enumerated().filter { $0.element.special != nil || $0.element.criminal || $0.element.highlyPersonal }
          .map { "fields[\($0.offset)].category" })
      if let explicit = processing?.largeScale {
        criterion("C5", explicit ? ["processing.large_scale"] : [])
      } else {
        criterion("C5", subjectsTotal >= largeScaleSubjects ? ["data_subjects[*].estimated_count"] : [])
      }
      let derived = Set(collection.purposes.flatMap(\.derivedFrom))
      criterion(
        "C6",
        (processing?.combines.isEmpty == false ? ["processing.combines"] : [])
          + (derived.count >= 2 ? ["purposes[*].derived_from"] : []))
      criterion(
        "C7",
        collection.dataSubjects.enumerated().filter {
          subjectFlags[$0.offset].vulnerable || ($0.element.minAge ?? 99) < 18
        }
        .map { "data_subjects[\($0.offset)]" })
      criterion(
        "C8",
        (processing?.innovativeTechnology.map { !$0.allSatisfy(\.isWhitespace) } ?? false)
          ? ["processing.innovative_technology"] : [])
      criterion("C9", processing?.preventsRightOrService == true ? ["processing.prevents_right_or_service"] : [])
      for override in collection.dpia?.screeningOverrides ?? [] {
        guard let id = override.criterion, let value = override.value else { continue }
        criteria[id] = (value, ["dpia.screening_overrides (\(override.motivation ?? ""))"])
      }
      let holds: (String) -> Bool = { criteria[$0]?.holds ?? false }
      var triggers: [String] = []
      if holds("C1") && holds("C2") { triggers.append("T_a") }
      if holds("C5") && (anySpecial || anyCriminal) { triggers.append("T_b") }
      if holds("C3") && holds("C5") && processing?.publiclyAccessibleArea == true { triggers.append("T_c") }
      let count = (1...9).filter { holds("C\($0)") }.count
      let (result, basis): (String, String?)
      if collection.dpia?.status == .coveredByLegislation {
        (result, basis) = ("covered", nil)
      } else if !triggers.isEmpty {
        (result, basis) = ("required", "art35_3")
      } else if count >= 2 {
        (result, basis) = ("required", "imy_list")
      } else if count == 1 {
        (result, basis) = ("recommended", nil)
      } else {
        (result, basis) = ("not_indicated", nil)
      }
      var criteriaMap = MapValue()
      for id in (1...9).map({ "C\($0)" }) {
        let entry = criteria[id] ?? (false, [])
        criteriaMap.insert(
          .string(id), .object(["holds": .bool(entry.holds), "reasons": .list(entry.reasons.map(Value.string))]))
      }
      return .object([
        "criteria": .map(criteriaMap), "count": .int(Int64(count)), "triggers": .list(triggers.map(Value.string)),
        "result": .string(result), "basis": basis.map(Value.string) ?? .null,
      ])
    }
    func nonEEAEndpoints() -> Value {
      // Endpoints outside the EEA and whether a transfer entry with a mechanism covers each.
      // `path` is where to fix it: the endpoint, or its transfer entry that names no mechanism.
      var endpoints: [Value] = []
      func endpoint(_ path: String, _ kind: String, _ country: String?, _ recipient: String?) {
        guard let country, !EEA.countries.contains(country) else { return }
        let entry = collection.transfers.indices.first { j in
          collection.transfers[j].country == country
            && (recipient == nil || collection.transfers[j].recipient == recipient)
        }
        let hasMechanism = entry.map { collection.transfers[$0].mechanism != nil } ?? false
        let covered = entry != nil && hasMechanism
        let path = entry.map { hasMechanism ? path : "transfers[\($0)].mechanism" } ?? path
        endpoints.append(
          .object([
            "path": .string(path), "kind": .string(kind), "country": .string(country),
            "recipient": recipient.map(Value.string) ?? .null, "covered": .bool(covered),
          ]))
      }
      for (i, recipient) in collection.recipients.enumerated() {
        endpoint("recipients[\(i)].country", "recipient", recipient.country, recipient.id)
        for (j, sub) in recipient.subProcessors.enumerated() {
          endpoint("recipients[\(i)].sub_processors[\(j)].country", "sub_processor", sub.country, recipient.id)
        }
      }
      endpoint("security.hosting.country", "hosting", collection.security?.hosting?.country, nil)
      return .list(endpoints)
    }
    func retentionPlanEntry() -> Value {
      // The retention-plan entry named by retention.plan_entry.
      var retentionEntry = Value.null
      if let reference = collection.retention?.planEntry {
        let parts = reference.split(separator: "/", maxSplits: 1).map(String.init)
        if parts.count == 2, let plan = organization?.retentionPlans.first(where: { $0.id == parts[0] }),
          let entry = plan.entries.first(where: { $0.id == parts[1] })
        {
          retentionEntry = .object([
            "plan": .string(plan.id), "entry": .string(entry.id),
            "controller": plan.controller.map(Value.string) ?? .null,
            "action": entry.action.map(Value.string) ?? .null, "period": entry.period.map(Value.period) ?? .null,
          ])
        }
      }
      return retentionEntry
    }
    func registerOverlap() -> Value {
      // Fields asked of the data subjects that a register of the same controller already holds
      // about the same kind of subjects.
      return .list(
        collection.fields.filter { field in
          field.source == .dataSubject
            && registers.holds(
              category: field.category ?? "", controller: collection.controller ?? "", subjects: subjects,
              except: collection.id)
        }.map { Value.string($0.id) })
    }
    func unresolvedRefs() -> Value {
      // References inside the collection or to other collections that resolve to nothing.
      var unresolved: [Value] = []
      func reference(_ path: String, _ id: String) {
        unresolved.append(.object(["path": .string(path), "id": .string(id)]))
      }
      let purposeIDs = Set(collection.purposes.map(\.id))
      let recipientIDs = Set(collection.recipients.map(\.id))
      for (i, field) in collection.fields.enumerated() {
        for (j, purpose) in field.purposes.enumerated() where !purposeIDs.contains(purpose) {
          reference("fields[\(i)].purposes[\(j)]", purpose)
        }
      }
      for (i, transfer) in collection.transfers.enumerated() {
        if let recipient = transfer.recipient, !recipientIDs.contains(recipient) {
          reference("transfers[\(i)].recipient", recipient)
        }
      }
      for (i, purpose) in collection.purposes.enumerated() {
        for (j, id) in purpose.derivedFrom.enumerated() where !collectionIDs.contains(id) {
          reference("purposes[\(i)].derived_from[\(j)]", id)
        }
      }
      for (i, id) in (collection.processing?.combines ?? []).enumerated() where !collectionIDs.contains(id) {
        reference("processing.combines[\(i)]", id)
      }
      return .list(unresolved)
    }
    func sameDataElsewhere() -> Value {
      // The same sensitive or identifying data about the same kind of subjects, held elsewhere.
      var elsewhere: [Value] = []
      for (i, field) in collection.fields.enumerated() {
        let flags = fieldFlags[i]
        guard flags.special != nil || flags.criminal || flags.nationalID, let category = field.category else {
          continue
        }
        // Each holder list is sorted: the first few of each give the first few of their union.
        let limit = CollectionFacts.maximumListed
        var others = Set<String>()
        var more = false
        for subject in subjects {
          let holders = sensitiveHolders["\(subject)\u{1F}\(category)"] ?? []
          others.formUnion(holders.lazy.filter { $0 != collection.id }.prefix(limit + 1))
          if holders.count > limit + 1 || (holders.count == limit + 1 && !holders.contains(collection.id)) {
            more = true
          }
        }
        let listed = others.sorted()
        if listed.count > limit { more = true }
        if !listed.isEmpty {
          elsewhere.append(
            .object([
              "field": .string(field.id), "category": .string(category),
              "collections": .list(listed.prefix(limit).map(Value.string)), "more": .bool(more),
            ]))
        }
      }
      return .list(elsewhere)
    }
    var object = FactsObject(keys: keys)
    object.add("same_data_elsewhere", sameDataElsewhere())
    object.add(
      "fields",
      .list(
        fieldFlags.map { flags in
          .object([
            "flags": .object([
              "special": flags.special.map(Value.string) ?? .null, "criminal": .bool(flags.criminal),
              "national_id": .bool(flags.nationalID), "highly_personal": .bool(flags.highlyPersonal),
            ])
          ])
        }))
    object.add(
      "data_subjects", .list(subjectFlags.map { .object(["flags": .object(["vulnerable": .bool($0.vulnerable)])]) }))
    object.add("special_present", .list(specialPresent.map(Value.string)))
    object.add("criminal_present", .bool(anyCriminal))
    object.add("national_id_present", .bool(fieldFlags.contains { $0.nationalID }))
    object.add("subjects_total", .int(Int64(subjectsTotal)))
    object.add("screening", screening())
    object.add("non_eea_endpoints", nonEEAEndpoints())
    object.add("retention_entry", retentionPlanEntry())
    object.add("register_overlap", registerOverlap())
    object.add("unresolved_refs", unresolvedRefs())
    object.add(
      "law_citations",
      .list(collection.lawCitations.map { .object(["path": .string($0.path), "text": .string($0.text)]) }))
    object.add("used_by", .list(usedBy.map(Value.string)))
    return object.value
  }
}

/// Which data categories the registers and case systems of a controller hold about which kinds
/// of data subjects, for `register_overlap` in constant time per field.
struct RegisterIndex {
  /// (controller, subject, field category) → up to two register ids holding it (two are enough
  /// to know whether one other than the asking collection does).
  private var holders: [String: [String]] = [:]

  init(_ collections: [DataCollection]) {
    for register in collections
    where (register.type == .register || register.type == .caseSystem) && register.status != .retired {
      let controller = register.controller ?? ""
      for subject in Set(register.dataSubjects.compactMap(\.category)) {
        for category in Set(register.fields.compactMap(\.category)) {
          let key = "\(controller)\u{1F}\(subject)\u{1F}\(category)"
          if holders[key, default: []].count < 2 { holders[key, default: []].append(register.id) }
        }
      }
    }
  }

  func holds(category: String, controller: String, subjects: Set<String>, except id: String) -> Bool {
    subjects.contains { subject in
      (holders["\(controller)\u{1F}\(subject)\u{1F}\(category)"] ?? []).contains { $0 != id }
    }
  }
}
