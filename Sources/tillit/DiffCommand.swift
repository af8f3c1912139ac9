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
      abstract: HelpText.text(
        sv: "Jämför arbetsytan med en git-revision: nya och åtgärdade fynd, och ändrad rapporteringsbörda per roll.",
        en:
          "Compares the workspace with a git revision: new and resolved findings, and the change in reporting burden per role."
      ),
      discussion: HelpText.text(
        sv:
          "Revisionen packas upp i en tillfällig mapp; arbetskatalogen och indexet rörs inte. Sökvägarna räknas inom git-arkivet och får inte leda ut ur det. Slutkod 1 när nya fynd ligger på eller över --fail-on, 2 när något inte kan läsas.",
        en:
          "The revision is unpacked into a temporary folder; the work tree and index are not touched. Paths are taken within the git repository and may not lead out of it. Exit code 1 when new findings are at or above --fail-on, 2 when something cannot be read."
      ))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions
  @OptionGroup var files: FileOptions
  @OptionGroup var date: TodayOption

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(sv: "Revisionen att jämföra med.", en: "The revision to compare with."), valueName: "REV"))
  var base: String

  @Option(
    name: .long,
    help: ArgumentHelp(HelpText.text(sv: "Utdataformat.", en: "Output format."), valueName: "text|markdown"))
  var format: String = "text"

  @Option(
    name: .customLong("fail-on"),
    help: ArgumentHelp(
      HelpText.text(
        sv: "Lägsta allvarlighet för nya fynd som ger slutkod 1.",
        en: "Lowest severity of new findings that gives exit code 1."), valueName: "error|warning|info|never"))
  var failOn: FailThreshold?

  @Argument(
    help: ArgumentHelp(
      HelpText.text(sv: "YAML-filer eller mappar (standard: .).", en: "YAML files or folders (default: .)."),
      valueName: "PATH"))
  var paths: [String] = []

  func run() throws {
    let paths = self.paths.isEmpty ? ["."] : self.paths
    var renderer = DiagnosticRenderer(language: common.language, useColor: common.useColorOnStandardError)
    guard format == "text" || format == "markdown" else {
      throw ValidationError("--format: text | markdown")
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
