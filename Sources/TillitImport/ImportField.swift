/// A column's meaning: which part of a document its cells fill. The raw values are the names
/// a `--map` file uses.
public enum ImportField: String, Sendable, CaseIterable, Hashable {
  // Both kinds.
  case id, name, reviewed
  // A record of processing activities (Art. 30(1)).
  case status, type, controller, purpose, legalBasis = "legal_basis", law
  case dataSubjects = "data_subjects", dataCategories = "data_categories", recipients, transfers
  case retention, security, dpia, dpiaDate = "dpia_date", notice
  // A follow-up inventory.
  case ownerFunction = "owner_function", ownerPerson = "owner_person", purposeStatement = "purpose_statement"
  case role, count, minutes, frequency, indicator, indicatorDefinition = "indicator_definition"
  case indicatorSource = "indicator_source"
  /// Not imported: the column's cells are left out (not even kept in the note).
  case ignore

  /// The fields a sheet of this kind can have.
  public static func fields(for kind: ImportKind) -> [ImportField] {
    switch kind {
    case .ropa:
      return [
        .id, .name, .status, .type, .controller, .purpose, .legalBasis, .law, .dataSubjects, .dataCategories,
        .recipients, .transfers, .retention, .security, .dpia, .dpiaDate, .notice, .reviewed, .ignore,
      ]
    case .followups:
      return [
        .id, .name, .ownerFunction, .ownerPerson, .purposeStatement, .role, .count, .minutes, .frequency,
        .indicator, .indicatorDefinition, .indicatorSource, .reviewed, .ignore,
      ]
    }
  }
}
