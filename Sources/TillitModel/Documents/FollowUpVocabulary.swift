/// The closed vocabularies of a FollowUp that tillit's own code reads. Each is the one list of
/// its values: the schema (`DocumentSchema`) takes its words from here, so validation, the
/// JSON Schema and the typed model cannot disagree, and the code compares cases, not text.

/// Where an indicator's figure comes from: produced by the respondents (`manual`, `survey`)
/// or fed from a system or register without their effort (RULES.md §9.1.1).
public enum IndicatorSource: String, CaseIterable, Sendable {
  case system, manual, survey, register
}

/// Whether a decision governs (a committee's or a management group's, capped by its forum's
/// meetings) or is operational (daily planning, invoicing), taken at its own pace.
public enum DecisionKind: String, CaseIterable, Sendable {
  case governance, operational
}

/// What a follow-up is for.
public enum PurposeType: String, CaseIterable, Sendable {
  case learning, development, control, accountability
  case resourceAllocation = "resource_allocation"
  case legalRequirement = "legal_requirement"
}
