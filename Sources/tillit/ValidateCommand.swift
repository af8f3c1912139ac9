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
      abstract: HelpText.text(Texts.helpValidateAbstract),
      discussion: HelpText.text(Texts.helpValidateDiscussion))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var files: FileOptions

  @Argument(
    help: ArgumentHelp(
      HelpText.text(Texts.helpValidatePaths),
      valueName: HelpText.text(Texts.helpValuePath)))
  var paths: [String]

  func run() throws {
    let language = common.language
    let result = try WorkspaceInputs.loadDocuments(paths: paths, common: common, files: files)
    if result.hasErrors {
      var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
      Output.standardError(renderer.render(result.diagnostics))
      let count = result.diagnostics.filter { $0.severity == .error }.count
      Output.standardError(
        Texts.validateErrors(count: count).text(language) + "\n")
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
    let counts = workspace.countsByKind.filter { $0.count > 0 }.map {
      NumberFormat.format(Double($0.count), decimals: 0, language: language) + " " + $0.kind.rawValue
    }
    return Texts.validateSummary(
      documents: workspace.documents.count, files: workspace.files.count, kinds: counts.joined(separator: ", ")
    ).text(language)
  }
}
