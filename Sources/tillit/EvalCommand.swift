import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// `tillit eval EXPR`: evaluates one expression, for rule authors trying a condition.
struct EvalCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "eval",
      abstract: HelpText.text(
        sv: "Beräknar ett uttryck (CEL) och skriver resultatet som JSON – för den som skriver regler.",
        en: "Evaluates an expression (CEL) and prints the result as JSON – for rule authors."),
      discussion: HelpText.text(
        sv: """
          Med --input binds filens första dokument till doc (och alla dess dokument till docs), med
          samma typer som regler ser: datum, perioder, tal; fält som saknas är null eller [].
          Exempel: tillit eval 'doc.review.last + doc.review.every < today()' --input x.yaml --today 2026-11-29
          Slutkod 0 med ett resultat, 2 vid fel i uttrycket eller indata.
          """,
        en: """
          With --input, the file's first document is bound to doc (and all its documents to docs),
          with the types rules see: dates, periods, numbers; absent fields are null or [].
          Example: tillit eval 'doc.review.last + doc.review.every < today()' --input x.yaml --today 2026-11-29
          Exit code 0 with a result, 2 for an error in the expression or the input.
          """))
  }

  @OptionGroup var common: CommonOptions

  @Argument(help: ArgumentHelp(HelpText.text(sv: "Uttrycket.", en: "The expression."), valueName: "EXPR"))
  var expression: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(sv: "Ett YAML-dokument att binda till doc.", en: "A YAML document to bind to doc."),
      valueName: "FILE.yaml"))
  var input: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "En hel arbetsyta: binder org, och med --document även doc och facts (de beräknade fakta regler ser).",
        en: "A whole workspace: binds org, and with --document also doc and facts (the computed facts rules see)."),
      valueName: "PATH"))
  var workspace: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "Id för dokumentet i --workspace som ska bli doc.",
        en: "The id of the document in --workspace to bind as doc."),
      valueName: "ID"))
  var document: String?

  @Option(
    name: .customLong("var"),
    help: ArgumentHelp(
      HelpText.text(sv: "En variabel: NAMN=JSON (upprepas).", en: "A variable: NAME=JSON (repeatable)."),
      valueName: "NAME=JSON"))
  var variables: [String] = []

  @OptionGroup var date: TodayOption

  func run() throws {
    let language = common.language
    var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
    var bindings: [String: Value] = [:]
    for assignment in variables {
      guard let equals = assignment.firstIndex(of: "="),
        let value = Value.fromJSON(String(assignment[assignment.index(after: equals)...]))
      else {
        throw ValidationError(
          LocalizedText(
            sv: "--var ska vara NAMN=JSON, t.ex. --var n=3 eller --var 'x={\"a\": 1}': \(assignment)",
            en: "--var takes NAME=JSON, e.g. --var n=3 or --var 'x={\"a\": 1}': \(assignment)"
          ).text(language))
      }
      bindings[String(assignment[..<equals])] = value
    }
    if let input {
      let loaded = WorkspaceLoader(requiresOrganization: false).load(paths: [input])
      if loaded.hasErrors {
        Output.standardError(renderer.render(loaded.diagnostics))
        throw ExitCode(2)
      }
      let values = loaded.workspace.documents.map(DocumentValue.make)
      bindings["doc"] = values.first ?? .null
      bindings["docs"] = .list(values)
    }
    if let workspacePath = workspace {
      let loaded = WorkspaceLoader().load(paths: [workspacePath])
      if loaded.hasErrors {
        Output.standardError(renderer.render(loaded.diagnostics))
        throw ExitCode(2)
      }
      let facts = WorkspaceFacts(
        workspace: loaded.workspace, thresholds: Thresholds(organization: loaded.workspace.organization))
      if let organization = loaded.workspace.documents.first(where: { $0.kind == .organization }) {
        bindings["org"] = DocumentValue.make(organization)
      }
      if let id = document {
        guard let target = loaded.workspace.documents.first(where: { $0.id == id }) else {
          throw ValidationError(
            LocalizedText(
              sv: "--document: inget dokument har id '\(id)' i \(workspacePath)",
              en: "--document: no document has id '\(id)' in \(workspacePath)"
            ).text(language))
        }
        bindings["doc"] = DocumentValue.make(target)
        bindings["facts"] = facts.value(for: target)
      }
    }
    let names = bindings.keys.sorted()
    let program: CompiledExpression
    do {
      program = try CompiledExpression(expression, variables: names, functions: TillitFunctions.library)
    } catch {
      Output.standardError(render(LocalizedText(error.message), error.range, renderer: &renderer))
      throw ExitCode(2)
    }
    do {
      let result = try program.evaluate(bindings, today: try date.resolved(language: language))
      Output.standardOutput(result.jsonText + "\n")
    } catch let error as EvaluationError {
      Output.standardError(render(LocalizedText(error.message), error.range ?? 0..<0, renderer: &renderer))
      throw ExitCode(2)
    }
  }

  /// Compiler-style, with the expression as the "source line" and a caret under the place.
  /// A long expression is shown as the stretch around the place (`…` where it is cut), so an
  /// error in a 10,000-character expression is one readable line, not a screenful.
  private func render(_ message: LocalizedText, _ range: Range<Int>, renderer: inout DiagnosticRenderer) -> String {
    let language = common.language
    let word = language == .sv ? "fel" : "error"
    let column = range.lowerBound + 1
    let scalars = Array(expression.unicodeScalars)
    let context = 60
    let start = max(0, range.lowerBound - context)
    let end = min(scalars.count, range.lowerBound + context)
    let lead = start > 0 ? "…" : ""
    let shown = lead + String(String.UnicodeScalarView(scalars[start..<end])) + (end < scalars.count ? "…" : "")
    let before =
      (start > 0 ? [" "] : []) + scalars[start..<min(range.lowerBound, scalars.count)].map { $0 == "\t" ? "\t" : " " }
    let padding = before.joined()
    return "<expr>:1:\(column): \(word): \(message.text(language))\n    \(shown)\n    \(padding)^\n"
  }
}
