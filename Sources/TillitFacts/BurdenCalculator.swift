import CEL
import Foundation
import TillitModel
import TillitYAML

/// Computes `BurdenAnalysis` from a workspace: a pure function of its documents, so the same
/// workspace always gives the same figures.
public enum BurdenCalculator {
  /// - Parameter topSavings: how many indicators the savings list keeps (⟨top_savings⟩).
  ///   It has no default: the value in effect is `Thresholds.topSavings`, and a caller that
  ///   left it out would silently use another.
  public static func analyse(_ workspace: Workspace, topSavings: Int) -> BurdenAnalysis {
    analyse(organization: workspace.organization, followUps: workspace.followUps, topSavings: topSavings)
  }

  /// The same from models already decoded (decoding every document twice is not free).
  public static func analyse(organization: Organization?, followUps: [FollowUp], topSavings: Int)
    -> BurdenAnalysis
  {
    let annualHours = organization?.effectiveAnnualHoursPerFTE ?? 1700
    let roles = Dictionary((organization?.roles ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let forums = Dictionary((organization?.forums ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    // Each indicator's identity once: normalising names is the costly part of duplicates.
    let identities = followUps.map { $0.indicators.map(DuplicateIndex.identity) }
    let duplicates = DuplicateIndex(followUps, identities: identities)

    // Processes are independent once duplicates are known: computed on every core, each in
    // its own slot so the order stays the documents'.
    let processes = [BurdenAnalysis.Process].computedOnEveryCore(count: followUps.count) { i in
      process(
        followUps[i], identities: identities[i], roles: roles, forums: forums, annualHours: annualHours,
        duplicates: duplicates)
    }

    // Roles: every role of the organisation, in its order, with what falls on it (one pass
    // over the groups, whatever the number of roles).
    var byRole:
      [String: (
        hours: Double, cost: Double, excess: Double, categories: [ExcessCategory: Double],
        heaviest: (share: Double, hours: Double, count: Double)
      )] = [:]
    for process in processes {
      for (g, group) in process.groups.enumerated() where group.computable {
        var entry = byRole[group.role] ?? (0, 0, 0, [:], (0, 0, 0))
        entry.hours += group.hours
        entry.cost += group.cost
        if group.count > 0, group.hours / (group.count * annualHours) > entry.heaviest.share {
          entry.heaviest = (group.hours / (group.count * annualHours), group.hours, group.count)
        }
        for indicator in process.indicators {
          let share = BurdenCalculator.groupExcess(process: process, indicator: indicator, group: g)
          entry.excess += share.hours
          if let reason = share.reason { entry.categories[reason, default: 0] += share.hours }
        }
        byRole[group.role] = entry
      }
    }
    var roleFigures: [BurdenAnalysis.Role] = []
    for role in organization?.roles ?? [] {
      let entry = byRole[role.id] ?? (0, 0, 0, [:], (0, 0, 0))
      var figure = BurdenAnalysis.Role(
        role: role.id, name: role.name, headcount: Double(role.headcount ?? 0), frontline: role.frontline,
        hours: entry.hours, cost: entry.cost, fte: 0, excessHours: entry.excess, excessByCategory: entry.categories,
        hoursPerHead: 0, shareOfTime: 0, budget: nil, hoursOverBudget: 0)
      figure.fte = figure.hours / annualHours
      figure.hoursPerHead = figure.headcount > 0 ? figure.hours / figure.headcount : 0
      figure.shareOfTime = figure.headcount > 0 ? figure.hours / (figure.headcount * annualHours) : 0
      figure.heaviestGroupShare = entry.heaviest.share
      if let budget = organization?.budgets.first(where: { $0.role == role.id })?.maxShareOfTime {
        // Over the cap on average, or in its heaviest group (RULES.md §9.1.5): the larger.
        figure.budget = budget
        figure.hoursOverBudget = max(
          0, figure.hours - budget * figure.headcount * annualHours,
          entry.heaviest.hours - budget * entry.heaviest.count * annualHours)
      }
      roleFigures.append(figure)
    }

    var functions: [String: BurdenAnalysis.Function] = [:]
    var totals = BurdenAnalysis.Totals()
    for process in processes {
      let name = process.function ?? "–"
      var figure =
        functions[name]
        ?? BurdenAnalysis.Function(
          function: name, hours: 0, cost: 0, fte: 0, excessHours: 0, excessByCategory: [:])
      figure.hours += process.hours
      figure.cost += process.cost
      figure.fte += process.fte
      figure.excessHours += process.excessHours
      figure.excessByCategory.merge(process.excessByCategory, uniquingKeysWith: +)
      functions[name] = figure
      totals.hours += process.hours
      totals.cost += process.cost
      totals.fte += process.fte
      totals.excessHours += process.excessHours
      totals.excessCost += process.excessCost
      totals.excessByCategory.merge(process.excessByCategory, uniquingKeysWith: +)
      if process.lawRequired { totals.lawRequiredHours += process.hours } else { totals.ownHours += process.hours }
    }

    let savings = processes.flatMap(\.indicators).filter { $0.excessHours > 0 }.sorted {
      if $0.excessHours != $1.excessHours { return $0.excessHours > $1.excessHours }
      if $0.followUpID != $1.followUpID { return scalarOrder($0.followUpID, $1.followUpID) }
      return scalarOrder($0.indicatorID, $1.indicatorID)
    }
    return BurdenAnalysis(
      currency: organization?.effectiveCurrency ?? "SEK", annualHoursPerFTE: annualHours, processes: processes,
      roles: roleFigures, functions: functions.values.sorted { $0.function < $1.function }, totals: totals,
      topSavings: Array(savings.prefix(max(0, topSavings))),
      calendar: BurdenCalendar.build(
        followUps: followUps, processes: processes, roles: (organization?.roles ?? []).map(\.id)))
  }

  /// Unicode scalar order, the order RULES.md fixes for ids (not locale order).
  static func scalarOrder(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
  }

  /// The excess hours (and reason) of one indicator in one group, recomputed from the stored
  /// per-group split; used to give roles their share.
  static func groupExcess(process: BurdenAnalysis.Process, indicator: BurdenAnalysis.Indicator, group: Int)
    -> (hours: Double, reason: ExcessCategory?)
  {
    guard let split = process.perGroupSplits[indicator.index]?[group] else { return (0, nil) }
    return (split.excessHours, split.reason)
  }

  static func process(
    _ followUp: FollowUp, identities: [String], roles: [String: Organization.Role],
    forums: [String: Organization.Forum],
    annualHours: Double, duplicates: DuplicateIndex
  ) -> BurdenAnalysis.Process {
    // Groups (SCM inputs; a missing one makes the group not computable). A group whose role
    // the organisation does not know still computes when it states its own count and hourly
    // cost (RULES.md §9.1.6).
    var groups: [BurdenAnalysis.Group] = []
    for respondent in followUp.respondents {
      let role = respondent.role.flatMap { roles[$0] }
      let count = respondent.count.map(Double.init) ?? role?.headcount.map(Double.init)
      let cost = respondent.hourlyCost ?? role?.hourlyCost
      let minutes = respondent.minutesPerResponse
      let perYear = respondent.frequency?.perYear
      let bau = respondent.businessAsUsualShare ?? 0
      let selfContained = respondent.count != nil && respondent.hourlyCost != nil
      let explicit = followUp.indicators.reduce(0) { sum, indicator in
        sum + (indicator.isAsked(of: respondent.role) ? indicator.minutes ?? 0 : 0)
      }
      guard role != nil || selfContained, let count, let cost, let minutes, let perYear else {
        groups.append(
          BurdenAnalysis.Group(
            role: respondent.role ?? "", computable: false, count: count ?? 0, minutesPerResponse: minutes ?? 0,
            perYear: perYear ?? 0, hourlyCost: cost ?? 0, businessAsUsualShare: bau, grossHours: 0, hours: 0, cost: 0,
            fte: 0, hoursPerRespondent: 0, frontline: role?.frontline ?? false, explicitMinutes: explicit))
        continue
      }
      let gross = count * minutes / 60 * perYear
      let hours = gross * (1 - bau)
      groups.append(
        BurdenAnalysis.Group(
          role: respondent.role ?? "", computable: true, count: count, minutesPerResponse: minutes, perYear: perYear,
          hourlyCost: cost, businessAsUsualShare: bau, grossHours: gross, hours: hours, cost: hours * cost,
          fte: hours / annualHours, hoursPerRespondent: count > 0 ? hours / count : 0,
          frontline: role?.frontline ?? false, explicitMinutes: explicit))
    }

    // How each group's response splits over the indicators asked of it (§3.1 with §9.1): an
    // indicator with its own `minutes` takes them; the rest of the response goes, in equal
    // parts, to the manual and survey indicators without minutes; system and register
    // indicators without minutes cost the respondents nothing. With none to take it, the
    // rest is overhead.
    let minutesByGroup: [[Double]] = groups.map { group in
      let asked = followUp.indicators.map { $0.isAsked(of: group.role) }
      let explicitMinutes = group.explicitMinutes
      let sharing = followUp.indicators.indices.filter {
        asked[$0] && followUp.indicators[$0].minutes == nil && followUp.indicators[$0].isManual
      }.count
      let mpr = group.minutesPerResponse
      let remainder = mpr - explicitMinutes
      return followUp.indicators.enumerated().map { position, indicator in
        guard asked[position] else { return 0 }
        if remainder >= 0 {
          if let own = indicator.minutes { return own }
          return indicator.isManual && sharing > 0 ? remainder / Double(sharing) : 0
        }
        return indicator.minutes.map { $0 * mpr / explicitMinutes } ?? 0
      }
    }
    var overhead = 0.0
    var splits: [Int: [Int: BurdenAnalysis.Process.Split]] = [:]
    var indicators: [BurdenAnalysis.Indicator] = []

    for (position, indicator) in followUp.indicators.enumerated() {
      let decisions = indicator.decisions.compactMap { decision -> Double? in
        guard var perYear = decision.frequency?.perYear else { return nil }
        // An operational decision (daily planning, invoicing) is taken at its own pace,
        // never capped by a forum's meetings (RULES.md §9.1.4).
        if !decision.isOperational, let forum = decision.forum.flatMap({ forums[$0] }), let meets = forum.meets?.perYear
        {
          perYear = min(perYear, meets)
        }
        return perYear
      }
      let fastestDecision = decisions.max()
      let slowestDecision = decisions.min()
      let unused = indicator.users.isEmpty || indicator.decisions.isEmpty
      let available =
        (indicator.source == .manual || indicator.source == .survey)
        && !(indicator.availableIn?.allSatisfy(\.isWhitespace) ?? true)

      let overlap = duplicates.overlapping(followUp.id, position: position)
      var figure = BurdenAnalysis.Indicator(
        followUpID: followUp.id, indicatorID: indicator.id, index: position, name: indicator.name ?? indicator.id,
        identity: identities[position], hours: 0, cost: 0, collectPerYear: 0,
        decisionPerYear: fastestDecision, slowestDecisionDays: slowestDecision.map { $0 > 0 ? 365 / $0 : 0 },
        excess: ExcessFractions(), excessFraction: 0, excessReason: nil, excessHours: 0, excessCost: 0,
        excessByCategory: [:], duplicateOf: nil,
        overlaps: overlap.list, moreOverlaps: overlap.more)

      for (g, group) in groups.enumerated() where indicator.isAsked(of: group.role) {
        let collect = indicator.frequency?.perYear ?? group.perYear
        figure.collectPerYear = max(figure.collectPerYear, collect)
        // Being a duplicate is about identity, not time: known even when hours cannot be computed.
        let original = duplicates.original(of: followUp.id, position: position, role: group.role)
        if let original, figure.duplicateOf == nil {
          figure.duplicateOf = (original.followUp, original.indicator)
          figure.duplicateOfFunction = original.function
        }
        guard group.computable else { continue }
        let mpr = group.minutesPerResponse
        let minutes = minutesByGroup[g][position]
        if minutes > 0 { figure.effort = true }
        let hours = mpr > 0 ? group.hours * minutes / mpr : 0

        // Excess is a share of the respondents' effort: where they spend none (a system-fed
        // figure), there is nothing to save and no reason to give (RULES.md §9.1.3).
        var fractions = ExcessFractions()
        if minutes > 0 {
          fractions.unused = unused ? 1 : 0
          if let fastestDecision, collect > 0 { fractions.overFrequent = max(0, 1 - fastestDecision / collect) }
          if original != nil { fractions.duplicate = 1 }
          fractions.available = available ? 1 : 0
        }
        let (fraction, reason) = fractions.maximum
        let excessHours = fraction * hours

        figure.hours += hours
        figure.cost += hours * group.hourlyCost
        figure.excessHours += excessHours
        figure.excessCost += excessHours * group.hourlyCost
        if let reason { figure.excessByCategory[reason, default: 0] += excessHours }
        for category in ExcessCategory.allCases where fractions[category] > figure.excess[category] {
          switch category {
          case .unused: figure.excess.unused = fractions.unused
          case .duplicate: figure.excess.duplicate = fractions.duplicate
          case .available: figure.excess.available = fractions.available
          case .overFrequent: figure.excess.overFrequent = fractions.overFrequent
          }
        }
        if fraction > figure.excessFraction
          || (fraction == figure.excessFraction && fraction > 0
            && reason.map { r in figure.excessReason.map { r < $0 } ?? true } == true)
        {
          figure.excessFraction = fraction
          figure.excessReason = reason
        }
        splits[position, default: [:]][g] = BurdenAnalysis.Process.Split(
          hours: hours, excessHours: excessHours, reason: reason)
      }
      indicators.append(figure)
    }
    for (g, group) in groups.enumerated() where group.computable && group.minutesPerResponse > 0 {
      let assigned = minutesByGroup[g].reduce(0, +)
      let remainder = group.minutesPerResponse - assigned
      if remainder > 1e-9 { overhead += group.hours * remainder / group.minutesPerResponse }
    }

    let hours = groups.reduce(0) { $0 + $1.hours }
    let excessHours = indicators.reduce(0) { $0 + $1.excessHours }
    var byCategory: [ExcessCategory: Double] = [:]
    for indicator in indicators { byCategory.merge(indicator.excessByCategory, uniquingKeysWith: +) }
    var process = BurdenAnalysis.Process(
      followUpID: followUp.id, name: followUp.name, function: followUp.owner?.function,
      lawRequired: followUp.isLawRequired, groups: groups, indicators: indicators,
      grossHours: groups.reduce(0) { $0 + $1.grossHours }, hours: hours, cost: groups.reduce(0) { $0 + $1.cost },
      fte: hours / annualHours, overheadHours: overhead, excessHours: excessHours,
      excessCost: indicators.reduce(0) { $0 + $1.excessCost }, excessByCategory: byCategory,
      excessShare: hours > 0 ? excessHours / hours : 0)
    process.perGroupSplits = splits
    return process
  }
}

extension BurdenAnalysis.Process {
  /// One indicator's part of one group's hours, and the excess in it.
  struct Split: Sendable {
    var hours: Double
    var excessHours: Double
    var reason: ExcessCategory?
  }
}

/// Which indicator occurrences repeat an earlier one (RULES.md §3.2, "Duplicates", as revision 2
/// §9.1.7 settles it).
///
/// A keyed indicator is the same figure whoever is asked, so keyed occurrences are one per
/// follow-up and position and match across roles. An unkeyed one (by normalised name) is
/// the same only when asked of the same role (names recur across areas), one occurrence per
/// role asked. Both count only the roles the indicator is asked of (`asked_of`). In each set
/// the first occurrence (law-required follow-ups first, then follow-up id, then position) is
/// the original; every later one is a duplicate.
struct DuplicateIndex {
  /// The original a keyed occurrence (follow-up index × stride + position) repeats.
  private var keyedOriginals: [Int: Int] = [:]
  /// (occurrence code, role) → the original an unkeyed occurrence repeats for that role.
  private var namedOriginals: [String: Int] = [:]
  /// Occurrence code → the codes of every other occurrence of the same indicator (either
  /// kind of match). Both sides of an overlap hear of it, for the burden report; the excess
  /// stays on the duplicate. Integer codes, because this is built serially for every
  /// indicator of the workspace.
  private var overlaps: [Int: [Int]] = [:]
  /// The occurrences with more overlaps than are listed.
  private var overlapsTruncated = Set<Int>()
  private let stride: Int
  /// Each follow-up's place in id order (Unicode scalars), for a stable order by integers.
  private let rank: [Int]
  private let indexByID: [String: Int]
  private let followUpIDs: [String]
  private let functions: [String?]
  private let indicatorIDs: [[String]]

  init(_ followUps: [FollowUp], identities: [[String]]) {
    followUpIDs = followUps.map(\.id)
    functions = followUps.map { $0.owner?.function }
    indicatorIDs = followUps.map { $0.indicators.map(\.id) }
    stride = (followUps.map(\.indicators.count).max() ?? 0) + 1
    var rank = [Int](repeating: 0, count: followUps.count)
    // Sorted by ids read once: a comparison that read `followUps[i].id` would copy a whole
    // follow-up (every text and list in it) twice per comparison.
    let ids = followUpIDs
    for (place, f) in followUps.indices.sorted(by: { BurdenCalculator.scalarOrder(ids[$0], ids[$1]) })
      .enumerated()
    {
      rank[f] = place
    }
    self.rank = rank
    var indexByID: [String: Int] = [:]
    for (f, followUp) in followUps.enumerated() where indexByID[followUp.id] == nil { indexByID[followUp.id] = f }
    self.indexByID = indexByID

    var byKey: [String: [Int]] = [:]
    var byNameAndRole: [String: [Int]] = [:]
    for (f, followUp) in followUps.enumerated() {
      var roles: [String] = []
      for respondent in followUp.respondents {
        if let role = respondent.role, !roles.contains(role) { roles.append(role) }
      }
      for (position, indicator) in followUp.indicators.enumerated() {
        let identity = identities[f][position]
        guard !identity.hasSuffix(":") else { continue }
        let asked = roles.filter { indicator.isAsked(of: $0) }
        guard !asked.isEmpty else { continue }
        let code = f * stride + position
        if identity.hasPrefix("key:") {
          byKey[identity, default: []].append(code)
        } else {
          for role in asked { byNameAndRole["\(identity)\u{1F}\(role)", default: []].append(code) }
        }
      }
    }
    let lawRequired = followUps.map(\.isLawRequired)
    func ordered(_ group: [Int]) -> [Int] {
      group.sorted { a, b in
        let (lawA, lawB) = (lawRequired[a / stride], lawRequired[b / stride])
        if lawA != lawB { return lawA }
        return precedes(a, b)
      }
    }
    for group in byKey.values where group.count > 1 {
      let sequence = ordered(group)
      for later in sequence.dropFirst() { keyedOriginals[later] = sequence[0] }
      noteOverlaps(group)
    }
    for (key, group) in byNameAndRole where group.count > 1 {
      let role = String(key.split(separator: "\u{1F}", omittingEmptySubsequences: false).last ?? "")
      let sequence = ordered(group)
      for later in sequence.dropFirst() { namedOriginals["\(later)\u{1F}\(role)"] = sequence[0] }
      noteOverlaps(group)
    }
    // Each other indicator once, in a stable order, at most `maximumOverlaps` of them.
    for (code, list) in overlaps {
      var distinct: [Int] = []
      for other in list.sorted(by: precedes) where distinct.last != other { distinct.append(other) }
      if distinct.count > Self.maximumOverlaps { overlapsTruncated.insert(code) }
      overlaps[code] = Array(distinct.prefix(Self.maximumOverlaps))
    }
  }

  /// How many other occurrences an indicator lists: a name shared by hundreds of processes
  /// would otherwise cost quadratic time and a message nobody reads to the end.
  static let maximumOverlaps = 5

  /// Follow-up id order (Unicode scalars), then position.
  private func precedes(_ a: Int, _ b: Int) -> Bool {
    let (rankA, rankB) = (rank[a / stride], rank[b / stride])
    return rankA != rankB ? rankA < rankB : a % stride < b % stride
  }

  /// Notes, for each occurrence in `group`, the first others in a stable order (enough to
  /// keep `maximumOverlaps` after merging the groups, and to know whether there are more).
  private mutating func noteOverlaps(_ group: [Int]) {
    let ordered = group.sorted(by: precedes)
    let head = ordered.prefix(Self.maximumOverlaps + 2)
    for a in ordered {
      for b in head where b != a { overlaps[a, default: []].append(b) }
      if ordered.count - 1 > Self.maximumOverlaps { overlapsTruncated.insert(a) }
    }
  }

  func overlapping(_ followUp: String, position: Int) -> (list: [(followUp: String, indicator: String)], more: Bool) {
    guard let f = indexByID[followUp] else { return ([], false) }
    let code = f * stride + position
    let list = (overlaps[code] ?? []).map { (followUpIDs[$0 / stride], indicatorIDs[$0 / stride][$0 % stride]) }
    return (list, overlapsTruncated.contains(code))
  }

  /// The occurrence this one repeats when asked of `role`, with the original's owner function.
  func original(of followUp: String, position: Int, role: String)
    -> (followUp: String, indicator: String, function: String?)?
  {
    guard let f = indexByID[followUp] else { return nil }
    let code = f * stride + position
    guard let original = keyedOriginals[code] ?? namedOriginals["\(code)\u{1F}\(role)"] else { return nil }
    return (
      followUpIDs[original / stride], indicatorIDs[original / stride][original % stride], functions[original / stride]
    )
  }

  /// `key:` + trimmed lower-case key if set, else `name:` + the normalised name.
  static func identity(_ indicator: FollowUp.Indicator) -> String {
    if let key = indicator.key?.trimmingCharacters(in: .whitespaces), !key.isEmpty {
      return "key:" + key.lowercased()
    }
    return "name:" + NameNormalization.normalized(indicator.name ?? "")
  }
}
