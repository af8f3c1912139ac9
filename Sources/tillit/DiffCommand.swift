import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// `tillit diff --base REV [PATH...]`: what a change introduces, for pull requests.
struct DiffCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "diff",
      abstract: HelpText.text(Texts.helpDiffAbstract),
      discussion: HelpText.text(Texts.helpDiffDiscussion))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions
  @OptionGroup var files: FileOptions
  @OptionGroup var date: TodayOption

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpDiffBase), valueName: "REV"))
  var base: String

  @Option(
    name: .long,
    help: ArgumentHelp(HelpText.text(Texts.helpFormat), valueName: "text|markdown"))
  var format: String = "text"

  @Option(
    name: .customLong("fail-on"),
    help: ArgumentHelp(
      HelpText.text(Texts.helpDiffFailOn), valueName: "error|warning|info|never"))
  var failOn: FailThreshold?

  @Argument(
    help: ArgumentHelp(
      HelpText.text(Texts.helpPathsDefaultHere),
      valueName: HelpText.text(Texts.helpValuePath)))
  var paths: [String] = []

  func run() throws {
    let paths = self.paths.isEmpty ? ["."] : self.paths
    var renderer = DiagnosticRenderer(language: common.language, useColor: common.useColorOnStandardError)
    guard format == "text" || format == "markdown" else {
      throw ValidationError(Texts.diffUnknownFormat(format: format).text(common.language))
    }
    let revision: RevisionCheck
    do {
      revision = try RevisionCheck(revision: base, paths: paths)
    } catch {
      Output.standardError(renderer.render(error.diagnostic))
      throw ExitCode(2)
    }
    defer { revision.remove() }
    let after = try CheckPipeline(paths: paths, common: common, packOptions: packOptions, files: files, today: date)
    let before = try revision.check(common: common, packOptions: packOptions, files: files, today: date)
    let report = DiffReport(
      base: base, before: before.findings, after: after.findings,
      burdenBefore: BurdenCalculator.analyse(before.workspace, thresholds: before.thresholds),
      burdenAfter: BurdenCalculator.analyse(after.workspace, thresholds: after.thresholds),
      language: after.language, failOn: failOn ?? after.configuration.failOn ?? .error)
    Output.standardOutput(report.render(markdown: format == "markdown"))
    if report.fails { throw ExitCode(1) }
  }
}
