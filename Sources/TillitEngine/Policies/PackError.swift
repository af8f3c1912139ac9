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
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "fel i uttrycket: \(error.message.sv)", en: "error in the expression: \(error.message.en)"))
    case .duplicateRuleID(let id, let first, let second):
      return Diagnostic(
        location: second,
        message: LocalizedText(
          sv: "regel-id '\(id)' finns redan; varje regel behöver ett eget id",
          en: "rule id '\(id)' is already used; every rule needs its own id"),
        notes: [.init(location: first, message: LocalizedText(sv: "första gången här", en: "first defined here"))])
    case .unknownRule(let id, let suggestion, let location):
      let hint = suggestion.map { (" Menade du '\($0)'?", " Did you mean '\($0)'?") } ?? ("", "")
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "regeln '\(id)' finns inte i de paket som används.\(hint.0)",
          en: "rule '\(id)' is not in the packs in use.\(hint.1)"))
    case .unknownPack(let name, let suggestion, let known, let location):
      let hint = suggestion.map { (" Menade du '\($0)'?", " Did you mean '\($0)'?") } ?? ("", "")
      let list = known.joined(separator: ", ")
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "paketet '\(name)' finns inte; inbyggda paket: \(list), eller ange en sökväg till en .yaml-fil.\(hint.0)",
          en: "pack '\(name)' does not exist; built-in packs: \(list), or give the path of a .yaml file.\(hint.1)"))
    case .packFile(let reference, let path, let problem, let location):
      let looked = path == reference ? "" : " (\(path))"
      // Only a path written in a file is relative to that file; on the command line it is
      // relative to the current folder, as the user expects.
      let relative =
        problem == .missing && location != nil
        ? (
          " (en relativ sökväg räknas från filen som anger den)",
          " (a relative path counts from the file that names it)"
        )
        : ("", "")
      return Diagnostic(
        location: location ?? SourceLocation(file: path, line: 0, column: 0),
        message: LocalizedText(
          sv: "paketfilen '\(reference)'\(looked) \(problem.message.sv)\(relative.0)",
          en: "pack file '\(reference)'\(looked) \(problem.message.en)\(relative.1)"))
    case .packOutsideFolder(let reference, let boundary, let location):
      let holder: (sv: String, en: String)
      let instead: (sv: String, en: String)
      switch boundary.owner {
      case .configuration:
        holder = ("där tillit.yaml finns", "that holds tillit.yaml")
        instead = (
          "kopiera in paketet i den mappen eller ange det med --add-pack",
          "copy the pack into the repository, or name it with --add-pack"
        )
      case .commandLinePack:
        holder = ("där paketet som angavs på kommandoraden finns", "that holds the pack named on the command line")
        instead = (
          "kopiera in paketet i den mappen eller ange det med --add-pack i stället för i extends",
          "copy the pack into that folder, or name it with --add-pack instead of in extends"
        )
      }
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv:
            "paketfilen '\(reference)' ligger utanför mappen '\(boundary.folder)' \(holder.sv) och läses därför inte; \(instead.sv)",
          en:
            "pack file '\(reference)' is outside the folder '\(boundary.folder)' \(holder.en), so it is not read; \(instead.en)"
        ))
    case .extendsCycle(let chain, let location):
      let steps = chain.joined(separator: " → ")
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "paketet '\(chain.first ?? "")' utökar sig självt: \(steps); ta bort en av dessa extends",
          en: "pack '\(chain.first ?? "")' extends itself: \(steps); remove one of these extends"))
    case .extendsTooDeep(let limit, let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "extends leder genom fler än \(limit) paket i rad; låt paketen utöka varandra i färre led",
          en: "extends leads through more than \(limit) packs in a row; let the packs extend each other in fewer steps")
      )
    case .severalDocuments(let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "ett regelpaket är ett enda YAML-dokument, men ett till börjar här; lägg det i en egen fil",
          en: "a policy pack is one YAML document, but another one starts here; put it in a file of its own"))
    case .invalidFieldPath(let path, let kind, let needsList, let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "'\(path)' är inte \(needsList ? "en lista" : "ett fält") i \(kind.rawValue) (se tillit schema)",
          en: "'\(path)' is not \(needsList ? "a list" : "a field") of \(kind.rawValue) (see tillit schema)"))
    case .invalidFactsList(let path, let kind, let known, let location):
      let list = known.map { "facts.\($0)" }.joined(separator: ", ")
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "'\(path)' är ingen lista av fakta med plats för \(kind.rawValue); sådana är: \(list)",
          en: "'\(path)' is not a located facts list of \(kind.rawValue); those are: \(list)"))
    case .pathWithFactsList(let path, let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv:
            "path '\(path)' går inte att ange när for_each går över fakta: varje element bär sin egen plats; ta bort path",
          en:
            "path '\(path)' cannot be given when for_each runs over facts: each element carries its own place; remove path"
        )
      )
    case .duplicateVariable(let name, let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(sv: "variabeln '\(name)' finns redan", en: "variable '\(name)' is already defined"))
    case .invalidVariableName(let name, let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "'\(name)' kan inte vara ett variabelnamn (bokstäver a–z, siffror och _)",
          en: "'\(name)' cannot be a variable name (letters a–z, digits and _)"))
    case .variableChainTooLong(let name, let limit, let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv:
            "variabeln '\(name)' beräknas genom fler än \(limit) variabler i rad; räkna ut den direkt ur dokumentet i stället för via så många andra",
          en:
            "variable '\(name)' is computed through more than \(limit) variables in a row; compute it from the document directly rather than through so many others"
        ))
    case .exampleKindMismatch(let expected, let found, let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "exemplet är av typen \(found), men regeln gäller \(expected.rawValue)",
          en: "the example is a \(found), but the rule applies to \(expected.rawValue)"))
    case .organizationInAlso(let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "en Organization i also blir inte den org regeln ser; skriv den som exemplets organization:",
          en: "an Organization in also is not the org the rule sees; write it as the example's organization:"))
    case .notAPack(let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "filen är inget regelpaket: den ska börja med apiVersion: tillit/v1 och kind: PolicyPack",
          en: "the file is not a policy pack: it must start with apiVersion: tillit/v1 and kind: PolicyPack"))
    case .invalidAppliesTo(let found, let suggestion, let location):
      let kinds = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
      let hint = suggestion.map { LocalizedText(sv: " Menade du '\($0)'?", en: " Did you mean '\($0)'?") }
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv:
            "applies_to '\(found)' är ingen dokumenttyp; ange en av \(kinds), eller en lista av dem.\(hint?.sv ?? "")",
          en: "applies_to '\(found)' is no kind of document; give one of \(kinds), or a list of them.\(hint?.en ?? "")")
      )
    case .templateInPlainText(let field, let location):
      return Diagnostic(
        location: location,
        message: LocalizedText(
          sv: "\(field) visas som den står, så {{ … }} skulle synas för läsaren; bara message fylls i med värden",
          en: "\(field) is shown as written, so {{ … }} would reach the reader; only message is filled in with values"))
    }
  }
}
