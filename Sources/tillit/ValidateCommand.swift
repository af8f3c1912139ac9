import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// `tillit validate PATH...`: loads the workspace and reports every problem that keeps a
/// document from being read, or a one-line summary when there is none.
struct ValidateCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "validate",
      abstract: HelpText.text(
        sv: "Läser och kontrollerar dokumenten (YAML-syntax, fält, typer, id) utan att köra regler.",
        en: "Reads and checks the documents (YAML syntax, fields, types, ids) without running rules."),
      discussion: HelpText.text(
        sv: "Slutkod 0 när allt kan läsas, 2 när något inte kan det (varje problem visas med fil:rad:kolumn).",
        en: "Exit code 0 when everything can be read, 2 when something cannot (each problem shown as file:line:column)."
      ))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var files: FileOptions

  @Argument(
    help: ArgumentHelp(
      HelpText.text(
        sv: "YAML-filer eller mappar (sökes rekursivt efter *.yaml och *.yml med apiVersion: tillit/…).",
        en: "YAML files or folders (searched recursively for *.yaml and *.yml with apiVersion: tillit/…)."),
      valueName: "PATH"))
  var paths: [String]

  func run() throws {
    let language = common.language
    let result = try WorkspaceInputs.loadDocuments(paths: paths, common: common, files: files)
    if result.hasErrors {
      var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
      Output.standardError(renderer.render(result.diagnostics))
      let count = result.diagnostics.filter { $0.severity == .error }.count
      Output.standardError(
        LocalizedText(
          sv: "\(count) fel; inga dokument kontrollerades vidare.",
          en: "\(count) error\(count == 1 ? "" : "s"); no document was checked further."
        ).text(language) + "\n")
      throw ExitCode(2)
    }
    Output.standardOutput(Summary.documents(result.workspace, language: language) + "\n")
    // No teardown of a large workspace: the process ends here.
    Foundation.exit(0)
  }
}

/// One-line summaries shared by commands.
enum Summary {
  static func documents(_ workspace: Workspace, language: Language) -> String {
    let counts = workspace.countsByKind.filter { $0.count > 0 }.map { "\($0.count) \($0.kind.rawValue)" }
    let total = workspace.documents.count
    let files = workspace.files.count
    return LocalizedText(
      sv: "OK: \(total) dokument i \(files) filer (\(counts.joined(separator: ", "))).",
      en: "OK: \(total) documents in \(files) files (\(counts.joined(separator: ", ")))."
    ).text(language)
  }
}
