import CEL
import TillitYAML

/// One processing activity: one entry of the record of processing activities (GDPR Art. 30(1)).
public struct DataCollection: Sendable {
  public struct Party: Sendable {
    public var name: String?
    public var contact: String?
    public var arrangement: String?
  }

  public struct Consent: Sendable {
    public var voluntaryBecause: String?
    public var withdrawal: String?
    public var record: String?
  }

  public struct Purpose: Sendable {
    public var id: String
    public var description: String?
    public var legalBasis: String?
    public var law: String?
    public var consent: Consent?
    public var derivedFrom: [String]
    public var compatibility: String?
  }

  public struct DataSubjectGroup: Sendable {
    public var category: String?
    public var minAge: Int?
    public var estimatedCount: Int?
  }

  public struct Field: Sendable {
    public var id: String
    /// A taxonomy key such as `special.health`.
    public var category: String?
    public var purposes: [String]
    public var source: FieldSource?
    public var updateMechanism: String?
    /// The provision of offentlighets- och sekretesslagen (OSL) that protects the field.
    public var secrecy: String?
    public var freeText: Bool?
  }

  public struct SpecialCategoryBasis: Sendable {
    public var categories: [String]
    /// An Art. 9(2) ground, `9.2.a` … `9.2.j`.
    public var gdpr: String?
    public var law: String?
    public var sensitiveSearchBanRespected: Bool?
  }

  public struct NationalIDJustification: Sendable {
    public var ground: String?
    public var motivation: String?
  }

  public struct ProcessingAgreement: Sendable {
    public var ref: String?
    public var clauses: [String]
  }

  public struct Recipient: Sendable {
    public var id: String
    public var name: String?
    public var type: String?
    public var country: String?
    public var dpa: ProcessingAgreement?
    public var subProcessors: [(name: String?, country: String?)]
    public var disclosureBasis: String?
  }

  public struct Transfer: Sendable {
    public var recipient: String?
    public var country: String?
    public var mechanism: TransferMechanism?
    public var derogation: String?
    public var sccModule: Int?
    public var tia: (ref: String?, date: CalendarDate?)?
  }

  public struct Retention: Sendable {
    public var recordType: String?
    /// `<plan id>/<entry id>` of an Organization retention plan.
    public var planEntry: String?
    public var law: String?
    public var action: RetentionAction?
    public var period: Period?
    public var trigger: String?
  }

  public struct Security: Sendable {
    /// SKR KLASSA levels 0–4 for confidentiality, integrity and availability.
    public var classification: (c: Int?, i: Int?, a: Int?, ref: String?)?
    public var measures: [String]
    public var hosting: (provider: String?, country: String?)?
  }

  public struct Transparency: Sendable {
    public var notice: String?
    public var art14Exemption: String?
    public var exemptionMotivation: String?
  }

  public struct AutomatedDecisions: Sendable {
    public var exists: Bool?
    public var effect: String?
    public var profiling: Bool?
    public var basis: String?
    public var basisRef: String?
    public var safeguards: [String]
  }

  /// Facts for DPIA screening (WP248 criteria).
  public struct Processing: Sendable {
    public var evaluationScoring: Bool?
    public var systematicMonitoring: Bool?
    public var publiclyAccessibleArea: Bool?
    public var innovativeTechnology: String?
    public var preventsRightOrService: Bool?
    public var combines: [String]
    /// `true`, `false`, or nil for `auto` (decided from the number of data subjects).
    public var largeScale: Bool?
  }

  public struct DPIA: Sendable {
    public struct Override: Sendable {
      public var criterion: String?
      public var value: Bool?
      public var motivation: String?
    }

    public var screeningOverrides: [Override]
    public var status: DPIAStatus?
    public var date: CalendarDate?
    public var ref: String?
    public var dpoAdvice: CalendarDate?
    public var residualHighRisk: Bool?
    public var priorConsultation: (ref: String?, date: CalendarDate?)?
  }

  public var id: String
  public var name: String
  public var type: CollectionType?
  public var status: CollectionStatus?
  public var controller: String?
  public var role: String?
  public var onBehalfOf: [Party]
  public var jointControllers: [Party]
  public var purposes: [Purpose]
  public var dataSubjects: [DataSubjectGroup]
  public var fields: [Field]
  public var specialCategoryBasis: [SpecialCategoryBasis]
  public var criminalDataLaw: String?
  public var nationalIDJustification: NationalIDJustification?
  public var recipients: [Recipient]
  public var transfers: [Transfer]
  public var retention: Retention?
  public var security: Security?
  public var transparency: Transparency?
  public var automatedDecisions: AutomatedDecisions?
  public var processing: Processing?
  public var dpia: DPIA?
  public var review: FollowUp.Review?

  package init(_ node: YAMLNode) {
    func party(_ n: YAMLNode) -> Party {
      Party(name: n.text("name"), contact: n.text("contact"), arrangement: n.text("arrangement"))
    }
    id = node.text("id") ?? ""
    name = node.text("name") ?? ""
    type = node.text("type").flatMap(CollectionType.init)
    status = node.text("status").flatMap(CollectionStatus.init)
    controller = node.text("controller")
    role = node.text("role")
    onBehalfOf = node.objects("on_behalf_of").map(party)
    jointControllers = node.objects("joint_controllers").map(party)
    purposes = node.objects("purposes").map {
      Purpose(
        id: $0.text("id") ?? "", description: $0.text("description"), legalBasis: $0.text("legal_basis"),
        law: $0.text("law"),
        consent: $0.object("consent").map {
          Consent(
            voluntaryBecause: $0.text("voluntary_because"), withdrawal: $0.text("withdrawal"), record: $0.text("record")
          )
        },
        derivedFrom: $0.texts("derived_from"), compatibility: $0.text("compatibility"))
    }
    dataSubjects = node.objects("data_subjects").map {
      DataSubjectGroup(
        category: $0.text("category"), minAge: $0.int("min_age"), estimatedCount: $0.int("estimated_count"))
    }
    fields = node.objects("fields").map {
      Field(
        id: $0.text("id") ?? "", category: $0.text("category"), purposes: $0.texts("purposes"),
        source: $0.text("source").flatMap(FieldSource.init), updateMechanism: $0.text("update_mechanism"),
        secrecy: $0.text("secrecy"),
        freeText: $0.bool("free_text"))
    }
    specialCategoryBasis = node.objects("special_category_basis").map {
      SpecialCategoryBasis(
        categories: $0.texts("categories"), gdpr: $0.text("gdpr"), law: $0.text("law"),
        sensitiveSearchBanRespected: $0.bool("sensitive_search_ban_respected"))
    }
    criminalDataLaw = node.object("criminal_data_basis")?.text("law")
    nationalIDJustification = node.object("national_id_justification").map {
      NationalIDJustification(ground: $0.text("ground"), motivation: $0.text("motivation"))
    }
    recipients = node.objects("recipients").map {
      Recipient(
        id: $0.text("id") ?? "", name: $0.text("name"), type: $0.text("type"), country: $0.text("country"),
        dpa: $0.object("dpa").map { ProcessingAgreement(ref: $0.text("ref"), clauses: $0.texts("clauses")) },
        subProcessors: $0.objects("sub_processors").map { ($0.text("name"), $0.text("country")) },
        disclosureBasis: $0.text("disclosure_basis"))
    }
    transfers = node.objects("transfers").map {
      Transfer(
        recipient: $0.text("recipient"), country: $0.text("country"),
        mechanism: $0.text("mechanism").flatMap(TransferMechanism.init),
        derogation: $0.text("derogation"), sccModule: $0.int("scc_module"),
        tia: $0.object("tia").map { ($0.text("ref"), $0.date("date")) })
    }
    retention = node.object("retention").map {
      Retention(
        recordType: $0.text("record_type"), planEntry: $0.text("plan_entry"), law: $0.text("law"),
        action: $0.text("action").flatMap(RetentionAction.init), period: $0.period("period"),
        trigger: $0.text("trigger"))
    }
    security = node.object("security").map {
      Security(
        classification: $0.object("classification").map { ($0.int("c"), $0.int("i"), $0.int("a"), $0.text("ref")) },
        measures: $0.texts("measures"),
        hosting: $0.object("hosting").map { ($0.text("provider"), $0.text("country")) })
    }
    transparency = node.object("transparency").map {
      Transparency(
        notice: $0.text("notice"), art14Exemption: $0.text("art14_exemption"),
        exemptionMotivation: $0.text("exemption_motivation"))
    }
    automatedDecisions = node.object("automated_decisions").map {
      AutomatedDecisions(
        exists: $0.bool("exists"), effect: $0.text("effect"), profiling: $0.bool("profiling"),
        basis: $0.text("basis"), basisRef: $0.text("basis_ref"), safeguards: $0.texts("safeguards"))
    }
    processing = node.object("processing").map {
      Processing(
        evaluationScoring: $0.bool("evaluation_scoring"), systematicMonitoring: $0.bool("systematic_monitoring"),
        publiclyAccessibleArea: $0.bool("publicly_accessible_area"),
        innovativeTechnology: $0.text("innovative_technology"),
        preventsRightOrService: $0.bool("prevents_right_or_service"), combines: $0.texts("combines"),
        largeScale: $0.bool("large_scale"))
    }
    dpia = node.object("dpia").map {
      DPIA(
        screeningOverrides: $0.objects("screening_overrides").map {
          DPIA.Override(criterion: $0.text("criterion"), value: $0.bool("value"), motivation: $0.text("motivation"))
        },
        status: $0.text("status").flatMap(DPIAStatus.init), date: $0.date("date"), ref: $0.text("ref"),
        dpoAdvice: $0.date("dpo_advice"),
        residualHighRisk: $0.bool("residual_high_risk"),
        priorConsultation: $0.object("prior_consultation").map { ($0.text("ref"), $0.date("date")) })
    }
    review = node.object("review").map(FollowUp.Review.init)
  }
}
