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
      return Diagnostic(location: location, message: Texts.yamlInvalidUtf8)
    case .syntax(let location, let problem, let raw, let context):
      var notes = [Diagnostic.Note(location: nil, message: Texts.yamlLibyamlSaid(raw: raw))]
      if let context, context != location {
        notes.append(Diagnostic.Note(location: context, message: Texts.yamlContextStartedHere))
      }
      return Diagnostic(location: location, message: problem.message, notes: notes)
    case .duplicateKey(let key, let first, let second):
      return Diagnostic(
        location: second,
        message: Texts.yamlDuplicateKey(key: TerminalText.quoted(key)),
        notes: [.init(location: first, message: Texts.yamlDuplicateKeyFirst)])
    case .tooDeep(let location, let limit):
      return Diagnostic(location: location, message: Texts.yamlTooDeep(limit: limit))
    case .tooManyAliases(let location, let limit):
      return Diagnostic(location: location, message: Texts.yamlTooManyAliases(limit: limit))
    case .aliasExpansionTooLarge(let location, let limit):
      return Diagnostic(location: location, message: Texts.yamlAliasExpansionTooLarge(limit: limit))
    case .undefinedAlias(let name, let location):
      return Diagnostic(location: location, message: Texts.yamlUndefinedAlias(name: name))
    case .mergeKey(let location):
      return Diagnostic(location: location, message: Texts.yamlMergeKey)
    case .complexKey(let location):
      return Diagnostic(location: location, message: Texts.yamlComplexKey)
    case .unsupportedTag(let tag, let location):
      return Diagnostic(location: location, message: Texts.yamlUnsupportedTag(tag: tag))
    case .tagMismatch(let tag, let value, let location):
      return Diagnostic(
        location: location,
        message: Texts.yamlTagMismatch(
          value: TerminalText.quoted(value), tag: tag, meaning: YAMLError.tagMeaning(tag)))
    case .controlCharacter(let codePoint, let location):
      return Diagnostic(
        location: location,
        message: Texts.yamlControlCharacter(
          code: YAMLError.codePointName(codePoint), name: YAMLError.controlCharacterName(codePoint)))
    case .unsupportedEncoding(let file, let encoding):
      return Diagnostic(
        location: SourceLocation(file: file, line: 0, column: 0),
        message: Texts.yamlUnsupportedEncoding(encoding: encoding))
    }
  }

  /// What a core-schema tag asks for, for the mismatch message. Only the four core tags reach
  /// a mismatch; any other is refused as unsupported before.
  private static func tagMeaning(_ tag: String) -> LocalizedText {
    switch tag {
    case "!!int": return Texts.yamlTagInt
    case "!!float": return Texts.yamlTagFloat
    case "!!bool": return Texts.yamlTagBool
    default: return Texts.yamlTagNull
    }
  }

  /// `U+0000`: how the character is written in Unicode's own notation.
  private static func codePointName(_ codePoint: UInt32) -> String {
    let hex = String(codePoint, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// A name people may know the character by.
  private static func controlCharacterName(_ codePoint: UInt32) -> LocalizedText {
    switch codePoint {
    case 0x00: return Texts.yamlControlCharacterNul
    case 0x07: return Texts.yamlControlCharacterBel
    case 0x08: return Texts.yamlControlCharacterBackspace
    case 0x0C: return Texts.yamlControlCharacterFormFeed
    case 0x1B: return Texts.yamlControlCharacterEsc
    case 0x7F: return Texts.yamlControlCharacterDel
    default: return Texts.yamlControlCharacterOther
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
    case .tab: return Texts.yamlSyntaxTab
    case .badIndentation: return Texts.yamlSyntaxBadIndentation
    case .unexpectedMappingValue: return Texts.yamlSyntaxUnexpectedMappingValue
    case .missingColon: return Texts.yamlSyntaxMissingColon
    case .unclosedQuote: return Texts.yamlSyntaxUnclosedQuote
    case .unclosedFlow: return Texts.yamlSyntaxUnclosedFlow
    case .unknownEscape: return Texts.yamlSyntaxUnknownEscape
    case .unexpectedEnd: return Texts.yamlSyntaxUnexpectedEnd
    case .invalidCharacter: return Texts.yamlSyntaxInvalidCharacter
    case .other: return Texts.yamlSyntaxOther
    }
  }
}
