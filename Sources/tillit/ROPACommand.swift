import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

extension ROPAReport.Format: ExpressibleByArgument {}

/// `tillit ropa PATH...`: the record of processing activities as a document.
struct ROPACommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "ropa",
      abstract: HelpText.text(
        sv: "Skriver registerförteckningen (art. 30.1) från DataCollection-dokumenten: CSV, Markdown eller HTML.",
        en:
          "Writes the record of processing activities (Art. 30(1)) from the DataCollection documents: CSV, Markdown or HTML."
      ),
      discussion: HelpText.text(
        sv:
          "CSV skrivs i UTF-8 med byte-ordningsmärke; --separator ';' ger filer som öppnas rätt i Excel med svenska inställningar. Uppgifter som saknas står som SAKNAS.",
        en:
          "CSV is UTF-8 with a byte-order mark; --separator ';' gives files that open correctly in Excel with Swedish settings. Missing items read MISSING."
      ))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var files: FileOptions
  @OptionGroup var date: TodayOption

  @Option(
    name: .long,
    help: ArgumentHelp(HelpText.text(sv: "Utdataformat.", en: "Output format."), valueName: "csv|markdown|html"))
  var format: ROPAReport.Format = .csv

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(sv: "Bara denna personuppgiftsansvariga nämnd.", en: "Only this controller."), valueName: "ID"))
  var controller: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(sv: "Fältavgränsare i CSV: , eller ;.", en: "CSV field separator: , or ;."), valueName: "SEP"))
  var separator: String = ","

  @Argument(
    help: ArgumentHelp(HelpText.text(sv: "YAML-filer eller mappar.", en: "YAML files or folders."), valueName: "PATH"))
  var paths: [String]

  func run() throws {
    let language = common.language
    guard separator == "," || separator == ";" else {
      throw ValidationError(
        LocalizedText(sv: "--separator ska vara , eller ;", en: "--separator takes , or ;").text(language))
    }
    let loaded = try WorkspaceInputs.loadDocuments(paths: paths, common: common, files: files)
    if loaded.hasErrors {
      var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
      Output.standardError(renderer.render(loaded.diagnostics))
      throw ExitCode(2)
    }
    let workspace = loaded.workspace
    try UnknownValueError.refuse(
      controller, option: "--controller",
      known: (workspace.organization?.controllers.map(\.id) ?? []) + workspace.dataCollections.compactMap(\.controller),
      language: language, color: common.useColorOnStandardError)
    let report = ROPAReport(
      workspace: loaded.workspace, controller: controller, language: language,
      today: try date.resolved(language: language))
    Output.standardOutput(report.render(format, separator: Character(separator)))
    Foundation.exit(0)
  }
}
