import ArgumentParser
import Foundation
import TillitKit

extension ReportFormat: ExpressibleByArgument {}
extension FailThreshold: ExpressibleByArgument {}

/// Options shared by the commands that use packs.
struct PackOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "Konfigurationsfil (standard: tillit.yaml i mappen eller en mapp ovanför).",
        en: "Configuration file (default: tillit.yaml in the folder or a folder above)."),
      valueName: "FILE"))
  var config: String?

  @Option(
    name: .customLong("add-pack"),
    help: ArgumentHelp(
      HelpText.text(
        sv: "Ett regelpaket till: inbyggt namn eller sökväg till en .yaml-fil (upprepas).",
        en: "One more policy pack: a built-in name or the path of a .yaml file (repeatable)."),
      valueName: "PACK"))
  var packs: [String] = []

  /// The configuration in effect, or the diagnostics that stop the run.
  func configuration(for paths: [String]) -> (Configuration, [Diagnostic]) {
    guard let file = config ?? Configuration.find(from: paths) else { return (Configuration(), []) }
    let (configuration, diagnostics) = Configuration.load(file)
    return (configuration ?? Configuration(), diagnostics)
  }
}

/// `tillit check PATH...`: evaluates the packs over the workspace and reports the findings.
struct CheckCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "check",
      abstract: HelpText.text(
        sv: "Kontrollerar dokumenten mot regelpaketen och rapporterar fynden.",
        en: "Checks the documents against the policy packs and reports the findings."),
      discussion: HelpText.text(
        sv: """
          Slutkod 0 när inget (som inte är undantaget) ligger på eller över --fail-on, 1 när något gör det,
          2 när indata eller ett regelpaket inte kan läsas.
          """,
        en: """
          Exit code 0 when nothing (not waived) is at or above --fail-on, 1 when something is,
          2 when input or a policy pack cannot be read.
          """))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions
  @OptionGroup var date: TodayOption

  @Option(
    name: .long,
    help: ArgumentHelp(HelpText.text(sv: "Utdataformat.", en: "Output format."), valueName: "text|json"))
  var format: ReportFormat = .text

  @Option(
    name: .customLong("fail-on"),
    help: ArgumentHelp(
      HelpText.text(
        sv: "Lägsta allvarlighet som ger slutkod 1 (standard: error).",
        en: "Lowest severity that gives exit code 1 (default: error)."),
      valueName: "error|warning|info|never"))
  var failOn: FailThreshold?

  @Argument(
    help: ArgumentHelp(
      HelpText.text(sv: "YAML-filer eller mappar.", en: "YAML files or folders."), valueName: "PATH"))
  var paths: [String]

  func run() throws {
    var language = common.language
    let (configuration, configurationDiagnostics) = packOptions.configuration(for: paths)
    if common.lang == nil, let configured = configuration.language { language = configured }
    var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
    guard configurationDiagnostics.isEmpty else {
      Output.standardError(renderer.render(configurationDiagnostics))
      throw ExitCode(2)
    }
    let (packs, packDiagnostics) = configuration.loadPacks(extra: packOptions.packs)
    guard packDiagnostics.isEmpty else {
      Output.standardError(renderer.render(packDiagnostics))
      throw ExitCode(2)
    }
    let loaded = WorkspaceLoader().load(paths: paths)
    if loaded.hasErrors {
      Output.standardError(renderer.render(loaded.diagnostics))
      throw ExitCode(2)
    }
    let today = try date.resolved(language: language)
    let engine = Engine(packs: packs, today: today, configurationThresholds: configuration.thresholds)
    let report = CheckReport(
      findings: engine.check(loaded.workspace), documentCount: loaded.workspace.documents.count,
      fileCount: loaded.workspace.files.count, today: today, failOn: failOn ?? configuration.failOn ?? .error,
      language: language, packs: packs)
    Output.standardOutput(format.render(report, color: common.useColorOnStandardOutput))
    // Exit here rather than return: tearing down a large workspace's trees and values takes
    // longer than checking it, and the process is about to end anyway.
    Foundation.exit(report.fails ? 1 : 0)
  }
}
