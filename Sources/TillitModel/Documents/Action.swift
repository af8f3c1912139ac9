import CEL
import TillitYAML

/// A decision to close the gap a finding shows: who acts, by when, and how far it has come.
///
/// Unlike a waiver it accepts nothing: the finding still counts while the action is open, and
/// the engine reports an action past its `due` (TILLIT-ACTION-OVERDUE) or one marked done whose
/// finding is still there (TILLIT-ACTION-INEFFECTIVE).
public struct Action: Sendable {
  /// Which finding the action closes: by rule and document (and optionally a place in it), or
  /// by the finding's fingerprint as the reports show it.
  public struct FindingReference: Sendable, Hashable {
    public var rule: String?
    public var target: String?
    /// Narrows the action to one node of the target and what is inside it, as a waiver's path.
    public var path: String?
    public var fingerprint: String?

    public init(rule: String? = nil, target: String? = nil, path: String? = nil, fingerprint: String? = nil) {
      self.rule = rule
      self.target = target
      self.path = path
      self.fingerprint = fingerprint
    }
  }

  public var id: String
  public var name: String?
  public var finding: FindingReference?
  /// A role id of the organisation or a person's name: who acts.
  public var owner: String?
  /// The day the action is to be done by (inclusive).
  public var due: CalendarDate?
  public var status: ActionStatus?
  /// The registry number (diarienummer) of the decision or matter.
  public var caseNumber: String?
  public var note: String?

  /// Whether the action is still to be carried out: anything but done.
  public var isOpen: Bool { status != .done }

  init(_ node: YAMLNode) {
    id = node.text("id") ?? ""
    name = node.text("name")
    finding = node.object("finding").map {
      FindingReference(
        rule: $0.text("rule"), target: $0.text("target"), path: $0.text("path"), fingerprint: $0.text("fingerprint"))
    }
    owner = node.text("owner")
    due = node.date("due")
    status = node.text("status").flatMap(ActionStatus.init)
    caseNumber = node.text("case_number")
    note = node.text("note")
  }
}
