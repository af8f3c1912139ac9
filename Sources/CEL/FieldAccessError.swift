/// A field read that can never succeed, found before running from the declared types of the
/// expression's names (see `FieldType`). Each case carries the range of the field's name in
/// the expression, so that a pack reports it at the field's own line and column.
///
/// `owner` is the expression the field is read from, as written (`doc.feedback`,
/// `doc.indicators[0]`, `i`), so the message names the place the reader can see.
public enum FieldAccessError: Error, Sendable, Hashable {
  /// A record has no field of that name: a misspelling, or a field of another kind.
  case unknownField(field: String, owner: String, record: [String], suggestion: String?, known: [String], Range<Int>)
  /// A text, number, date… has no fields at all.
  case fieldOfScalar(field: String, owner: String, scalar: CELMessage, Range<Int>)
  /// A list has no fields: its elements do.
  case fieldOfList(field: String, owner: String, Range<Int>)

  public var range: Range<Int> {
    switch self {
    case .unknownField(_, _, _, _, _, let range), .fieldOfScalar(_, _, _, let range), .fieldOfList(_, _, let range):
      return range
    }
  }

  public var message: CELMessage {
    switch self {
    case .unknownField(let field, let owner, let record, let suggestion, let known, _):
      let hint = suggestion.map { CELMessage(sv: " Menade du '\($0)'?", en: " Did you mean '\($0)'?") }
      let list = known.joined(separator: ", ")
      return CELMessage(
        sv:
          "okänt fält '\(field)' i \(owner) (\(Self.names(record, or: "eller"))).\(hint?.sv ?? "") Kända fält: \(list)",
        en:
          "unknown field '\(field)' in \(owner) (\(Self.names(record, or: "or"))).\(hint?.en ?? "") Known fields: \(list)"
      )
    case .fieldOfScalar(let field, let owner, let scalar, _):
      return CELMessage(
        sv: "\(owner) är \(scalar.sv) och har inga fält, så '\(field)' finns inte där",
        en: "\(owner) is \(scalar.en) and has no fields, so there is no '\(field)' in it")
    case .fieldOfList(let field, let owner, _):
      return CELMessage(
        sv:
          "\(owner) är en lista och har inget fält '\(field)'; läs det ur varje element, t.ex. \(owner).all(x, x.\(field) …) eller \(owner)[0].\(field)",
        en:
          "\(owner) is a list and has no field '\(field)'; read it from each element, e.g. \(owner).all(x, x.\(field) …) or \(owner)[0].\(field)"
      )
    }
  }

  /// `A`, `A or B`, `A, B or C`.
  private static func names(_ names: [String], or word: String) -> String {
    guard names.count > 1 else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " \(word) " + names.last!
  }
}
