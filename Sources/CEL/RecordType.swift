/// A closed set of named fields, in the order the schema gives them (the order the known
/// fields are listed in messages).
public struct RecordType: Sendable, Hashable {
  /// What the record is, for messages: `FollowUp`, `Feedback`; several when merged.
  public let names: [String]
  public let fieldNames: [String]
  private let types: [String: FieldType]
  /// How the program reads a chain of fields of such a record directly (see
  /// `RecordReadPlanner`); no part of the type's identity, and dropped by `merged(with:)`.
  public let planner: (any RecordReadPlanner)?

  public init(name: String, fields: [(name: String, type: FieldType)], planner: (any RecordReadPlanner)? = nil) {
    self.init(names: [name], fields: fields, planner: planner)
  }

  private init(names: [String], fields: [(name: String, type: FieldType)], planner: (any RecordReadPlanner)? = nil) {
    self.planner = planner
    self.names = names
    var fieldNames: [String] = []
    var types: [String: FieldType] = [:]
    for field in fields where types[field.name] == nil {
      fieldNames.append(field.name)
      types[field.name] = field.type
    }
    self.fieldNames = fieldNames
    self.types = types
  }

  public func field(_ name: String) -> FieldType? { types[name] }

  public static func == (lhs: RecordType, rhs: RecordType) -> Bool {
    lhs.names == rhs.names && lhs.fieldNames == rhs.fieldNames && lhs.types == rhs.types
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(names)
    hasher.combine(fieldNames)
  }

  /// Every field of both; a field both have takes the merged type of the two.
  func merged(with other: RecordType) -> RecordType {
    if self == other { return self }
    var fields = fieldNames.map { name in
      (name: name, type: other.field(name).map { types[name]!.merged(with: $0) } ?? types[name]!)
    }
    fields += other.fieldNames.filter { types[$0] == nil }.map { (name: $0, type: other.field($0)!) }
    let names = self.names + other.names.filter { !self.names.contains($0) }
    return RecordType(names: names, fields: fields)
  }
}
