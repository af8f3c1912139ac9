import CEL
import TillitYAML

/// The shapes of tillit's document kinds: SCHEMA.md in Swift.
///
/// Field order follows SCHEMA.md so the JSON Schema reads like the design document.
public enum DocumentSchema {
  package typealias F = ObjectShape.Field

  static func list(_ name: String, _ fields: [F]) -> Shape { .list(.object(ObjectShape(name, fields))) }
  static func object(_ name: String, _ fields: [F]) -> Shape { .object(ObjectShape(name, fields)) }
  static func words(_ values: String...) -> Shape { .oneOf(values) }
  /// The words of a vocabulary the code reads as an enum: one list for both.
  static func words<Vocabulary: CaseIterable & RawRepresentable>(_: Vocabulary.Type) -> Shape
  where Vocabulary.RawValue == String {
    .oneOf(Vocabulary.allCases.map(\.rawValue))
  }

  /// `apiVersion`, `kind`, `id`, `name`: the only fields a document needs to load. A Waiver
  /// has no name in SCHEMA.md (its id and reason say what it is), so there it is optional.
  static func header(kind: DocumentKind) -> [F] {
    [
      F("apiVersion", .oneOf([DocumentKind.apiVersion]), required: true),
      F("kind", .oneOf([kind.rawValue]), required: true),
      F("id", .documentID, required: true),
      F("name", .text, required: kind != .waiver && kind != .action),
    ]
  }

  static let review = object("Review", [F("last", .date), F("every", .period)])

  // MARK: Organization

  package static let thresholdFields: [F] = [
    F("review_interval", .period),
    F("feedback_within_days", .integer(min: 0, max: nil)),
    F("stale_decision_cycles", .number(min: 0, max: nil)),
    F("stale_min_days", .integer(min: 0, max: nil)),
    F("max_indicators", .integer(min: 0, max: nil)),
    F("process_burden_fte", .number(min: 0, max: nil)),
    F("respondent_share_of_time", .number(min: 0, max: 1)),
    F("excess_share", .number(min: 0, max: 1)),
    F("top_savings", .integer(min: 0, max: nil)),
    F("peak_factor", .number(min: 1, max: nil)),
    F("peak_min_hours_per_head", .number(min: 0, max: nil)),
    F("min_purpose_chars", .integer(min: 0, max: nil)),
    F("vague_purpose_terms", .list(.text)),
    F("klassa_c_baseline", .integer(min: 0, max: 4)),
    F("klassa_c_strong", .integer(min: 0, max: 4)),
    F("adequacy_max_age", .period),
    F("dpia_max_age", .period),
    F("large_scale_subjects", .integer(min: 0, max: nil)),
  ]

  public static let organization = ObjectShape(
    "Organization",
    header(kind: .organization) + [
      F("currency", .text),
      F("annual_hours_per_fte", .number(min: 1, max: 8760)),
      F(
        "roles",
        list(
          "Role",
          [
            F("id", .text, required: true), F("name", .localizedText),
            F("headcount", .integer(min: 0, max: nil)), F("hourly_cost", .number(min: 0, max: nil)),
            F("frontline", .boolean),
          ])),
      F(
        "forums",
        list("Forum", [F("id", .text, required: true), F("name", .localizedText), F("meets", .frequency)])),
      F("budgets", list("Budget", [F("role", .text), F("max_share_of_time", .number(min: 0, max: 1))])),
      F(
        "controllers",
        list(
          "Controller",
          [
            F("id", .text, required: true), F("name", .localizedText), F("contact", .text), F("org_no", .text),
          ])),
      F(
        "dpo",
        object("DataProtectionOfficer", [F("name", .text), F("contact", .text), F("reported_to_supervisor", .date)])),
      F("breach_procedure", .text),
      F(
        "adequacy",
        object("Adequacy", [F("countries", .list(.countryCode)), F("us_dpf", .boolean), F("as_of", .date)])),
      F(
        "retention_plans",
        list(
          "RetentionPlan",
          [
            F("id", .text, required: true), F("controller", .text),
            F(
              "entries",
              list(
                "RetentionPlanEntry",
                [
                  F("id", .text, required: true), F("document_type", .text),
                  F("action", words(RetentionAction.self)), F("period", .period),
                ])),
          ])),
      F("population", .integer(min: 0, max: nil)),
      F("thresholds", object("Thresholds", thresholdFields)),
      // The organisation's own additions to the taxonomy of data and subject categories.
      F(
        "taxonomy",
        object(
          "TaxonomyExtension",
          [
            F(
              "categories",
              list(
                "TaxonomyCategory",
                [
                  F("key", .text, required: true), F("sv", .text), F("en", .text),
                  F("special", .oneOf(specialCategories)), F("criminal", .boolean), F("national_id", .boolean),
                  F("highly_personal", .boolean),
                ])),
            F(
              "subjects",
              list(
                "TaxonomySubject",
                [F("key", .text, required: true), F("sv", .text), F("en", .text), F("vulnerable", .boolean)])),
          ])),
    ])

  // MARK: FollowUp

  public static let ownerFunctions = [
    "finance", "hr", "it", "communication", "quality", "sustainability", "operations", "other",
  ]
  public static let purposeTypes = PurposeType.allCases.map(\.rawValue)

  public static let followUp = ObjectShape(
    "FollowUp",
    header(kind: .followUp) + [
      F("owner", object("Owner", [F("function", .oneOf(ownerFunctions)), F("person", .text)])),
      F(
        "purpose",
        object("Purpose", [F("statement", .text), F("types", .list(.oneOf(purposeTypes))), F("law", .text)])),
      F("shared_understanding", .boolean),
      F("designed_with_respondents", .boolean),
      F("review", review),
      F(
        "respondents",
        list(
          "RespondentGroup",
          [
            F("role", .text), F("count", .integer(min: 0, max: nil)),
            F("minutes_per_response", .number(min: 0, max: nil)), F("frequency", .frequency),
            F("hourly_cost", .number(min: 0, max: nil)), F("business_as_usual_share", .number(min: 0, max: 1)),
            F("months", .list(.integer(min: 1, max: 12))),
          ])),
      F(
        "indicators",
        list(
          "Indicator",
          [
            F("id", .text, required: true), F("name", .text), F("key", .text), F("definition", .text),
            F("kind", words("quantitative", "qualitative")),
            F("level", words("structure", "process", "outcome")),
            F("perspective", words("citizen", "user", "staff", "finance", "operations")),
            F("source", words(IndicatorSource.self)),
            F("system", .text), F("available_in", .text), F("minutes", .number(min: 0, max: nil)),
            F("asked_of", .list(.text)), F("frequency", .frequency),
            F("unit_of_analysis", words("individual", "unit", "operation", "organisation")),
            F("used_for_ranking", .boolean), F("users", .list(.text)),
            F(
              "decisions",
              list(
                "Decision",
                [
                  F("name", .text), F("forum", .text), F("frequency", .frequency),
                  F("kind", words(DecisionKind.self)),
                ])),
            F("last_used", .date), F("personal_data", .boolean),
          ])),
      F(
        "citizen_perspective",
        object(
          "CitizenPerspective",
          [F("methods", .list(words("survey", "dialogue", "complaints", "user_panel", "observation")))])),
      F(
        "qualitative_analysis",
        object(
          "QualitativeAnalysis",
          [F("by", .list(words("professions", "staff_function", "management", "citizens", "external")))])),
      F(
        "feedback",
        object(
          "Feedback",
          [
            F("to_respondents", .boolean), F("within_days", .integer(min: 0, max: nil)),
            F(
              "arena",
              object(
                "FeedbackArena",
                [
                  F("name", .text),
                  F(
                    "kind",
                    words(
                      "collegial_dialogue", "quality_dialogue", "workplace_meeting", "management_group",
                      "user_council", "other")),
                  F("frequency", .frequency), F("participants", .list(.text)),
                ])),
          ])),
      F(
        "audiences",
        list(
          "Audience",
          [
            F("forum_or_role", .text),
            F("format", words("summary", "dashboard", "report", "web", "presentation", "open_data")),
          ])),
      F("side_effects", .list(.text)),
      F("collections", .list(.text)),
    ])

  // MARK: DataCollection

  public static let legalBases = [
    "consent", "contract", "legal_obligation", "vital_interests", "public_task", "official_authority",
    "legitimate_interests",
  ]
  public static let specialCategories = [
    "racial_ethnic", "political", "religious_philosophical", "trade_union", "genetic", "biometric_id", "health",
    "sex_life_orientation",
  ]
  public static let securityMeasures = [
    "rbac", "mfa", "encryption_transit", "encryption_rest", "logging", "log_review", "pseudonymisation", "backup",
    "restore_test", "testing", "confidentiality_undertaking",
  ]
  static let contactParty = [F("name", .text), F("contact", .text)]

  public static let dataCollection = ObjectShape(
    "DataCollection",
    header(kind: .dataCollection) + [
      F("type", words(CollectionType.self)),
      F("status", words(CollectionStatus.self)),
      F("controller", .text),
      F("role", words("controller", "processor")),
      F("on_behalf_of", list("ControllerServed", contactParty)),
      F("joint_controllers", list("JointController", contactParty + [F("arrangement", .text)])),
      F(
        "purposes",
        list(
          "ProcessingPurpose",
          [
            F("id", .text, required: true), F("description", .text), F("legal_basis", .oneOf(legalBases)),
            F("law", .text),
            F(
              "consent",
              object("Consent", [F("voluntary_because", .text), F("withdrawal", .text), F("record", .text)])),
            F("derived_from", .list(.text)), F("compatibility", .text),
          ])),
      F(
        "data_subjects",
        list(
          "DataSubjectGroup",
          [
            F("category", .text), F("min_age", .integer(min: 0, max: 150)),
            F("estimated_count", .integer(min: 0, max: nil)),
          ])),
      F(
        "fields",
        list(
          "DataField",
          [
            F("id", .text, required: true), F("category", .text), F("purposes", .list(.text)),
            F(
              "source", words(FieldSource.self)),
            F("update_mechanism", .text), F("secrecy", .text), F("free_text", .boolean),
          ])),
      F(
        "special_category_basis",
        list(
          "SpecialCategoryBasis",
          [
            F("categories", .list(.oneOf(specialCategories))),
            F("gdpr", .oneOf(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].map { "9.2.\($0)" })),
            F("law", .text), F("sensitive_search_ban_respected", .boolean),
          ])),
      F("criminal_data_basis", object("CriminalDataBasis", [F("law", .text)])),
      F(
        "national_id_justification",
        object(
          "NationalIDJustification",
          [
            F("ground", words("purpose", "secure_identification", "other_considerable_reason", "consent")),
            F("motivation", .text),
          ])),
      F(
        "recipients",
        list(
          "Recipient",
          [
            F("id", .text, required: true), F("name", .text),
            F(
              "type",
              words("same_authority", "other_authority", "processor", "sub_processor", "third_party", "public")),
            F("country", .countryCode),
            F(
              "dpa",
              object(
                "ProcessingAgreement",
                [F("ref", .text), F("clauses", .list(words("a", "b", "c", "d", "e", "f", "g", "h")))])),
            F("sub_processors", list("SubProcessor", [F("name", .text), F("country", .countryCode)])),
            F("disclosure_basis", .text),
          ])),
      F(
        "transfers",
        list(
          "Transfer",
          [
            F("recipient", .text), F("country", .countryCode),
            F("mechanism", words(TransferMechanism.self)),
            F(
              "derogation",
              .oneOf(["a", "b", "c", "d", "e", "f", "g"].map { "49.1.\($0)" } + ["49.1.second_subparagraph"])),
            F("scc_module", .integer(min: 1, max: 4)),
            F("tia", object("TransferImpactAssessment", [F("ref", .text), F("date", .date)])),
          ])),
      F(
        "retention",
        object(
          "Retention",
          [
            F("record_type", words("allman_handling", "arbetsmaterial", "mixed")),
            F("plan_entry", .planEntryReference), F("law", .text), F("action", words(RetentionAction.self)),
            F("period", .period), F("trigger", .text),
          ])),
      F(
        "security",
        object(
          "Security",
          [
            F(
              "classification",
              object(
                "KlassaClassification",
                [
                  F("c", .integer(min: 0, max: 4)), F("i", .integer(min: 0, max: 4)),
                  F("a", .integer(min: 0, max: 4)), F("ref", .text),
                ])),
            F("measures", .list(.oneOf(securityMeasures))),
            F("hosting", object("Hosting", [F("provider", .text), F("country", .countryCode)])),
          ])),
      F(
        "transparency",
        object(
          "Transparency",
          [
            F("notice", .text), F("art14_exemption", words("none", "a", "b", "c", "d")),
            F("exemption_motivation", .text),
          ])),
      F(
        "automated_decisions",
        object(
          "AutomatedDecisions",
          [
            F("exists", .boolean), F("effect", words("none", "legal", "similarly_significant")),
            F("profiling", .boolean), F("basis", words("law", "contract", "explicit_consent")),
            F("basis_ref", .text), F("safeguards", .list(words("human_review", "contest", "explain_logic"))),
          ])),
      F(
        "processing",
        object(
          "ProcessingFacts",
          [
            F("evaluation_scoring", .boolean), F("systematic_monitoring", .boolean),
            F("publicly_accessible_area", .boolean), F("innovative_technology", .text),
            F("prevents_right_or_service", .boolean), F("combines", .list(.text)),
            F("large_scale", .booleanOrAuto),
            // Offered as an information-society service directly to the data subjects: where
            // consent from a child needs a guardian's (Art. 8(1); SE-LAW-001).
            F("online_service", .boolean),
          ])),
      F(
        "dpia",
        object(
          "DPIA",
          [
            F(
              "screening_overrides",
              list(
                "ScreeningOverride",
                [
                  F("criterion", .oneOf((1...9).map { "C\($0)" })), F("value", .boolean),
                  F("motivation", .text),
                ])),
            F(
              "status", words(DPIAStatus.self)),
            F("date", .date), F("ref", .text), F("dpo_advice", .date), F("residual_high_risk", .boolean),
            F("prior_consultation", object("PriorConsultation", [F("ref", .text), F("date", .date)])),
          ])),
      F("review", review),
    ])

  // MARK: Waiver

  public static let waiver = ObjectShape(
    "Waiver",
    header(kind: .waiver) + [
      F("rule", .text), F("target", .text), F("path", .text), F("reason", .text), F("approved_by", .text),
      F("until", .date),
    ])

  // MARK: Action

  /// An Action names its finding, who acts, by when and how far it has come; the rest is
  /// optional. Like a Waiver it needs no name (its finding and owner say what it is), and like
  /// a Waiver's its missing parts are the engine's finding (TILLIT-ACTION-INCOMPLETE), not a
  /// load error: only the header is needed to load any document.
  public static let action = ObjectShape(
    "Action",
    header(kind: .action) + [
      F(
        "finding",
        object(
          "ActionFinding",
          [F("rule", .text), F("target", .text), F("path", .text), F("fingerprint", .text)])),
      F("owner", .text), F("due", .date), F("status", words(ActionStatus.self)), F("case_number", .text),
      F("note", .text),
    ])

  /// The shape of an inline example document in a pack: as the kind's, but the header may be
  /// left out (the kind is the rule's, the id `example`).
  package static func exampleShape(of kind: DocumentKind) -> ObjectShape {
    let shape = self.shape(of: kind)
    return ObjectShape(shape.name, shape.fields.map { ObjectShape.Field($0.key, $0.shape, required: false) })
  }

  public static func shape(of kind: DocumentKind) -> ObjectShape {
    switch kind {
    case .organization: return organization
    case .followUp: return followUp
    case .dataCollection: return dataCollection
    case .waiver: return waiver
    case .action: return action
    }
  }
}
