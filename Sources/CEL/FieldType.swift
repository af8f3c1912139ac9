/// What is known before running about the form of the value a name holds, as far as selecting
/// fields from it goes: which fields a record has, what a list's elements are.
///
/// The expression layer knows nothing of documents: whoever compiles an expression declares
/// the type of each variable it knows (the policy packs derive them from the document schema),
/// and the `FieldChecker` refuses a field that can never be there, at load, instead of an
/// error on every document later. What is not declared is `dynamic` and never refused, so
/// plain CEL (the conformance tests, `tillit eval` on free values) is unaffected.
public indirect enum FieldType: Sendable, Hashable {
  /// Not known: any field may be selected. A free-form mapping (a dictionary, `any`), or a
  /// value out of the checker's reach.
  case dynamic
  /// A mapping with a closed set of fields (a document kind, an object inside one).
  case record(RecordType)
  case list(FieldType)
  /// A mapping with keys of the user's choosing, each value of one type.
  case map(FieldType)
  /// A value with no fields (a text, a number, a date…), named for messages ("a date").
  case scalar(CELMessage)

  /// The type of the elements a comprehension (`all`, `exists`, …) runs over: a list's
  /// elements, or a mapping's keys (texts).
  var elementType: FieldType {
    switch self {
    case .list(let element): return element
    case .record, .map: return .scalar(Texts.celTypeText)
    case .dynamic, .scalar: return .dynamic
    }
  }

  /// A type that admits the fields of both, for a name that holds either (a pack variable
  /// evaluated for documents of several kinds): a field is refused only if neither has it.
  public func merged(with other: FieldType) -> FieldType {
    switch (self, other) {
    case (.record(let a), .record(let b)): return .record(a.merged(with: b))
    case (.list(let a), .list(let b)): return .list(a.merged(with: b))
    case (.map(let a), .map(let b)): return .map(a.merged(with: b))
    case (.scalar, .scalar): return self == other ? self : .scalar(Texts.celTypeValue)
    default: return .dynamic
    }
  }
}
