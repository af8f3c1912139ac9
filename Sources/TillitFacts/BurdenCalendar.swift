import TillitModel

/// The reporting calendar (årshjul): per role and month, the hours each process asks of it
/// (issue #17, BUR-15). Each group's yearly hours are shared equally over the months it
/// responds in, so every role's twelve months add up to its yearly hours.
public struct BurdenCalendar: Sendable {
  /// One process's hours for one role in one month.
  public struct Contribution: Sendable, Equatable {
    public var followUpID: String
    public var name: String
    public var hours: Double
  }

  /// One role's year: twelve months of hours, each with the processes behind it.
  public struct RoleYear: Sendable {
    public var role: String
    /// Hours per month, January first (always twelve).
    public var hours: [Double]
    /// Per month, the processes that ask the role for time then, in document order.
    public var processes: [[Contribution]]

    /// The month (1–12) with the most hours, the earliest on a tie; nil for an empty year.
    public var peakMonth: Int? {
      guard let top = hours.max(), top > 0 else { return nil }
      return hours.firstIndex(of: top).map { $0 + 1 }
    }

    public var average: Double { hours.reduce(0, +) / 12 }
  }

  /// The organisation's roles in its order, then any role only the follow-ups name.
  public var roles: [RoleYear] = []

  public init(roles: [RoleYear] = []) { self.roles = roles }

  public func year(of role: String) -> RoleYear? { roles.first { $0.role == role } }

  /// The months a group responds in: its own `months`, else spread evenly by frequency
  /// (documented in the field catalogue under `RespondentGroup.months`).
  public static func months(of group: FollowUp.RespondentGroup, in followUp: FollowUp) -> [Int] {
    if !group.months.isEmpty { return group.months }
    let yearly = followUp.review?.last?.month ?? 12
    switch group.frequency {
    case .named("monthly"), .named("weekly"), .named("daily"): return Array(1...12)
    case .named("quarterly"): return [3, 6, 9, 12]
    case .named("tertial"): return [4, 8, 12]
    case .named("semiannual"): return [6, 12]
    case .perYear(let n) where n >= 12: return Array(1...12)
    case .perYear(let n) where n > 1:
      // N evenly spaced months ending in December: 4 → 3, 6, 9, 12 as quarterly does.
      let count = Int(n.rounded(.up))
      return Array(Set((1...count).map { Int((12.0 * Double($0) / Double(count)).rounded()) })).sorted()
    default: return [yearly]
    }
  }

  /// Builds the calendar from the processes already computed (`groups` line up with each
  /// follow-up's `respondents`), for the organisation's `roles` in order.
  static func build(followUps: [FollowUp], processes: [BurdenAnalysis.Process], roles: [String])
    -> BurdenCalendar
  {
    var order: [String] = []
    var years: [String: RoleYear] = [:]
    for role in roles where years[role] == nil {
      order.append(role)
      years[role] = RoleYear(
        role: role, hours: Array(repeating: 0, count: 12), processes: Array(repeating: [], count: 12))
    }
    for (followUp, process) in zip(followUps, processes) {
      for (group, respondent) in zip(process.groups, followUp.respondents) where group.computable && group.hours > 0 {
        let months = months(of: respondent, in: followUp)
        let share = group.hours / Double(months.count)
        if years[group.role] == nil {
          order.append(group.role)
          years[group.role] = RoleYear(
            role: group.role, hours: Array(repeating: 0, count: 12), processes: Array(repeating: [], count: 12))
        }
        for month in months {
          years[group.role]!.hours[month - 1] += share
          var list = years[group.role]!.processes[month - 1]
          if let last = list.indices.last, list[last].followUpID == process.followUpID {
            list[last].hours += share
          } else {
            list.append(Contribution(followUpID: process.followUpID, name: process.name, hours: share))
          }
          years[group.role]!.processes[month - 1] = list
        }
      }
    }
    return BurdenCalendar(roles: order.compactMap { years[$0] })
  }
}
