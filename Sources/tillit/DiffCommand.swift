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
    let revision: GitRevision
    let basePaths: [String]
    do {
      revision = try GitRevision.export(base)
    } catch {
      Output.standardError(renderer.render(error.diagnostic))
      throw ExitCode(2)
    }
    defer { revision.remove() }
    do {
      basePaths = try paths.map(revision.path(for:))
    } catch {
      Output.standardError(renderer.render(error.diagnostic))
      throw ExitCode(2)
    }
    let after = try CheckPipeline(paths: paths, common: common, packOptions: packOptions, files: files, today: date)
    // The revision's files are the same selection, listed once: --verbose speaks of the work tree.
    var baseFiles = files
    baseFiles.verbose = false
    let before = try CheckPipeline(
      paths: basePaths, common: common, packOptions: packOptions, files: baseFiles, today: date)
    // Show the revision's findings at their paths as the user named them; the longest revision
    // path first, so a path given inside another given path keeps its own name.
    let renames = zip(basePaths, paths).sorted { $0.0.count > $1.0.count }
    var beforeFindings = before.findings
    for i in beforeFindings.indices {
      let file = beforeFindings[i].location.file
      guard
        let (inRevision, given) = renames.first(where: { file == $0.0 || file.hasPrefix($0.0 + "/") })
      else { continue }
      var rest = file.dropFirst(inRevision.count)
      if given.hasSuffix("/"), rest.hasPrefix("/") { rest = rest.dropFirst() }
      beforeFindings[i].location.file = given + rest
    }
    let report = DiffReport(
      base: base, before: beforeFindings, after: after.findings,
      burdenBefore: BurdenCalculator.analyse(before.workspace, thresholds: before.thresholds),
      burdenAfter: BurdenCalculator.analyse(after.workspace, thresholds: after.thresholds),
      language: after.language, failOn: failOn ?? after.configuration.failOn ?? .error)
    Output.standardOutput(report.render(markdown: format == "markdown"))
    if report.fails { throw ExitCode(1) }
  }
}
