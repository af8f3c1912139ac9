import CEL
import TillitModel
import TillitYAML

/// One Action as a run sees it: who acts, by when, and whether its finding is still there.
public struct ActionReview: Sendable {
  public var id: String
  public var name: String?
  public var owner: String
  /// The owner as a reader knows them: the role's name when the Organization has the role.
  public var ownerName: LocalizedText
  public var due: CalendarDate
  public var status: ActionStatus
  public var caseNumber: String?
  public var note: String?
  /// The finding it names, as the document gives it.
  public var reference: Action.FindingReference
  /// The finding it names, as a reader would write it: `RULE på TARGET[.path]` or a fingerprint.
  public var finding: LocalizedText
  /// How many findings of the run it names (0: the gap is gone).
  public var findingCount: Int
  public var state: ActionState
  public var location: SourceLocation

  /// By owner, then due date, then id: the order of `tillit actions`.
  public static func precedes(_ a: ActionReview, _ b: ActionReview) -> Bool {
    if a.owner != b.owner { return a.owner < b.owner }
    if a.due != b.due { return a.due < b.due }
    return a.id < b.id
  }
}
