import ArgumentParser
import Foundation
import TillitKit

extension BurdenGrouping: ExpressibleByArgument {}
extension BurdenFormat: ExpressibleByArgument {}

/// `tillit burden PATH...`: what follow-up costs the core operations, and how much is excess.
struct BurdenCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "burden",
      abstract: HelpText.text(
        sv: "Räknar rapporteringsbördan (timmar, årsarbeten, kostnad) och hur mycket som är överskott.",
        en: "Computes the reporting burden (hours, FTE, cost) and how much of it is excess."),
      discussion: HelpText.text(
        sv: """
          Standardkostnadsmodellen: antal × minuter per svar × gånger per år, minus det som görs ändå
          (business_as_usual_share). Överskott: indikatorer som ingen använder, dubbletter, manuell
          insamling av det som redan finns, och insamling tätare än besluten. Slutkod 0, eller 2 om
          indata inte kan läsas.
          """,
        en: """
          The Standard Cost Model: count × minutes per response × times a year, less what would be done
          anyway (business_as_usual_share). Excess: indicators nobody uses, duplicates, manual collection
          of what is already held, and collection more frequent than the decisions. Exit code 0, or 2
          when input cannot be read.
          """))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var date: TodayOption

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(sv: "Huvudtabellens indelning.", en: "The main table's grouping."),
      valueName: "process|role|function|indicator"))
  var by: BurdenGrouping = .process

  @Option(
    name: .long,
    help: ArgumentHelp(HelpText.text(sv: "Utdataformat.", en: "Output format."), valueName: "text|json|csv|markdown"))
  var format: BurdenFormat = .text

  @Argument(
    help: ArgumentHelp(HelpText.text(sv: "YAML-filer eller mappar.", en: "YAML files or folders."), valueName: "PATH"))
  var paths: [String]

  func run() throws {
    let language = common.language
    let loaded = WorkspaceLoader().load(paths: paths)
    if loaded.hasErrors {
      var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
      Output.standardError(renderer.render(loaded.diagnostics))
      throw ExitCode(2)
    }
    let workspace = loaded.workspace
    let topSavings: Int
    if case .int(let n)? = workspace.organization?.thresholds?["top_savings"]?.value {
      topSavings = n
    } else {
      topSavings = 10
    }
    let analysis = BurdenCalculator.analyse(workspace, topSavings: topSavings)
    let report = BurdenReport(
      analysis: analysis, organizationName: workspace.organization?.name ?? "", language: language,
      today: try date.resolved(language: language))
    Output.standardOutput(report.render(format, by: by))
    Foundation.exit(0)
  }
}
