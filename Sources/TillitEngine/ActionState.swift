import TillitYAML

/// Where an Action stands against the findings of a run: what `tillit actions` lists and what
/// a check report says of an action whose finding is gone.
public enum ActionState: String, Sendable, CaseIterable, Comparable {
  /// Not done, not past its due date, and its finding still reported.
  case open
  /// Not done and past its due date (TILLIT-ACTION-OVERDUE).
  case overdue
  /// Done, but its finding is still reported (TILLIT-ACTION-INEFFECTIVE).
  case ineffective = "done_but_still_there"
  /// Its finding is no longer reported: the action can be closed (or removed).
  case readyToClose = "ready_to_close"

  public var label: LocalizedText {
    switch self {
    case .open: return Texts.actionStateOpen
    case .overdue: return Texts.actionStateOverdue
    case .ineffective: return Texts.actionStateIneffective
    case .readyToClose: return Texts.actionStateReadyToClose
    }
  }

  public static func < (lhs: ActionState, rhs: ActionState) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
