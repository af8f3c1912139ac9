/// Reads a chain of fields (`doc.purpose.law`) in one go.
///
/// Selecting field by field builds a map value for every object on the way, only to read one
/// field of it and drop it. A document's objects are views of YAML nodes with their schema,
/// so the chain is walked node by node instead, and only the last field becomes a value.
/// The result, and the error of a field that does not exist, are those of selecting one
/// field at a time (`Compiler.select`).
enum FieldChain {
  static func select(_ fields: [String], from start: Value) throws -> Value {
    var value = start
    var i = 0
    while i < fields.count {
      guard case .map(let map) = value, case .document(let node, let shape) = map.storage else {
        value = try Compiler.select(value, fields[i])
        i += 1
        continue
      }
      var object = shape
      var current = node
      while true {
        let name = fields[i]
        guard let position = position(of: name, in: object) else { throw EvaluationError(.noSuchField(name)) }
        let child = current?[name]
        let fieldShape = object.fields[position].shape
        i += 1
        if i < fields.count, case .object(let next) = fieldShape {
          // What `DocumentValue.value(of:shape:)` would make of it: the node when it is a
          // mapping, else an absent object whose fields are all absent.
          current = child.flatMap { $0.isMapping ? $0 : nil }
          object = next
          continue
        }
        value = DocumentValue.value(of: child, shape: fieldShape)
        break
      }
    }
    return value
  }

  /// The field's position in its object: a scan of the (short) field list compares a few
  /// small strings, cheaper than hashing the name.
  @inline(__always)
  private static func position(of name: String, in object: ObjectShape) -> Int? {
    object.fields.firstIndex { $0.key == name }
  }
}
