import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// What makes a policy pack unusable. A pack is never skipped silently: each of these stops
/// the run (exit 2) with the place in the pack.
public enum PackError: Error, Sendable, Hashable, DiagnosticConvertible {
  case expression(ExpressionError, SourceLocation)
  case duplicateRuleID(id: String, first: SourceLocation, second: SourceLocation)
  case unknownRule(id: String, suggestion: String?, SourceLocation)
  /// A name that is no built-in pack; `suggestion` is the closest built-in name, if any is close.
  case unknownPack(name: String, suggestion: String?, known: [String], SourceLocation?)
  /// A pack file that cannot be read, as `reference` was written and as `path` was looked for.
  case packFile(reference: String, path: String, problem: SourceFileProblem, SourceLocation?)
  /// A pack path written in a file (`packs:`, `extends:`) that leads outside `boundary`. Only
  /// the reference as written is said, never where a link points: see `FolderBoundary`.
  case packOutsideFolder(reference: String, boundary: FolderBoundary, SourceLocation)
  /// `chain` is every pack from the first to the one named again, which closes it.
  case extendsCycle(chain: [String], SourceLocation)
  case extendsTooDeep(limit: Int, SourceLocation)
  /// A pack file is one YAML document; this is where the second starts.
  case severalDocuments(SourceLocation)
  case invalidFieldPath(path: String, kind: DocumentKind, needsList: Bool, SourceLocation)
  case invalidFactsList(path: String, kind: DocumentKind, known: [String], SourceLocation)
  case pathWithFactsList(path: String, SourceLocation)
  case duplicateVariable(name: String, SourceLocation)
  case invalidVariableName(name: String, SourceLocation)
  /// `name` is computed through more than `limit` variables, itself included.
  case variableChainTooLong(name: String, limit: Int, SourceLocation)
  case exampleKindMismatch(expected: DocumentKind, found: String, SourceLocation)
  case organizationInAlso(SourceLocation)
  case notAPack(SourceLocation)
  /// An `applies_to` that is not a kind of document, or a list of them.
  case invalidAppliesTo(found: String, suggestion: String?, SourceLocation)
  /// `{{ … }}` in a field that is shown as written (title, description, remediation).
  case templateInPlainText(field: String, SourceLocation)

  public var diagnostic: Diagnostic {
    switch self {
    case .expression(let error, let location):
      return Diagnostic(location: location, message: Texts.packExpressionError(reason: LocalizedText(error.message)))
    case .duplicateRuleID(let id, let first, let second):
      return Diagnostic(
        location: second, message: Texts.packDuplicateRuleId(id: id),
        notes: [.init(location: first, message: Texts.packFirstDefinedHere)])
    case .unknownRule(let id, let suggestion, let location):
      return Diagnostic(location: location, message: Self.suggesting(suggestion, after: Texts.packUnknownRule(id: id)))
    case .unknownPack(let name, let suggestion, let known, let location):
      let message = Texts.packUnknownPack(name: name, packs: known.joined(separator: ", "))
      return Diagnostic(location: location, message: Self.suggesting(suggestion, after: message))
    case .packFile(let reference, let path, let problem, let location):
      var message =
        path == reference
        ? Texts.packFileProblem(reference: reference, problem: problem.message)
        : Texts.packFileProblemLookedFor(reference: reference, path: path, problem: problem.message)
      // Only a path written in a file is relative to that file; on the command line it is
      // relative to the current folder, as the user expects.
      if problem == .missing && location != nil { message = message.appending(Texts.packRelativePathHint) }
      return Diagnostic(location: location ?? SourceLocation(file: path, line: 0, column: 0), message: message)
    case .packOutsideFolder(let reference, let boundary, let location):
      let message: LocalizedText
      switch boundary.owner {
      case .configuration:
        message = Texts.packOutsideFolderConfiguration(reference: reference, folder: boundary.folder)
      case .commandLinePack:
        message = Texts.packOutsideFolderCommandLinePack(reference: reference, folder: boundary.folder)
      }
      return Diagnostic(location: location, message: message)
    case .extendsCycle(let chain, let location):
      return Diagnostic(
        location: location,
        message: Texts.packExtendsCycle(pack: chain.first ?? "", steps: chain.joined(separator: " → ")))
    case .extendsTooDeep(let limit, let location):
      return Diagnostic(location: location, message: Texts.packExtendsTooDeep(limit: limit))
    case .severalDocuments(let location):
      return Diagnostic(location: location, message: Texts.packSeveralDocuments)
    case .invalidFieldPath(let path, let kind, let needsList, let location):
      return Diagnostic(
        location: location,
        message: needsList
          ? Texts.packNotAList(path: path, kind: kind.rawValue) : Texts.packNotAField(path: path, kind: kind.rawValue))
    case .invalidFactsList(let path, let kind, let known, let location):
      let lists = known.map { "facts.\($0)" }.joined(separator: ", ")
      return Diagnostic(
        location: location, message: Texts.packInvalidFactsList(path: path, kind: kind.rawValue, lists: lists))
    case .pathWithFactsList(let path, let location):
      return Diagnostic(location: location, message: Texts.packPathWithFactsList(path: path))
    case .duplicateVariable(let name, let location):
      return Diagnostic(location: location, message: Texts.packDuplicateVariable(name: name))
    case .invalidVariableName(let name, let location):
      return Diagnostic(location: location, message: Texts.packInvalidVariableName(name: name))
    case .variableChainTooLong(let name, let limit, let location):
      return Diagnostic(location: location, message: Texts.packVariableChainTooLong(name: name, limit: limit))
    case .exampleKindMismatch(let expected, let found, let location):
      return Diagnostic(
        location: location, message: Texts.packExampleKindMismatch(found: found, expected: expected.rawValue))
    case .organizationInAlso(let location):
      return Diagnostic(location: location, message: Texts.packOrganizationInAlso)
    case .notAPack(let location):
      return Diagnostic(location: location, message: Texts.packNotAPack)
    case .invalidAppliesTo(let found, let suggestion, let location):
      let kinds = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
      return Diagnostic(
        location: location,
        message: Self.suggesting(suggestion, after: Texts.packInvalidAppliesTo(found: found, kinds: kinds)))
    case .templateInPlainText(let field, let location):
      return Diagnostic(location: location, message: Texts.packTemplateInPlainText(field: field))
    }
  }

  /// `message`, then "Did you mean …?" when a known name is close to the one written.
  private static func suggesting(_ suggestion: String?, after message: LocalizedText) -> LocalizedText {
    suggestion.map { message.appending(Texts.packDidYouMean(name: $0)) } ?? message
  }
}
