/// A program's plan for reading a chain of fields (`doc.purpose.law`) of its own records
/// directly, made once when an expression is compiled.
///
/// Selecting field by field looks each name up in the record's description and makes a
/// value for every record on the way. When the compiler knows the declared type of the name
/// a chain starts from (`RecordType.planner`), it asks the program for a plan instead, and
/// runs it on every evaluation; a record the plan was not made for (dynamic data, another
/// kind) is read field by field as before, so a plan changes no result.
public protocol RecordReadPlanner: Sendable {
  /// A direct read of `names` from a record of this type, or nil when the program has none.
  func plan(_ names: [String]) -> (any PlannedRead)?
}

/// One planned chain of fields (see `RecordReadPlanner`).
public protocol PlannedRead: Sendable {
  /// The value the chain reaches from `record`, exactly as selecting its fields one at a time
  /// would give it; nil when `record` is not one the plan was made for.
  func read(from record: any LazyRecord) -> Value?
}
