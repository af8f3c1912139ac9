import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

extension ControllerReport.Format: ExpressibleByArgument {}

/// `tillit report PATH... [--controller ID]`: the report to a committee (ControllerReport).
struct ReportCommand: ParsableCommand {
  private typealias Help = ControllerReport.CommandHelp

  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "report", abstract: Help.abstract.text(HelpText.language),
      discussion: Help.discussion.text(HelpText.language))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions
  @OptionGroup var files: FileOptions
  @OptionGroup var date: TodayOption

  @Option(name: .long, help: ArgumentHelp(Help.controller.text(HelpText.language), valueName: "ID"))
  var controller: String?

  @Option(name: .long, help: ArgumentHelp(Help.format.text(HelpText.language), valueName: "html|markdown|text"))
  var format: ControllerReport.Format = .text

  @Option(name: .long, help: ArgumentHelp(Help.since.text(HelpText.language), valueName: "REV"))
  var since: String?

  @Option(
    name: .long, help: ArgumentHelp(Help.out.text(HelpText.language), valueName: HelpText.text(Texts.helpValueFile)))
  var out: String?

  @Argument(help: ArgumentHelp(Help.paths.text(HelpText.language), valueName: HelpText.text(Texts.helpValuePath)))
  var paths: [String]

  func run() throws {
    // The revision first: a mistyped REV is known before a long load.
    var revision: RevisionCheck?
    if let since {
      do {
        revision = try RevisionCheck(revision: since, paths: paths)
      } catch {
        var renderer = DiagnosticRenderer(language: common.language, useColor: common.useColorOnStandardError)
        Output.standardError(renderer.render(ControllerReportError.since(revision: since, error).diagnostic))
        throw ExitCode(2)
      }
    }
    defer { revision?.remove() }
    let now = try CheckPipeline(paths: paths, common: common, packOptions: packOptions, files: files, today: date)
    let language = now.language
    try UnknownValueError.refuse(
      controller, option: "--controller", known: ControllerReport.controllerIDs(in: now.workspace),
      language: language, color: common.useColorOnStandardError)
    var comparison: ControllerReport.Comparison?
    if let revision, let since {
      let before = try revision.check(common: common, packOptions: packOptions, files: files, today: date)
      let diff = DiffReport(
        base: since, before: before.findings, after: now.findings,
        burdenBefore: BurdenCalculator.analyse(before.workspace, thresholds: before.thresholds),
        burdenAfter: BurdenCalculator.analyse(now.workspace, thresholds: now.thresholds),
        language: language, failOn: .never)
      comparison = ControllerReport.Comparison(revision: since, workspace: before.workspace, diff: diff)
    }
    let report = ControllerReport(
      workspace: now.workspace, findings: now.findings, thresholds: now.thresholds, controller: controller,
      language: language, today: try date.resolved(language: language), since: comparison)
    try ReportOutput.write(text: report.render(format), to: out, common: common)
    // As check does: end here rather than tear down a large workspace's trees.
    Foundation.exit(0)
  }
}
