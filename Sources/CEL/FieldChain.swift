/// Reads a chain of fields (`doc.purpose.law`) in one go.
///
/// Selecting field by field builds a map value for every object on the way, only to read one
/// field of it and drop it. A program's record (`LazyRecord`) can answer a whole chain at once
/// (a document's objects walk their YAML nodes and schema, and only the last field becomes a
/// value). The result, and the error of a field that does not exist, are those of selecting
/// one field at a time (`Compiler.select`).
enum FieldChain {
  static func select(_ fields: [String], from start: Value) throws -> Value {
    var value = start
    var i = 0
    while i < fields.count {
      guard case .map(let map) = value, case .record(let record) = map.storage,
        let (reached, read) = record.fields(fields[i...])
      else {
        value = try Compiler.select(value, fields[i])
        i += 1
        continue
      }
      value = reached
      i += read
    }
    return value
  }
}
