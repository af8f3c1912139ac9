import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// `tillit ropa PATH...`: the record of processing activities as a document.
struct ROPACommand: ParsableCommand {
  /// The report's formats and the workbook, which is bytes rather than text.
  enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case csv, markdown, html, xlsx
  }

  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "ropa",
      abstract: HelpText.text(
        sv:
          "Skriver registerförteckningen (art. 30.1) från DataCollection-dokumenten: CSV, Markdown, HTML eller Excel.",
        en:
          "Writes the record of processing activities (Art. 30(1)) from the DataCollection documents: CSV, Markdown, HTML or Excel."
      ),
      discussion: HelpText.text(
        sv:
          "CSV skrivs i UTF-8 med byte-ordningsmärke; --separator ';' ger filer som öppnas rätt i Excel med svenska inställningar. xlsx är en Excel-arbetsbok med samma kolumner och skrivs med --out FIL. Uppgifter som saknas står som SAKNAS.",
        en:
          "CSV is UTF-8 with a byte-order mark; --separator ';' gives files that open correctly in Excel with Swedish settings. xlsx is an Excel workbook with the same columns, written with --out FILE. Missing items read MISSING."
      ))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var files: FileOptions
  @OptionGroup var date: TodayOption

  @Option(
    name: .long,
    help: ArgumentHelp(HelpText.text(sv: "Utdataformat.", en: "Output format."), valueName: "csv|markdown|html|xlsx"))
  var format: OutputFormat = .csv

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "Skriv till denna fil (ersätts helt först när den är klar) i stället för till standard ut.",
        en: "Write to this file (replaced only once complete) instead of standard output."),
      valueName: "FILE"))
  var out: String?

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
    if format == .xlsx { try ReportOutput.refuseWorkbookOnTerminal(out: out, command: "ropa", common: common) }
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
    if let textFormat = ROPAReport.Format(rawValue: format.rawValue) {
      try ReportOutput.write(
        text: report.render(textFormat, separator: Character(separator)), to: out, common: common)
    } else {
      try ReportOutput.write(workbook: report.xlsx, to: out, command: "ropa", common: common)
    }
    Foundation.exit(0)
  }
}
