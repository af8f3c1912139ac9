/// A list a program supplies without building it: elements are made when read. A workspace of
/// documents gives its YAML sequences this way, so a rule that only counts them converts none.
public protocol LazyList: Sendable {
  var count: Int { get }
  func element(at position: Int) -> Value
}
