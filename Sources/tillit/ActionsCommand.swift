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
      abstract: HelpText.text(
        sv: "Listar åtgärderna (Action) per ansvarig och datum, med läget för var och en.",
        en: "Lists the actions (Action) by owner and due date, with where each stands."),
      discussion: HelpText.text(
        sv:
          "Dokumenten kontrolleras mot regelpaketen som med tillit check, och varje åtgärd visas som öppen, försenad, genomförd men bristen kvarstår, eller klar att avsluta (fyndet rapporteras inte längre). Slutkod 0, eller 2 när något inte kan läsas.",
        en:
          "The documents are checked against the policy packs as by tillit check, and each action is shown as open, overdue, done but still there, or ready to close (its finding is no longer reported). Exit code 0, or 2 when something cannot be read."
      ))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions
  @OptionGroup var files: FileOptions
  @OptionGroup var date: TodayOption

  @Option(
    name: .long,
    help: ArgumentHelp(HelpText.text(sv: "Utdataformat.", en: "Output format."), valueName: "text|json|markdown"))
  var format: ActionsReport.Format = .text

  @Argument(
    help: ArgumentHelp(
      HelpText.text(sv: "YAML-filer eller mappar (standard: .).", en: "YAML files or folders (default: .)."),
      valueName: "PATH"))
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
