/// The closed vocabularies of a DataCollection that tillit's own code reads; as for
/// `IndicatorSource`, the schema takes its words from here.

/// What kind of processing a collection is.
public enum CollectionType: String, CaseIterable, Sendable {
  case survey, register
  case caseSystem = "case_system"
  case followUpDataset = "follow_up_dataset"
  case other
}

/// Where a collection is in its life: rules about records in use skip `retired` ones.
public enum CollectionStatus: String, CaseIterable, Sendable {
  case planned, active, retired
}

/// Where a data protection impact assessment stands (Art. 35).
public enum DPIAStatus: String, CaseIterable, Sendable {
  case notScreened = "not_screened"
  case screenedNotRequired = "screened_not_required"
  case required
  case inProgress = "in_progress"
  case done
  case coveredByLegislation = "covered_by_legislation"
}

/// Where a field's data comes from (Art. 13 when from the data subject, 14 otherwise).
public enum FieldSource: String, CaseIterable, Sendable {
  case dataSubject = "data_subject"
  case otherAuthority = "other_authority"
  case populationRegister = "population_register"
  case staff, derived, other
}

/// What makes a transfer to a third country lawful (GDPR chapter V).
public enum TransferMechanism: String, CaseIterable, Sendable {
  case adequacy, dpf, scc, bcr
  case authorityArrangement = "authority_arrangement"
  case derogation
}

/// What happens to the data when its time is up: kept (archived) or disposed of.
public enum RetentionAction: String, CaseIterable, Sendable {
  case keep, dispose
}
