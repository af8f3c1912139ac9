import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitModel
import TillitReports
import TillitYAML

extension ActionsReport.Format: ExpressibleByArgument {}

/// `tillit actions [PATH...]`: who is closing which gap, by when, and how it stands.
struct ActionsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "actions",
      abstract: HelpText.text(Texts.helpActionsAbstract),
      discussion: HelpText.text(Texts.helpActionsDiscussion))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions
  @OptionGroup var files: FileOptions
  @OptionGroup var date: TodayOption

  @Option(
    name: .long,
    help: ArgumentHelp(HelpText.text(Texts.helpFormat), valueName: "text|json|markdown"))
  var format: ActionsReport.Format = .text

  @Argument(
    help: ArgumentHelp(
      HelpText.text(Texts.helpPathsDefaultHere),
      valueName: HelpText.text(Texts.helpValuePath)))
  var paths: [String] = []

  func run() throws {
    let paths = self.paths.isEmpty ? ["."] : self.paths
    let pipeline = try CheckPipeline(paths: paths, common: common, packOptions: packOptions, files: files, today: date)
    let today = try date.resolved(language: pipeline.language)
    let report = ActionsReport(
      actions: ActionApplication.review(pipeline.workspace, findings: pipeline.findings, today: today), today: today,
      language: pipeline.language)
    Progress.clear()
    Output.standardOutput(report.render(format))
    Foundation.exit(0)
  }
}
