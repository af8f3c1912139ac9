import CEL
import TillitYAML

/// One recurring follow-up routine — a report, an indicator collection, a survey — that a staff
/// function runs towards the core operations.
public struct FollowUp: Sendable {
  public struct Owner: Sendable {
    public var function: String?
    public var person: String?
  }

  public struct Purpose: Sendable {
    public var statement: String?
    public var types: [PurposeType]
    public var law: String?
  }

  public struct Review: Sendable {
    public var last: CalendarDate?
    public var every: Period?
  }

  /// A group of people who spend time on the follow-up: the SCM population.
  public struct RespondentGroup: Sendable {
    public var role: String?
    public var count: Int?
    public var minutesPerResponse: Double?
    public var frequency: Frequency?
    public var hourlyCost: Double?
    /// Share of the work they would do anyway for their own use (SCM "business as usual").
    public var businessAsUsualShare: Double?
    /// The months (1–12) the group responds in, for the reporting calendar (BUR-15); empty
    /// when not given, and the calendar spreads the responses by `frequency` instead.
    public var months: [Int] = []
  }

  public struct Decision: Sendable {
    public var name: String?
    public var forum: String?
    public var frequency: Frequency?
    /// `operational` (daily work: care planning, invoicing) or `governance` (the default):
    /// an operational decision counts at its own pace, never capped by a forum's meetings.
    public var kind: DecisionKind?

    public var isOperational: Bool { kind == .operational }
  }

  public struct Indicator: Sendable {
    public var id: String
    public var name: String?
    public var key: String?
    public var definition: String?
    public var kind: String?
    public var level: String?
    public var perspective: String?
    public var source: IndicatorSource?
    public var system: String?
    public var availableIn: String?
    public var minutes: Double?
    public var askedOf: [String]
    public var frequency: Frequency?
    public var unitOfAnalysis: String?
    public var usedForRanking: Bool?
    public var users: [String]
    public var decisions: [Decision]
    public var lastUsed: CalendarDate?
    public var personalData: Bool?

    /// Whether respondents produce it by hand: source `manual` or `survey`, or none given
    /// (RULES.md §9.1.1). System and register indicators are fed without their effort.
    public var isManual: Bool { source == nil || source == .manual || source == .survey }

    /// Whether a respondent group of `role` is asked for it: every group, unless `asked_of`
    /// names the roles (RULES.md §9.1.2).
    public func isAsked(of role: String?) -> Bool {
      askedOf.isEmpty || role.map(askedOf.contains) == true
    }
  }

  public struct FeedbackArena: Sendable {
    public var name: String?
    public var kind: String?
    public var frequency: Frequency?
    /// The roles that take part (ids from the organisation): TRUST-L03 asks whether any of them
    /// reported the results, so the learning reaches the people who did the work.
    public var participants: [String] = []
  }

  public struct Feedback: Sendable {
    public var toRespondents: Bool?
    public var withinDays: Int?
    public var arena: FeedbackArena?
  }

  public struct Audience: Sendable {
    public var forumOrRole: String?
    public var format: String?
  }

  public var id: String
  public var name: String
  public var owner: Owner?
  public var purpose: Purpose?
  public var sharedUnderstanding: Bool?
  public var designedWithRespondents: Bool?
  public var review: Review?
  public var respondents: [RespondentGroup]
  public var indicators: [Indicator]
  public var citizenPerspectiveMethods: [String]?
  public var qualitativeAnalysisBy: [String]?
  public var feedback: Feedback?
  public var audiences: [Audience]
  public var sideEffects: [String]
  public var collections: [String]

  /// Required by law: its burden is not the organisation's own choice (reported apart).
  public var isLawRequired: Bool { purpose?.types.contains(.legalRequirement) ?? false }

  package init(_ node: YAMLNode) {
    id = node.text("id") ?? ""
    name = node.text("name") ?? ""
    owner = node.object("owner").map { Owner(function: $0.text("function"), person: $0.text("person")) }
    purpose = node.object("purpose").map {
      Purpose(
        statement: $0.text("statement"), types: $0.texts("types").compactMap(PurposeType.init), law: $0.text("law"))
    }
    sharedUnderstanding = node.bool("shared_understanding")
    designedWithRespondents = node.bool("designed_with_respondents")
    review = node.object("review").map(Review.init)
    respondents = node.objects("respondents").map {
      RespondentGroup(
        role: $0.text("role"), count: $0.int("count"), minutesPerResponse: $0.double("minutes_per_response"),
        frequency: $0.frequency("frequency"), hourlyCost: $0.double("hourly_cost"),
        businessAsUsualShare: $0.double("business_as_usual_share"), months: $0.months("months"))
    }
    indicators = node.objects("indicators").map(Indicator.init)
    citizenPerspectiveMethods = node.object("citizen_perspective").map { $0.texts("methods") }
    qualitativeAnalysisBy = node.object("qualitative_analysis").map { $0.texts("by") }
    feedback = node.object("feedback").map {
      Feedback(
        toRespondents: $0.bool("to_respondents"), withinDays: $0.int("within_days"),
        arena: $0.object("arena").map {
          FeedbackArena(
            name: $0.text("name"), kind: $0.text("kind"), frequency: $0.frequency("frequency"),
            participants: $0.texts("participants"))
        })
    }
    audiences = node.objects("audiences").map {
      Audience(forumOrRole: $0.text("forum_or_role"), format: $0.text("format"))
    }
    sideEffects = node.texts("side_effects")
    collections = node.texts("collections")
  }
}

extension FollowUp.Review {
  init(_ node: YAMLNode) {
    self.init(last: node.date("last"), every: node.period("every"))
  }
}

extension FollowUp.Indicator {
  init(_ node: YAMLNode) {
    self.init(
      id: node.text("id") ?? "", name: node.text("name"), key: node.text("key"),
      definition: node.text("definition"), kind: node.text("kind"), level: node.text("level"),
      perspective: node.text("perspective"), source: node.text("source").flatMap(IndicatorSource.init),
      system: node.text("system"),
      availableIn: node.text("available_in"), minutes: node.double("minutes"), askedOf: node.texts("asked_of"),
      frequency: node.frequency("frequency"), unitOfAnalysis: node.text("unit_of_analysis"),
      usedForRanking: node.bool("used_for_ranking"), users: node.texts("users"),
      decisions: node.objects("decisions").map {
        FollowUp.Decision(
          name: $0.text("name"), forum: $0.text("forum"), frequency: $0.frequency("frequency"),
          kind: $0.text("kind").flatMap(DecisionKind.init))
      },
      lastUsed: node.date("last_used"), personalData: node.bool("personal_data"))
  }
}
