import CEL
import TillitYAML

/// The one organisation of a workspace: the people who answer follow-up (roles, the SCM
/// population and tariff), the forums that use results, and the data-protection set-up.
public struct Organization: Sendable {
  public struct Role: Sendable {
    public var id: String
    public var name: LocalizedName?
    public var headcount: Int?
    /// Fully loaded cost per hour (salary and employer fees), in the organisation's currency.
    public var hourlyCost: Double?
    public var frontline: Bool
  }

  public struct Forum: Sendable {
    public var id: String
    public var name: LocalizedName?
    public var meets: Frequency?
  }

  public struct Budget: Sendable {
    public var role: String?
    /// A share of a full-time year, 0–1.
    public var maxShareOfTime: Double?
  }

  public struct Controller: Sendable {
    public var id: String
    public var name: LocalizedName?
    public var contact: String?
    public var orgNo: String?
  }

  public struct DataProtectionOfficer: Sendable {
    public var name: String?
    public var contact: String?
    public var reportedToSupervisor: CalendarDate?
  }

  public struct Adequacy: Sendable {
    public var countries: [String]
    public var usDPF: Bool?
    public var asOf: CalendarDate?
  }

  public struct RetentionPlan: Sendable {
    public struct Entry: Sendable {
      public var id: String
      public var documentType: String?
      public var action: String?
      public var period: Period?
    }

    public var id: String
    public var controller: String?
    public var entries: [Entry]
  }

  public var id: String
  public var name: String
  public var currency: String?
  public var annualHoursPerFTE: Double?
  public var roles: [Role]
  public var forums: [Forum]
  public var budgets: [Budget]
  public var controllers: [Controller]
  public var dpo: DataProtectionOfficer?
  public var breachProcedure: String?
  public var adequacy: Adequacy?
  public var retentionPlans: [RetentionPlan]
  public var population: Int?
  /// The organisation's overrides of policy defaults, as written (RULES.md §1 lists them).
  public var thresholds: YAMLNode?

  /// The currency money is shown in; SEK unless the organisation says otherwise.
  public var effectiveCurrency: String { currency ?? "SEK" }
  /// Hours a full-time employee works a year; 1,700 unless the organisation says otherwise.
  public var effectiveAnnualHoursPerFTE: Double { annualHoursPerFTE ?? 1700 }

  init(_ node: YAMLNode) {
    id = node.text("id") ?? ""
    name = node.text("name") ?? ""
    currency = node.text("currency")
    annualHoursPerFTE = node.double("annual_hours_per_fte")
    roles = node.objects("roles").map {
      Role(
        id: $0.text("id") ?? "", name: $0.localizedName("name"), headcount: $0.int("headcount"),
        hourlyCost: $0.double("hourly_cost"), frontline: $0.bool("frontline") ?? false)
    }
    forums = node.objects("forums").map {
      Forum(id: $0.text("id") ?? "", name: $0.localizedName("name"), meets: $0.frequency("meets"))
    }
    budgets = node.objects("budgets").map {
      Budget(role: $0.text("role"), maxShareOfTime: $0.double("max_share_of_time"))
    }
    controllers = node.objects("controllers").map {
      Controller(
        id: $0.text("id") ?? "", name: $0.localizedName("name"), contact: $0.text("contact"),
        orgNo: $0.text("org_no"))
    }
    dpo = node.object("dpo").map {
      DataProtectionOfficer(
        name: $0.text("name"), contact: $0.text("contact"), reportedToSupervisor: $0.date("reported_to_supervisor"))
    }
    breachProcedure = node.text("breach_procedure")
    adequacy = node.object("adequacy").map {
      Adequacy(countries: $0.texts("countries"), usDPF: $0.bool("us_dpf"), asOf: $0.date("as_of"))
    }
    retentionPlans = node.objects("retention_plans").map { plan in
      RetentionPlan(
        id: plan.text("id") ?? "", controller: plan.text("controller"),
        entries: plan.objects("entries").map {
          RetentionPlan.Entry(
            id: $0.text("id") ?? "", documentType: $0.text("document_type"), action: $0.text("action"),
            period: $0.period("period"))
        })
    }
    population = node.int("population")
    thresholds = node.object("thresholds")
  }
}
