import CEL
import TillitYAML

/// Plans, once per expression, the reads of a chain of fields of a document object
/// (`doc.purpose.law`, `item.role`): which keys to follow through which objects, and the shape
/// of the field reached, all looked up in the schema when the pack is loaded. Evaluating is then
/// following the keys node by node and converting only the last one (issue #15 item 1).
public struct DocumentReadPlanner: RecordReadPlanner {
  let shape: ObjectShape

  public init(shape: ObjectShape) {
    self.shape = shape
  }

  /// A plan when every name but the last is an object field and the last is a field; a chain
  /// that goes on through a list, a text or a free mapping is read field by field.
  public func plan(_ names: [String]) -> (any PlannedRead)? {
    guard !names.isEmpty else { return nil }
    var object = shape
    for (i, name) in names.enumerated() {
      guard let field = object.field(name) else { return nil }
      if i == names.count - 1 { return DocumentRead(objectName: shape.name, keys: names, last: field.shape) }
      guard case .object(let next) = field.shape else { return nil }
      object = next
    }
    return nil
  }
}

/// One planned chain (see `DocumentReadPlanner`): the same value `DocumentRecord.fields` gives
/// for it, without looking a field up in the schema or making a record on the way.
struct DocumentRead: PlannedRead {
  /// The name of the object shape the plan starts from: a record of another shape is read
  /// field by field. Object names are unique in the schema (`DocumentReadPlannerTests`).
  let objectName: String
  let keys: [String]
  /// The shape of the last field.
  let last: Shape

  func read(from record: any LazyRecord) -> Value? {
    guard let record = record as? DocumentRecord, record.shape.name == objectName else { return nil }
    var node = record.node
    for key in keys.dropLast() {
      // What `DocumentValue.value(of:shape:)` makes of an object field: the node when it is a
      // mapping, else an absent object whose fields are all absent.
      node = node?[key].flatMap { $0.isMapping ? $0 : nil }
    }
    return DocumentValue.value(of: node?[keys[keys.count - 1]], shape: last)
  }
}
