import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitSpreadsheet
import TillitYAML

extension BurdenGrouping: ExpressibleByArgument {}

/// `tillit burden PATH...`: what follow-up costs the core operations, and how much is excess.
struct BurdenCommand: ParsableCommand {
  /// The report's formats and the workbook, which is bytes rather than text.
  enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, csv, markdown, html, xlsx
  }

  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "burden",
      abstract: HelpText.text(Texts.helpBurdenAbstract),
      discussion: HelpText.text(Texts.helpBurdenDiscussion))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions
  @OptionGroup var files: FileOptions
  @OptionGroup var date: TodayOption

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpBurdenBy),
      valueName: "process|role|function|indicator|month"))
  var by: BurdenGrouping = .process

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpBurdenRole),
      valueName: "ID"))
  var role: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpFormat), valueName: "text|json|csv|markdown|html|xlsx"))
  var format: OutputFormat = .text

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpBurdenOut),
      valueName: HelpText.text(Texts.helpValueFile)))
  var out: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpBurdenTop),
      valueName: "N"))
  var top: Int?

  @Argument(
    help: ArgumentHelp(HelpText.text(Texts.helpPaths), valueName: HelpText.text(Texts.helpValuePath)))
  var paths: [String]

  func run() throws {
    let limits = try htmlLimits(top: top ?? HTMLLimits.defaultTop, language: common.language)
    // The packs are loaded for their threshold defaults alone: ⟨top_savings⟩ must be what
    // `check` uses over the same workspace with the same configuration.
    if format == .xlsx { try ReportOutput.refuseWorkbookOnTerminal(out: out, command: "burden", common: common) }
    let inputs = try WorkspaceInputs(paths: paths, common: common, packOptions: packOptions, files: files)
    let (configuration, packs, workspace, language) =
      (inputs.configuration, inputs.packs, inputs.workspace, inputs.language)
    let thresholds = Thresholds(
      packs: packs, configuration: configuration.thresholds, organization: workspace.organization)
    let analysis = BurdenCalculator.analyse(workspace, thresholds: thresholds)
    if let role {
      try writeRoleView(role, analysis: analysis, workspace: workspace, language: language)
      Foundation.exit(0)
    }
    var report = BurdenReport(
      analysis: analysis, organizationName: workspace.organization?.name ?? "", language: language,
      today: try date.resolved(language: language))
    report.documentCount = workspace.documents.count
    report.fileCount = workspace.files.count
    report.htmlLimits = limits
    if let textFormat = BurdenFormat(rawValue: format.rawValue) {
      try ReportOutput.write(text: report.render(textFormat, by: by), to: out, common: common)
    } else {
      try ReportOutput.write(
        workbook: { () throws(XLSXWriterError) in try report.xlsx(by: by) }, to: out, command: "burden", common: common)
    }
    Foundation.exit(0)
  }

  /// `--role ID`: the role's view, or exit 2 naming the closest known role.
  private func writeRoleView(_ role: String, analysis: BurdenAnalysis, workspace: Workspace, language: Language)
    throws
  {
    var known = (workspace.organization?.roles ?? []).map(\.id)
    for followUp in workspace.followUps {
      for group in followUp.respondents { if let id = group.role, !known.contains(id) { known.append(id) } }
    }
    guard known.contains(role) else {
      let error = UnknownRoleError.unknown(
        role: role, suggestion: Suggestion.closest(to: role, among: known), known: known)
      var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
      Output.standardError(renderer.render(error.diagnostic))
      throw ExitCode(2)
    }
    let view = BurdenRoleView(role: role, analysis: analysis, followUps: workspace.followUps, language: language)
    let name = workspace.organization?.name ?? ""
    let today = try date.resolved(language: language)
    if let textFormat = BurdenFormat(rawValue: format.rawValue) {
      try ReportOutput.write(
        text: view.render(textFormat, organizationName: name, today: today), to: out, common: common)
    } else {
      try ReportOutput.write(
        workbook: { () throws(XLSXWriterError) in try view.xlsx(organizationName: name, today: today) }, to: out,
        command: "burden", common: common)
    }
  }
}
