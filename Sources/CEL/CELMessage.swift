/// A message of the library (a parse, check or evaluation error) in English and Swedish.
///
/// The library carries both texts so that a program using it can answer in either language
/// without a translation table of its own; it knows no other language and no program.
public struct CELMessage: Sendable, Hashable {
  public var sv: String
  public var en: String

  public init(sv: String, en: String) {
    self.sv = sv
    self.en = en
  }
}
