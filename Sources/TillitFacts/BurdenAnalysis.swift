import CEL
import TillitModel
import TillitYAML

/// The reporting burden of a workspace by the Standard Cost Model (RULES.md §3): per
/// respondent group, indicator, process, role and staff function, with excess by category,
/// budgets and the largest possible savings. Figures are unrounded `Double`s; reporters round.
public struct BurdenAnalysis: Sendable {
  public struct Group: Sendable {
    public var role: String
    /// False when an input is missing (minutes or frequency absent, or a role that is not the
    /// organisation's without its own count and hourly cost): the group then counts as zero,
    /// and the burden pack reports why (BUR-00, BUR-01). RULES.md §9.1.6.
    public var computable: Bool
    public var count: Double
    public var minutesPerResponse: Double
    public var perYear: Double
    public var hourlyCost: Double
    public var businessAsUsualShare: Double
    public var grossHours: Double
    public var hours: Double
    public var cost: Double
    public var fte: Double
    public var hoursPerRespondent: Double
    public var frontline: Bool
    /// The minutes the indicators asked of this group set themselves (`minutes`), summed:
    /// more than `minutesPerResponse` is BUR-02.
    public var explicitMinutes: Double = 0
  }

  public struct Indicator: Sendable {
    public var followUpID: String
    public var indicatorID: String
    public var index: Int
    public var name: String
    /// `key:<key>` or `name:<normalised name>`: what makes two indicators the same.
    public var identity: String
    public var hours: Double
    public var cost: Double
    /// Occurrences per year collected (the fastest over groups).
    public var collectPerYear: Double
    /// The fastest decision it informs, capped by its forum's meetings; nil without decisions.
    public var decisionPerYear: Double?
    /// 365 / the slowest effective decision frequency; nil without decisions.
    public var slowestDecisionDays: Double?
    /// The largest fractions over groups, per category.
    public var excess: ExcessFractions
    public var excessFraction: Double
    public var excessReason: ExcessCategory?
    public var excessHours: Double
    public var excessCost: Double
    public var excessByCategory: [ExcessCategory: Double]
    /// Whether respondents spend time on it in some group (`m_i > 0`, RULES.md §9.1): a
    /// manual or survey indicator, or one with its own `minutes`. Without effort there is no
    /// excess, and BUR-12 and BUR-14 do not apply.
    public var effort: Bool = false
    /// The earlier occurrence this one repeats (RULES.md §9.1.7), with its owner function.
    public var duplicateOf: (followUp: String, indicator: String)?
    public var duplicateOfFunction: String?
    /// Every other occurrence of this indicator: asked of a shared role, or with the same key.
    public var overlaps: [(followUp: String, indicator: String)]
    /// Whether there are more overlaps than `overlaps` lists.
    public var moreOverlaps: Bool
  }

  public struct Process: Sendable {
    public var followUpID: String
    public var name: String
    public var function: String?
    public var lawRequired: Bool
    public var groups: [Group]
    public var indicators: [Indicator]
    public var grossHours: Double
    public var hours: Double
    public var cost: Double
    public var fte: Double
    /// Response time no indicator accounts for (every indicator has its own minutes).
    public var overheadHours: Double
    public var excessHours: Double
    public var excessCost: Double
    public var excessByCategory: [ExcessCategory: Double]
    public var excessShare: Double
    /// Per indicator position, per group position: the split (for roles' shares).
    var perGroupSplits: [Int: [Int: Split]] = [:]
  }

  public struct Role: Sendable {
    public var role: String
    public var name: LocalizedName?
    public var headcount: Double
    public var frontline: Bool
    public var hours: Double
    public var cost: Double
    public var fte: Double
    public var excessHours: Double
    public var excessByCategory: [ExcessCategory: Double]
    public var hoursPerHead: Double
    /// Hours / (headcount × annual hours per FTE).
    public var shareOfTime: Double
    /// The largest share of working time any one group of this role spends
    /// (`B_g / (n_g × A)`, RULES.md §9.1.5), so that a few who report a lot are not averaged
    /// away by many who report nothing.
    public var heaviestGroupShare: Double = 0
    public var budget: Double?
    /// Hours a year above the budget's cap (0 within it).
    public var hoursOverBudget: Double
  }

  public struct Function: Sendable {
    public var function: String
    public var hours: Double
    public var cost: Double
    public var fte: Double
    public var excessHours: Double
    public var excessByCategory: [ExcessCategory: Double]
  }

  public struct Totals: Sendable {
    public var hours: Double = 0
    public var cost: Double = 0
    public var fte: Double = 0
    public var excessHours: Double = 0
    public var excessCost: Double = 0
    public var excessByCategory: [ExcessCategory: Double] = [:]
    public var lawRequiredHours: Double = 0
    public var ownHours: Double = 0
  }

  public var currency: String
  public var annualHoursPerFTE: Double
  public var processes: [Process]
  public var roles: [Role]
  public var functions: [Function]
  public var totals: Totals
  /// Indicators by excess hours, largest first (ties: follow-up id, indicator id).
  public var topSavings: [Indicator]
  /// Per role and month, the hours each process asks (the reporting calendar, BUR-15).
  public var calendar = BurdenCalendar()
}
