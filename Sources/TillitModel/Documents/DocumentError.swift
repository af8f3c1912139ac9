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
    case .mapping: return LocalizedText(sv: "en mappning", en: "a mapping")
    case .sequence: return LocalizedText(sv: "en lista", en: "a list")
    case .null: return LocalizedText(sv: "ingenting (null)", en: "nothing (null)")
    case .bool: return LocalizedText(sv: "ett sanningsvärde", en: "a boolean")
    case .int: return LocalizedText(sv: "ett heltal", en: "a whole number")
    case .float: return LocalizedText(sv: "ett decimaltal", en: "a decimal number")
    case .string: return LocalizedText(sv: "en text", en: "a text")
    }
  }

  private static func didYouMean(_ suggestion: String?) -> (sv: String, en: String) {
    guard let suggestion else { return ("", "") }
    return (" Menade du '\(suggestion)'?", " Did you mean '\(suggestion)'?")
  }

  public var diagnostic: Diagnostic {
    switch self {
    case .notAMapping(let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "ett dokument måste vara en mappning som börjar med apiVersion: \(DocumentKind.apiVersion) och kind",
          en: "a document must be a mapping that starts with apiVersion: \(DocumentKind.apiVersion) and kind"))
    case .missingField(let key, let path, let location):
      let place = path.isEmpty ? "" : " (\(path))"
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "'\(key)' saknas\(place); fältet krävs för att dokumentet ska kunna läsas",
          en: "'\(key)' is missing\(place); the field is required for the document to be read"))
    case .wrongType(let path, let expected, let found, let location):
      let foundText = DocumentError.typeName(found)
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "\(path): här ska stå \(expected.sv), men det står \(foundText.sv)",
          en: "\(path): expected \(expected.en), found \(foundText.en)"))
    case .notInSet(let path, let value, let allowed, let suggestion, let location):
      let value = TerminalText.quoted(value)
      let hint = DocumentError.didYouMean(suggestion)
      let list = allowed.joined(separator: ", ")
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "\(path): '\(value)' är inte ett tillåtet värde.\(hint.sv) Tillåtna: \(list)",
          en: "\(path): '\(value)' is not an allowed value.\(hint.en) Allowed: \(list)"))
    case .invalidValue(let path, let value, let expected, let location):
      let value = TerminalText.quoted(value)
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "\(path): '\(value)' är inte \(expected.sv)", en: "\(path): '\(value)' is not \(expected.en)"))
    case .outOfRange(let path, let value, let min, let max, let location):
      let value = TerminalText.quoted(value)
      let range: (sv: String, en: String)
      switch (min, max) {
      case (let lo?, let hi?): range = ("mellan \(lo) och \(hi)", "between \(lo) and \(hi)")
      case (let lo?, nil): range = ("minst \(lo)", "at least \(lo)")
      case (nil, let hi?): range = ("högst \(hi)", "at most \(hi)")
      case (nil, nil): range = ("", "")
      }
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "\(path): \(value) ligger utanför det tillåtna; värdet ska vara \(range.sv)",
          en: "\(path): \(value) is out of range; the value must be \(range.en)"))
    case .unknownKey(let path, let key, let suggestion, let allowed, let location):
      let key = TerminalText.quoted(key)
      let hint = DocumentError.didYouMean(suggestion)
      let place = path.isEmpty ? "" : " i \(path)"
      let placeEn = path.isEmpty ? "" : " in \(path)"
      let note = Diagnostic.Note(
        location: nil,
        message: LocalizedText(
          sv:
            "kända nycklar här: \(allowed.joined(separator: ", ")); egna anteckningar kan ha nycklar som börjar med x-",
          en: "known keys here: \(allowed.joined(separator: ", ")); your own notes can use keys starting with x-"))
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "okänd nyckel '\(key)'\(place).\(hint.sv) (en felstavad nyckel skulle tyst stänga av en kontroll)",
          en: "unknown key '\(key)'\(placeEn).\(hint.en) (a misspelt key would silently disable a check)"),
        notes: [note])
    case .unsupportedAPIVersion(let found, let location):
      let found = TerminalText.quoted(found)
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "apiVersion '\(found)' stöds inte; den här versionen av tillit läser \(DocumentKind.apiVersion)",
          en: "apiVersion '\(found)' is not supported; this version of tillit reads \(DocumentKind.apiVersion)"))
    case .unknownKind(let found, let suggestion, let location):
      let found = TerminalText.quoted(found)
      let hint = DocumentError.didYouMean(suggestion)
      let kinds = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "okänd kind '\(found)'.\(hint.sv) Kända: \(kinds)",
          en: "unknown kind '\(found)'.\(hint.en) Known: \(kinds)"))
    case .duplicateID(let kind, let id, let first, let second):
      let id = TerminalText.quoted(id)
      return Diagnostic(
        location: second,
        message: LocalizedText(
          sv: "id '\(id)' används redan av ett annat dokument av typen \(kind.rawValue); id måste vara unika per typ",
          en: "id '\(id)' is already used by another \(kind.rawValue); ids must be unique per kind"),
        notes: [.init(location: first, message: LocalizedText(sv: "första gången här", en: "first defined here"))])
    case .unknownCategory(let path, let value, let subject, let suggestion, let location):
      let value = TerminalText.quoted(value)
      let hint = DocumentError.didYouMean(suggestion)
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv:
            "\(path): '\(value)' finns inte i taxonomin över \(subject ? "registrerade" : "uppgiftskategorier").\(hint.sv) (en felstavning skulle tappa flaggor som känsliga uppgifter)",
          en:
            "\(path): '\(value)' is not in the taxonomy of \(subject ? "data subjects" : "data categories").\(hint.en) (a misspelling would drop flags such as special category)"
        ))
    case .notFinite(let path, let value, let location):
      let value = TerminalText.quoted(value)
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv:
            "\(path): '\(value)' är inget användbart tal; NaN (”inte ett tal”) och oändligt är inte tillåtna, skriv ett vanligt tal",
          en:
            "\(path): '\(value)' is not a usable number; NaN and infinity are not allowed, write an ordinary number"
        ))
    case .textTooLong(let path, let length, let limit, let location):
      let sv = (
        NumberFormat.format(Double(length), decimals: 0, language: .sv),
        NumberFormat.format(Double(limit), decimals: 0, language: .sv)
      )
      let en = (
        NumberFormat.format(Double(length), decimals: 0, language: .en),
        NumberFormat.format(Double(limit), decimals: 0, language: .en)
      )
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv:
            "\(path): texten är \(sv.0) tecken, mer än fältets gräns på \(sv.1); korta den, eller lägg den långa texten i ett eget dokument och hänvisa till det",
          en:
            "\(path): the text is \(en.0) characters, more than this field's limit of \(en.1); shorten it, or put the long text in a document of its own and refer to it"
        ))
    case .noOrganization:
      return Diagnostic(
        location: nil,
        message: LocalizedText(
          sv:
            "arbetsytan saknar ett dokument med kind: Organization; lägg till ett (roller, forum, personuppgiftsansvariga)",
          en: "the workspace has no document of kind: Organization; add one (roles, forums, controllers)"))
    case .multipleOrganizations(let first, let second):
      return Diagnostic(
        location: second,
        message: LocalizedText(
          sv: "en arbetsyta har exakt en Organization, men här finns en till",
          en: "a workspace has exactly one Organization, but here is another"),
        notes: [.init(location: first, message: LocalizedText(sv: "den första finns här", en: "the first is here"))])
    }
  }
}
