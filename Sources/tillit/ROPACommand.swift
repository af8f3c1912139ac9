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
      abstract: HelpText.text(Texts.helpRopaAbstract),
      discussion: HelpText.text(Texts.helpRopaDiscussion))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var files: FileOptions
  @OptionGroup var date: TodayOption

  @Option(
    name: .long,
    help: ArgumentHelp(HelpText.text(Texts.helpFormat), valueName: "csv|markdown|html|xlsx"))
  var format: OutputFormat = .csv

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpRopaOut),
      valueName: HelpText.text(Texts.helpValueFile)))
  var out: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpRopaController), valueName: "ID"))
  var controller: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpRopaSeparator), valueName: "SEP"))
  var separator: String = ","

  @Argument(
    help: ArgumentHelp(HelpText.text(Texts.helpPaths), valueName: HelpText.text(Texts.helpValuePath)))
  var paths: [String]

  func run() throws {
    let language = common.language
    guard separator == "," || separator == ";" else {
      throw ValidationError(
        Texts.ropaSeparator.text(language))
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
