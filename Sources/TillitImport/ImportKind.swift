/// What a sheet holds: a record of processing activities (one DataCollection per row) or a
/// follow-up inventory (FollowUps, one row per follow-up or per indicator).
public enum ImportKind: String, Sendable, CaseIterable {
  case ropa, followups
}
