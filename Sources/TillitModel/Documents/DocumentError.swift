import CEL
import TillitYAML

/// A document that YAML could read but that is not a well-formed tillit document.
///
/// Missing *expected* content is not here: that is a finding of the rule packs. These are the
/// things that make a document unreadable or ambiguous (SCHEMA.md: malformed content is an error).
/// `path` is the place inside the document, e.g. `indicators[2].frequency`.
public enum DocumentError: Error, Sendable, Hashable, DiagnosticConvertible {
  case notAMapping(SourceLocation)
  case missingField(key: String, path: String, SourceLocation)
  case wrongType(path: String, expected: LocalizedText, found: YAMLTypeName, SourceLocation)
  case notInSet(path: String, value: String, allowed: [String], suggestion: String?, SourceLocation)
  case invalidValue(path: String, value: String, expected: LocalizedText, SourceLocation)
  case outOfRange(path: String, value: String, min: String?, max: String?, SourceLocation)
  case unknownKey(path: String, key: String, suggestion: String?, allowed: [String], SourceLocation)
  case unsupportedAPIVersion(found: String, SourceLocation)
  case unknownKind(found: String, suggestion: String?, SourceLocation)
  case duplicateID(kind: DocumentKind, id: String, first: SourceLocation, second: SourceLocation)
  /// A field or data-subject category that the taxonomy does not know: a typo must never drop
  /// a special-category flag.
  case unknownCategory(path: String, value: String, subject: Bool, suggestion: String?, SourceLocation)
  case noOrganization
  /// NaN or infinity where a number is expected: no count, share or duration can be either.
  case notFinite(path: String, value: String, SourceLocation)
  /// A text longer than its field's limit (`ShapeValidator.shortTextLimit` or
  /// `freeTextLimit`); `length` and `limit` count characters (Unicode scalars).
  case textTooLong(path: String, length: Int, limit: Int, SourceLocation)
  case multipleOrganizations(first: SourceLocation, second: SourceLocation)

  public var location: SourceLocation? {
    switch self {
    case .notAMapping(let l), .missingField(_, _, let l), .wrongType(_, _, _, let l),
      .notInSet(_, _, _, _, let l), .invalidValue(_, _, _, let l), .outOfRange(_, _, _, _, let l),
      .unknownKey(_, _, _, _, let l), .unsupportedAPIVersion(_, let l), .unknownKind(_, _, let l),
      .unknownCategory(_, _, _, _, let l), .notFinite(_, _, let l), .textTooLong(_, _, _, let l):
      return l
    case .duplicateID(_, _, _, let second), .multipleOrganizations(_, let second): return second
    case .noOrganization: return nil
    }
  }

  private static func typeName(_ type: YAMLTypeName) -> LocalizedText {
    switch type {
    case .mapping: return Texts.yamlTypeMapping
    case .sequence: return Texts.yamlTypeSequence
    case .null: return Texts.yamlTypeNull
    case .bool: return Texts.yamlTypeBool
    case .int: return Texts.yamlTypeInt
    case .float: return Texts.yamlTypeFloat
    case .string: return Texts.yamlTypeString
    }
  }

  private static func didYouMean(_ suggestion: String?) -> LocalizedText? {
    suggestion.map { Texts.documentDidYouMean(suggestion: $0) }
  }

  public var diagnostic: Diagnostic {
    switch self {
    case .notAMapping(let location):
      return Diagnostic(location: location, message: Texts.documentNotAMapping(version: DocumentKind.apiVersion))
    case .missingField(let key, let path, let location):
      return Diagnostic(
        location: location,
        message: path.isEmpty
          ? Texts.documentMissingField(key: key) : Texts.documentMissingFieldAt(key: key, path: path))
    case .wrongType(let path, let expected, let found, let location):
      return Diagnostic(
        location: location,
        message: Texts.documentWrongType(path: path, expected: expected, found: DocumentError.typeName(found)))
    case .notInSet(let path, let value, let allowed, let suggestion, let location):
      return Diagnostic(
        location: location,
        message: .sentences(
          Texts.documentNotInSet(path: path, value: TerminalText.quoted(value)),
          DocumentError.didYouMean(suggestion),
          Texts.documentNotInSetAllowed(values: allowed.joined(separator: ", "))))
    case .invalidValue(let path, let value, let expected, let location):
      return Diagnostic(
        location: location,
        message: Texts.documentInvalidValue(path: path, value: TerminalText.quoted(value), expected: expected))
    case .outOfRange(let path, let value, let min, let max, let location):
      let value = TerminalText.quoted(value)
      let range: LocalizedText?
      switch (min, max) {
      case (let lo?, let hi?): range = Texts.documentRangeBetween(min: lo, max: hi)
      case (let lo?, nil): range = Texts.documentRangeAtLeast(min: lo)
      case (nil, let hi?): range = Texts.documentRangeAtMost(max: hi)
      case (nil, nil): range = nil
      }
      return Diagnostic(
        location: location,
        message: range.map { Texts.documentOutOfRange(path: path, value: value, range: $0) }
          ?? Texts.documentOutOfRangeUnbounded(path: path, value: value))
    case .unknownKey(let path, let key, let suggestion, let allowed, let location):
      let key = TerminalText.quoted(key)
      return Diagnostic(
        location: location,
        message: .sentences(
          path.isEmpty ? Texts.documentUnknownKey(key: key) : Texts.documentUnknownKeyIn(key: key, path: path),
          DocumentError.didYouMean(suggestion),
          Texts.documentUnknownKeyWhy),
        notes: [
          Diagnostic.Note(location: nil, message: Texts.documentUnknownKeyKnown(keys: allowed.joined(separator: ", ")))
        ])
    case .unsupportedAPIVersion(let found, let location):
      return Diagnostic(
        location: location,
        message: Texts.documentUnsupportedApiVersion(
          found: TerminalText.quoted(found), version: DocumentKind.apiVersion))
    case .unknownKind(let found, let suggestion, let location):
      let kinds = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
      return Diagnostic(
        location: location,
        message: .sentences(
          Texts.documentUnknownKind(found: TerminalText.quoted(found)), DocumentError.didYouMean(suggestion),
          Texts.documentUnknownKindKnown(kinds: kinds)))
    case .duplicateID(let kind, let id, let first, let second):
      return Diagnostic(
        location: second,
        message: Texts.documentDuplicateId(id: TerminalText.quoted(id), kind: kind.rawValue),
        notes: [.init(location: first, message: Texts.documentFirstDefinedHere)])
    case .unknownCategory(let path, let value, let subject, let suggestion, let location):
      let value = TerminalText.quoted(value)
      return Diagnostic(
        location: location,
        message: .sentences(
          subject
            ? Texts.documentUnknownCategorySubject(path: path, value: value)
            : Texts.documentUnknownCategoryData(path: path, value: value),
          DocumentError.didYouMean(suggestion),
          Texts.documentUnknownCategoryWhy))
    case .notFinite(let path, let value, let location):
      return Diagnostic(
        location: location, message: Texts.documentNotFinite(path: path, value: TerminalText.quoted(value)))
    case .textTooLong(let path, let length, let limit, let location):
      return Diagnostic(
        location: location, message: Texts.documentTextTooLong(path: path, length: length, limit: limit))
    case .noOrganization:
      return Diagnostic(location: nil, message: Texts.documentNoOrganization)
    case .multipleOrganizations(let first, let second):
      return Diagnostic(
        location: second,
        message: Texts.documentMultipleOrganizations,
        notes: [.init(location: first, message: Texts.documentMultipleOrganizationsFirst)])
    }
  }
}
