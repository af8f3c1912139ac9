import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// The words of the controller report, shared by its HTML, Markdown and text renderers so the
/// three say the same: dates as people write them ("29 november 2026"), periods in words
/// rather than ISO 8601, value words (`in_progress`, `finance`) by their labels, numbers in the
/// language's style. Every text comes from `texts/TillitReports.yaml`.
struct ControllerReportWords {
  let language: Language

  func callAsFunction(_ text: LocalizedText) -> String { text.text(language) }

  func date(_ date: CalendarDate) -> String {
    let names = BurdenCalendar.monthNames[date.month - 1]
    return self(
      Texts.reportDate(day: date.day, month: LocalizedText(sv: names.sv, en: names.en), year: date.year))
  }

  /// `P2Y` as "2 år" / "2 years"; `P1Y6M` as "1 år och 6 månader": the words messages use.
  func period(_ period: Period) -> String { ValueWords.period(period, language, digits: true) }

  func hours(_ value: Double) -> String { self(Texts.reportHours(hours: value)) }

  func money(_ value: Double, _ currency: String) -> String {
    self(Texts.reportMoney(amount: value, currency: currency))
  }

  func fte(_ value: Double) -> String { self(Texts.reportFte(fte: value)) }

  /// The severity as a heading a politician reads: what it means, not the engine's word.
  func severityHeading(_ severity: Severity, count: Int) -> String {
    switch severity {
    case .error: return self(Texts.reportSeverityErrorHeading(count: count))
    case .warning: return self(Texts.reportSeverityWarningHeading(count: count))
    case .info: return self(Texts.reportSeverityInfoHeading(count: count))
    }
  }

  /// The severity beside a single gap: a word, so that meaning never rests on colour alone.
  func severityWord(_ severity: Severity) -> String {
    switch severity {
    case .error: return self(Texts.reportSeverityError)
    case .warning: return self(Texts.reportSeverityWarning)
    case .info: return self(Texts.reportSeverityInfo)
    }
  }

  func status(_ status: CollectionStatus?) -> String {
    guard let status else { return self(Texts.reportStatusMissing) }
    return ValueLabels.label(field: "status", value: status.rawValue).map(callAsFunction) ?? status.rawValue
  }

  func dpia(_ state: ControllerReport.DPIAState) -> String {
    switch state {
    case .done(let date?): return self(Texts.reportDpiaDoneOn(date: self.date(date)))
    case .done(nil): return self(Texts.reportDpiaDone)
    case .inProgress: return self(Texts.reportDpiaInProgress)
    case .required: return self(Texts.reportDpiaRequired)
    case .notScreened: return self(Texts.reportDpiaNotScreened)
    case .notRequired: return self(Texts.reportDpiaNotRequired)
    case .coveredByLegislation: return self(Texts.reportDpiaCovered)
    }
  }

  /// The DPIA groups in the order a committee should read them: what is owed first.
  static let dpiaGroups = 0..<6

  static func dpiaGroup(of state: ControllerReport.DPIAState) -> Int {
    switch state {
    case .required: return 0
    case .notScreened: return 1
    case .inProgress: return 2
    case .done: return 3
    case .coveredByLegislation: return 4
    case .notRequired: return 5
    }
  }

  func dpiaGroup(_ index: Int) -> String {
    switch index {
    case 0: return self(Texts.reportDpiaGroupRequired)
    case 1: return self(Texts.reportDpiaGroupNotScreened)
    case 2: return self(Texts.reportDpiaGroupInProgress)
    case 3: return self(Texts.reportDpiaGroupDone)
    case 4: return self(Texts.reportDpiaGroupCovered)
    default: return self(Texts.reportDpiaGroupNotRequired)
    }
  }

  func retention(_ retention: ControllerReport.RetentionState) -> String {
    switch retention {
    case .dispose(let period?): return self(Texts.reportRetentionDispose(period: self.period(period)))
    case .dispose(nil): return self(Texts.reportRetentionDisposeNoPeriod)
    case .keep: return self(Texts.reportRetentionKeep)
    case .missing: return self(Texts.reportRetentionMissing)
    }
  }

  func review(last: CalendarDate?, next: CalendarDate?, today: CalendarDate) -> String {
    guard let last else { return self(Texts.reportReviewNever) }
    guard let next else { return self(Texts.reportReviewLast(date: date(last))) }
    return next < today
      ? self(Texts.reportReviewOverdue(last: date(last), next: date(next)))
      : self(Texts.reportReviewNext(last: date(last), next: date(next)))
  }

  /// The open gaps of a collection in words: "inga öppna brister", or counts by severity.
  func gapCounts(_ counts: [Severity: Int]) -> String {
    let total = counts.values.reduce(0, +)
    guard total > 0 else { return self(Texts.reportCollectionComplete) }
    let serious = counts[.error] ?? 0
    return serious == 0
      ? self(Texts.reportCollectionGapsNoneSerious(count: total))
      : self(Texts.reportCollectionGaps(count: total, serious: serious))
  }

  /// A staff function by its label from the schema's value set, as every report names it.
  func function(_ function: String) -> String {
    ValueLabels.label(field: "function", value: function).map(callAsFunction) ?? function
  }

  func actor(_ actor: ControllerReport.Actor) -> String {
    switch actor {
    case .action(let owner, let due?): return self(Texts.reportActorActionDue(owner: owner, date: date(due)))
    case .action(let owner, nil): return self(Texts.reportActorAction(owner: owner))
    case .followUpOwner(let person?, let function?):
      return self(Texts.reportActorOwnerWithFunction(person: person, function: self.function(function)))
    case .followUpOwner(let person?, nil): return self(Texts.reportActorOwner(person: person))
    case .followUpOwner(nil, let function?): return self(Texts.reportActorFunction(function: self.function(function)))
    case .followUpOwner(nil, nil): return self(Texts.reportActorUnknown)
    case .controller(let name, let contact?):
      return self(Texts.reportActorControllerContact(name: name, contact: contact))
    case .controller(let name, nil): return self(Texts.reportActorController(name: name))
    }
  }

  /// As `actor(_:)`, but the committee the section is about is "the committee itself":
  /// its name and address on every one of its gaps would only lengthen the page.
  func actor(_ actor: ControllerReport.Actor, committee: String) -> String {
    if case .controller(let name, _) = actor, name == committee { return self(Texts.reportActorThisCommittee) }
    return self.actor(actor)
  }

  /// A follow-up's owner where the line already says "owner": the person and the function.
  func owner(_ actor: ControllerReport.Actor) -> String {
    switch actor {
    case .followUpOwner(let person?, let function?):
      return self(Texts.reportOwnerWithFunction(person: person, function: self.function(function)))
    case .followUpOwner(let person?, nil): return person
    case .followUpOwner(nil, let function?): return self.function(function)
    default: return self.actor(actor)
    }
  }

  func document(_ document: ControllerReport.DocumentName) -> String {
    document.name == document.id ? document.name : self(Texts.reportDocumentName(name: document.name, id: document.id))
  }

  /// Documents by name, each once, with how many times when more than once.
  func documents(_ documents: [(document: ControllerReport.DocumentName, count: Int)]) -> String {
    documents.map { entry in
      entry.count > 1
        ? self(Texts.reportDocumentTimes(document: entry.document.name, count: entry.count)) : entry.document.name
    }.joined(separator: ", ")
  }

  func waiver(_ waiver: ControllerReport.WaiverEntry, today: CalendarDate) -> String {
    let rule =
      waiver.ruleTitle.map { self(Texts.reportWaiverRuleTitled(title: self($0), rule: waiver.rule ?? "")) }
      ?? waiver.rule ?? "–"
    let target = waiver.document.map(document) ?? "–"
    let end: String
    switch (waiver.until, waiver.expired) {
    case (let until?, true): end = self(Texts.reportWaiverExpired(date: date(until)))
    case (let until?, false): end = self(Texts.reportWaiverUntil(date: date(until)))
    case (nil, _): end = self(Texts.reportWaiverNoEnd)
    }
    return self(Texts.reportWaiverLine(id: waiver.id, rule: rule, document: target, end: end))
  }

  func followUpRelation(_ entry: ControllerReport.FollowUpEntry) -> String {
    var parts: [String] = []
    if !entry.usesCollections.isEmpty {
      parts.append(self(Texts.reportFollowUpUses(collections: entry.usesCollections.joined(separator: ", "))))
    }
    if entry.receives { parts.append(self(Texts.reportFollowUpReceives)) }
    if entry.lawRequired { parts.append(self(Texts.reportFollowUpLawRequired)) }
    return parts.joined(separator: "; ")
  }

  func excessReason(_ reason: ExcessCategory?) -> String {
    reason.map { self($0.label) } ?? "–"
  }
}
