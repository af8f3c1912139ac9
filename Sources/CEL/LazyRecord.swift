/// A record (a map with a fixed set of text keys, such as a typed document object) a program
/// supplies without building it: a field is made when it is read.
public protocol LazyRecord: Sendable {
  /// Every field, in order; each one is present in the map (an absent one reads as null).
  var fieldNames: [String] { get }
  /// The field's value, or nil when the record has no such field.
  func field(_ name: String) -> Value?
}
