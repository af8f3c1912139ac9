import TillitYAML

/// How far an Action has come. The words are the schema's; the labels are what reports say,
/// so that no one reads an enum id in a message (RULES.md §9.5).
public enum ActionStatus: String, CaseIterable, Sendable {
  case planned
  case inProgress = "in_progress"
  case done

  /// The status as an official would say it.
  public var label: LocalizedText {
    switch self {
    case .planned: return Texts.actionStatusPlanned
    case .inProgress: return Texts.actionStatusInProgress
    case .done: return Texts.actionStatusDone
    }
  }
}
