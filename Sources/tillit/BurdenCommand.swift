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
      abstract: HelpText.text(
        sv: "Räknar rapporteringsbördan (timmar, årsarbeten, kostnad) och hur mycket som är överskott.",
        en: "Computes the reporting burden (hours, FTE, cost) and how much of it is excess."),
      discussion: HelpText.text(
        sv: """
          Standardkostnadsmodellen: antal × minuter per svar × gånger per år, minus det som görs ändå
          (business_as_usual_share). Överskott: indikatorer som ingen använder, dubbletter, manuell
          insamling av det som redan finns, och insamling tätare än besluten. Gränsvärdet top_savings
          (längden på listan över största besparingar) tas som i check: regelpaketens standardvärde,
          sedan tillit.yaml, sedan Organization. Slutkod 0, eller 2 om indata, konfigurationen eller
          ett regelpaket inte kan läsas.
          """,
        en: """
          The Standard Cost Model: count × minutes per response × times a year, less what would be done
          anyway (business_as_usual_share). Excess: indicators nobody uses, duplicates, manual collection
          of what is already held, and collection more frequent than the decisions. The top_savings
          threshold (how long the list of top savings is) is taken as in check: the policy packs'
          default, then tillit.yaml, then the Organization. Exit code 0, or 2 when input, the
          configuration or a policy pack cannot be read.
          """))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions
  @OptionGroup var files: FileOptions
  @OptionGroup var date: TodayOption

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "Huvudtabellens indelning; month visar årshjulet, roller × månader.",
        en: "The main table's grouping; month shows the reporting calendar, roles × months."),
      valueName: "process|role|function|indicator|month"))
  var by: BurdenGrouping = .process

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv:
          "Visa i stället allt som en roll ombeds lämna: varje uppföljning, minuter, frekvens, månader, indikatorer och deras användning, och rollens år månad för månad.",
        en:
          "Show instead everything one role is asked for: each follow-up, minutes, frequency, months, indicators and their use, and the role's year month by month."
      ),
      valueName: "ID"))
  var role: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(sv: "Utdataformat.", en: "Output format."), valueName: "text|json|csv|markdown|html|xlsx"))
  var format: OutputFormat = .text

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv:
          "Skriv till denna fil (ersätts helt först när den är klar) i stället för till standard ut; krävs för xlsx på en terminal.",
        en:
          "Write to this file (replaced only once complete) instead of standard output; needed for xlsx on a terminal."),
      valueName: "FILE"))
  var out: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv:
          "Antal staplar i HTML-sidans diagram (standard: 25); inte gränsvärdet top_savings, som styr listan över största besparingar.",
        en:
          "Bars in the HTML page's charts (default: 25); not the top_savings threshold, which sets the list of top savings."
      ),
      valueName: "N"))
  var top: Int?

  @Argument(
    help: ArgumentHelp(HelpText.text(sv: "YAML-filer eller mappar.", en: "YAML files or folders."), valueName: "PATH"))
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
