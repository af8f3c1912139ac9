import CEL
import TillitYAML

/// A decision to accept a finding for a while. Fails closed: an expired waiver, or one naming an
/// unknown rule or document, is itself a finding (reported by the engine).
public struct Waiver: Sendable {
  public var id: String
  public var name: String?
  public var rule: String?
  public var target: String?
  /// Narrows the waiver to one node of the target, e.g. `indicators[2]`.
  public var path: String?
  public var reason: String?
  public var approvedBy: String?
  /// The last day the waiver holds (inclusive).
  public var until: CalendarDate?

  init(_ node: YAMLNode) {
    id = node.text("id") ?? ""
    name = node.text("name")
    rule = node.text("rule")
    target = node.text("target")
    path = node.text("path")
    reason = node.text("reason")
    approvedBy = node.text("approved_by")
    until = node.date("until")
  }
}
