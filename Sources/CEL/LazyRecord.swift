/// A record (a map with a fixed set of text keys, such as a typed document object) a program
/// supplies without building it: a field is made when it is read.
public protocol LazyRecord: Sendable {
  /// Every field, in order; each one is present in the map (an absent one reads as null).
  var fieldNames: [String] { get }
  /// The field's value, or nil when the record has no such field.
  func field(_ name: String) -> Value?
  /// Whether the record has the field (`has(r.f)`, `'f' in r`), without making its value.
  func hasField(_ name: String) -> Bool
  /// Reads a chain of fields (`a.b.c`) from here as far as the record can without making the
  /// records on the way: the value reached and how many names were read (at least one), or
  /// nil when the first name is no field. The result is that of reading one field at a time.
  func fields(_ names: ArraySlice<String>) -> (value: Value, read: Int)?
}

extension LazyRecord {
  public func hasField(_ name: String) -> Bool { field(name) != nil }

  public func fields(_ names: ArraySlice<String>) -> (value: Value, read: Int)? {
    guard let first = names.first, let value = field(first) else { return nil }
    return (value, 1)
  }
}
