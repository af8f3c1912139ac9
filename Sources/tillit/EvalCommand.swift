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
      abstract: HelpText.text(Texts.helpEvalAbstract),
      discussion: HelpText.text(Texts.helpEvalDiscussion))
  }

  @OptionGroup var common: CommonOptions

  @Argument(
    help: ArgumentHelp(HelpText.text(Texts.helpEvalExpression), valueName: HelpText.text(Texts.helpValueExpression)))
  var expression: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpEvalInput),
      valueName: HelpText.text(Texts.helpValueYamlFile)))
  var input: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpEvalWorkspace),
      valueName: HelpText.text(Texts.helpValuePath)))
  var workspace: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpEvalDocument),
      valueName: "ID"))
  var document: String?

  @Option(
    name: .customLong("var"),
    help: ArgumentHelp(
      HelpText.text(Texts.helpEvalVar),
      valueName: HelpText.text(Texts.helpValueVariable)))
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
          Texts.evalVariableForm(assignment: assignment).text(language))
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
            Texts.evalNoSuchDocument(id: id, workspace: workspacePath).text(language))
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
    return Texts.evalErrorAt(column: column, message: message.text(language)).text(language)
      + "\n    \(shown)\n    \(padding)^\n"
  }
}
