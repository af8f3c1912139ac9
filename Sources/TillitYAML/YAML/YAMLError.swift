/// Everything that can go wrong while reading a YAML file, each with the place it happened.
public enum YAMLError: Error, Sendable, Hashable, DiagnosticConvertible {
  /// The file could not be read; `reason` in both languages (the system words it in English only).
  case unreadableFile(file: String, reason: LocalizedText)
  case fileTooLarge(file: String, bytes: Int, limit: Int)
  case invalidUTF8(SourceLocation)
  /// libyaml refused the text; `problem` is our reading of its message, `raw` its own words.
  case syntax(SourceLocation, problem: YAMLSyntaxProblem, raw: String, context: SourceLocation?)
  case duplicateKey(key: String, first: SourceLocation, second: SourceLocation)
  case tooDeep(SourceLocation, limit: Int)
  case tooManyAliases(SourceLocation, limit: Int)
  case aliasExpansionTooLarge(SourceLocation, limit: Int)
  case undefinedAlias(name: String, SourceLocation)
  case mergeKey(SourceLocation)
  case complexKey(SourceLocation)
  case unsupportedTag(tag: String, SourceLocation)
  /// A core-schema tag on a value it cannot hold (`!!int a`): the tag would otherwise be ignored
  /// and the value read as something else than the author said.
  case tagMismatch(tag: String, value: String, SourceLocation)
  /// A control character (NUL, BEL, ESC, …), which YAML does not allow anywhere in a file.
  case controlCharacter(codePoint: UInt32, SourceLocation)
  /// A file saved as UTF-16 or UTF-32; `encoding` names it ("UTF-16").
  case unsupportedEncoding(file: String, encoding: String)

  public var location: SourceLocation? {
    switch self {
    case .unreadableFile, .fileTooLarge, .unsupportedEncoding: return nil
    case .invalidUTF8(let l), .syntax(let l, _, _, _), .tooDeep(let l, _), .tooManyAliases(let l, _),
      .aliasExpansionTooLarge(let l, _), .undefinedAlias(_, let l), .mergeKey(let l),
      .complexKey(let l), .unsupportedTag(_, let l), .tagMismatch(_, _, let l), .controlCharacter(_, let l):
      return l
    case .duplicateKey(_, _, let second): return second
    }
  }

  public var diagnostic: Diagnostic {
    switch self {
    case .unreadableFile(let file, let reason):
      return Diagnostic(
        location: SourceLocation(file: file, line: 0, column: 0),
        message: Texts.yamlUnreadableFile(reason: reason))
    case .fileTooLarge(let file, let bytes, let limit):
      return Diagnostic(
        location: SourceLocation(file: file, line: 0, column: 0),
        message: Texts.yamlFileTooLarge(bytes: bytes, limit: limit))
    case .invalidUTF8(let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "ogiltig UTF-8 här; spara filen som UTF-8 (inte Latin-1 eller Windows-1252)",
          en: "invalid UTF-8 here; save the file as UTF-8 (not Latin-1 or Windows-1252)"))
    case .syntax(let location, let problem, let raw, let context):
      var notes = [Diagnostic.Note(location: nil, message: LocalizedText(sv: "libyaml: \(raw)", en: "libyaml: \(raw)"))]
      if let context, context != location {
        notes.append(
          Diagnostic.Note(
            location: context,
            message: LocalizedText(sv: "det som tolkades började här", en: "what was being read started here")))
      }
      return Diagnostic(location: location, message: problem.message, notes: notes)
    case .duplicateKey(let key, let first, let second):
      let key = TerminalText.quoted(key)
      return Diagnostic(
        location: second,
        message: LocalizedText(
          sv: "nyckeln '\(key)' finns redan i samma mappning; ta bort en av dem (den andra skulle tyst skrivas över)",
          en: "key '\(key)' appears twice in the same mapping; remove one (the other would be silently overridden)"),
        notes: [
          .init(location: first, message: LocalizedText(sv: "första gången här", en: "first defined here"))
        ])
    case .tooDeep(let location, let limit):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "nästlat djupare än \(limit) nivåer; så djupa strukturer används aldrig i tillits dokument",
          en: "nested deeper than \(limit) levels; tillit documents never need such depth"))
    case .tooManyAliases(let location, let limit):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "fler än \(limit) alias (*namn) i ett dokument; skriv ut värdena i stället",
          en: "more than \(limit) aliases (*name) in one document; write the values out instead"))
    case .aliasExpansionTooLarge(let location, let limit):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "alias här skulle ge mer än \(limit) noder när de expanderas (en \"alias-bomb\"); dokumentet läses inte",
          en: "aliases here would expand to more than \(limit) nodes (an \"alias bomb\"); the document is not read"))
    case .undefinedAlias(let name, let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "aliaset *\(name) pekar på ett ankare (&\(name)) som inte finns före det i dokumentet",
          en: "alias *\(name) refers to an anchor (&\(name)) not defined before it in the document"))
    case .mergeKey(let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "sammanslagningsnyckeln '<<' stöds inte (den finns inte i YAML 1.2); skriv ut nycklarna",
          en: "the merge key '<<' is not supported (YAML 1.2 has none); write the keys out"))
    case .complexKey(let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "en nyckel måste vara en enkel text, inte en lista eller mappning",
          en: "a key must be plain text, not a list or mapping"))
    case .unsupportedTag(let tag, let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv:
            "taggen \(tag) stöds inte (tillit läser YAML 1.2:s grundtyper); är det en text som börjar med '!', sätt den inom citattecken",
          en:
            "tag \(tag) is not supported (tillit reads YAML 1.2's core types); if this is text starting with '!', put it in quotes"
        ))
    case .tagMismatch(let tag, let value, let location):
      let value = TerminalText.quoted(value)
      let kind = YAMLError.tagMeaning(tag)
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "värdet '\(value)' passar inte taggen \(tag) (\(kind.sv)); rätta värdet eller ta bort taggen",
          en: "the value '\(value)' does not fit tag \(tag) (\(kind.en)); correct the value or remove the tag"))
    case .controlCharacter(let codePoint, let location):
      let name = YAMLError.controlCharacterName(codePoint)
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv:
            "styrtecknet \(name.code) (\(name.sv)) är inte tillåtet i YAML; ta bort det (det följer ofta med när text kopieras från ett annat program)",
          en:
            "the control character \(name.code) (\(name.en)) is not allowed in YAML; remove it (it often comes along when text is copied from another program)"
        ))
    case .unsupportedEncoding(let file, let encoding):
      return Diagnostic(
        location: SourceLocation(file: file, line: 0, column: 0),
        message: LocalizedText(
          sv:
            "filen är sparad som \(encoding), inte UTF-8; spara den som UTF-8 (i Anteckningar: Spara som, Kodning: UTF-8)",
          en: "the file is saved as \(encoding), not UTF-8; save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)"))
    }
  }

  /// What a core-schema tag asks for, for the mismatch message.
  private static func tagMeaning(_ tag: String) -> (sv: String, en: String) {
    switch tag {
    case "!!int": return ("ett heltal", "a whole number")
    case "!!float": return ("ett tal", "a number")
    case "!!bool": return ("true eller false", "true or false")
    case "!!null": return ("ingenting: null, ~ eller tomt", "nothing: null, ~ or empty")
    default: return ("", "")
    }
  }

  /// `U+0000` and a name people may know the character by.
  private static func controlCharacterName(_ codePoint: UInt32) -> (code: String, sv: String, en: String) {
    let hex = String(codePoint, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    switch codePoint {
    case 0x00: return (code, "NUL, en nollbyte", "NUL, a zero byte")
    case 0x07: return (code, "BEL, ljudsignal", "BEL, bell")
    case 0x08: return (code, "backsteg", "backspace")
    case 0x0C: return (code, "sidmatning", "form feed")
    case 0x1B: return (code, "ESC", "ESC, escape")
    case 0x7F: return (code, "DEL", "DEL, delete")
    default: return (code, "ett osynligt styrtecken", "an invisible control character")
    }
  }
}

/// libyaml's problems that users meet, in words that say what to do. libyaml's own text is kept
/// beside as a note, so nothing is lost when it says something we did not foresee.
public enum YAMLSyntaxProblem: Sendable, Hashable {
  case tab
  case badIndentation
  case unexpectedMappingValue
  case missingColon
  case unclosedQuote
  case unclosedFlow
  case unknownEscape
  case unexpectedEnd
  case invalidCharacter
  case other

  static func classify(problem: String, context: String) -> YAMLSyntaxProblem {
    let text = problem + " " + context
    if text.contains("tab") { return .tab }
    if problem.contains("mapping values are not allowed") { return .unexpectedMappingValue }
    if problem.contains("could not find expected ':'") { return .missingColon }
    if problem.contains("unknown escape") { return .unknownEscape }
    if context.contains("quoted scalar") && problem.contains("end of stream") { return .unclosedQuote }
    if context.contains("flow") && (problem.contains("did not find expected") || problem.contains("end of stream")) {
      return .unclosedFlow
    }
    if problem.contains("did not find expected key") || problem.contains("did not find expected '-'")
      || problem.contains("did not find expected <document start>")
    {
      return .badIndentation
    }
    if problem.contains("end of stream") { return .unexpectedEnd }
    if problem.contains("cannot start any token") || problem.contains("control characters") {
      return .invalidCharacter
    }
    return .other
  }

  var message: LocalizedText {
    switch self {
    case .tab:
      return LocalizedText(
        sv: "tabbtecken i indraget; YAML tillåter bara mellanslag för indrag",
        en: "tab character in indentation; YAML allows only spaces for indentation")
    case .badIndentation:
      return LocalizedText(
        sv: "felaktigt indrag: raden passar inte in i strukturen ovanför; kontrollera antalet mellanslag",
        en: "bad indentation: this line does not fit the structure above it; check the number of spaces")
    case .unexpectedMappingValue:
      return LocalizedText(
        sv: "oväntat ':' här; sätt citattecken runt värden som innehåller ': ' eller kontrollera indraget",
        en: "unexpected ':' here; quote values that contain ': ' or check the indentation")
    case .missingColon:
      return LocalizedText(
        sv: "ett ':' saknas efter nyckeln", en: "a ':' is missing after the key")
    case .unclosedQuote:
      return LocalizedText(
        sv: "citattecknet avslutas aldrig", en: "the quoted text is never closed")
    case .unclosedFlow:
      return LocalizedText(
        sv: "en [lista] eller {mappning} på en rad stängs inte, eller saknar ett kommatecken",
        en: "a [list] or {mapping} written inline is not closed, or lacks a comma")
    case .unknownEscape:
      return LocalizedText(
        sv:
          "okänd escape-sekvens i text inom dubbla citattecken; skriv \\\\ för ett omvänt snedstreck eller använd enkla citattecken",
        en: "unknown escape sequence in double-quoted text; write \\\\ for a backslash or use single quotes")
    case .unexpectedEnd:
      return LocalizedText(
        sv: "filen tar slut mitt i ett värde", en: "the file ends in the middle of a value")
    case .invalidCharacter:
      return LocalizedText(
        sv: "ett tecken som inte får inleda ett värde (t.ex. @ eller `); sätt citattecken runt värdet",
        en: "a character that cannot start a value (such as @ or `); quote the value")
    case .other:
      return LocalizedText(sv: "YAML-syntaxfel", en: "YAML syntax error")
    }
  }
}
