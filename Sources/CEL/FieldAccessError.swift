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
      let list = known.joined(separator: ", ")
      guard let suggestion else {
        return Texts.celFieldUnknown(field: field, owner: owner, record: .alternatives(record), known: list)
      }
      return Texts.celFieldUnknownWithSuggestion(
        field: field, owner: owner, record: .alternatives(record), suggestion: suggestion, known: list)
    case .fieldOfScalar(let field, let owner, let scalar, _):
      return Texts.celFieldOfScalar(owner: owner, scalar: scalar, field: field)
    case .fieldOfList(let field, let owner, _):
      return Texts.celFieldOfList(owner: owner, field: field)
    }
  }
}
