import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// `tillit baseline create|update|prune PATH...`: records today's findings as known, so CI
/// fails only on new ones.
struct BaselineCommand: ParsableCommand {
  enum Action: String, ExpressibleByArgument, CaseIterable {
    case create, update, prune
  }

  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "baseline",
      abstract: HelpText.text(Texts.helpBaselineAbstract),
      discussion: HelpText.text(Texts.helpBaselineDiscussion))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions
  @OptionGroup var files: FileOptions
  @OptionGroup var date: TodayOption

  @Argument(
    help: ArgumentHelp(HelpText.text(Texts.helpBaselineAction), valueName: "create|update|prune"))
  var action: Action

  @Argument(
    help: ArgumentHelp(HelpText.text(Texts.helpPaths), valueName: HelpText.text(Texts.helpValuePath)))
  var paths: [String]

  @Option(
    name: .long,
    help: ArgumentHelp(HelpText.text(Texts.helpBaselineFile), valueName: HelpText.text(Texts.helpValueFile)))
  var file = ".tillit-baseline.json"

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpBaselineForce)))
  var force = false

  func run() throws {
    let pipeline = try CheckPipeline(paths: paths, common: common, packOptions: packOptions, files: files, today: date)
    let language = pipeline.language
    var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
    let exists = FileManager.default.fileExists(atPath: file)
    let baseline: Baseline
    switch action {
    case .create:
      if exists && !force {
        throw ValidationError(
          Texts.baselineExists(file: file).text(language))
      }
      baseline = Baseline(findings: pipeline.findings)
    case .update, .prune:
      if MissingBaseline.isMissing(file) {
        let error = MissingBaseline.nothingToChange(path: file, action: action.rawValue, paths: paths)
        Output.standardError(renderer.render(error.diagnostic))
        throw ExitCode(2)
      }
      let existing: Baseline
      do {
        existing = try Baseline.load(file)
      } catch {
        Output.standardError(renderer.render(error.diagnostic))
        throw ExitCode(2)
      }
      baseline = action == .update ? existing.adding(pipeline.findings) : existing.pruned(keeping: pipeline.findings)
    }
    do {
      try OutputFile.write(baseline.text, to: file)
    } catch {
      Output.standardError(renderer.render(error.diagnostic))
      throw ExitCode(2)
    }
    Output.standardOutput(
      Texts.baselineWritten(file: file, findings: baseline.entries.count).text(language) + "\n")
    Foundation.exit(0)
  }
}
