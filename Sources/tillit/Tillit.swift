import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// tillit's command line: argument parsing, reading files, choosing output, exit codes.
/// Everything else lives in TillitKit.
@main
struct Tillit: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "tillit",
      abstract: HelpText.text(
        sv: "Granskar uppföljning och personuppgiftsbehandling i offentlig sektor mot tillitsprinciper och GDPR.",
        en: "Checks public-sector follow-up and personal-data processing against trust-based principles and the GDPR."),
      discussion: HelpText.text(
        sv:
          "Slutkoder: 0 inga problem, 1 fynd på eller över --fail-on, 2 felaktig användning eller indata som inte kunde läsas.",
        en:
          "Exit codes: 0 no problems, 1 findings at or above --fail-on, 2 usage error or input that could not be read."),
      version: TillitVersion.current,
      subcommands: [
        CheckCommand.self, BurdenCommand.self, ROPACommand.self, DiffCommand.self, BaselineCommand.self,
        ValidateCommand.self,
        RulesCommand.self,
        ExplainCommand.self,
        TestCommand.self,
        EvalCommand.self, SchemaCommand.self,
      ]
    )
  }

  /// Runs a command and maps every way out to tillit's exit codes: ArgumentParser's usage
  /// errors (its own code 64) become 2, as the README's table says.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let exit as ExitCode {
      Self.exit(withError: exit)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        Self.exit(withError: error)
      }
      Output.standardError(fullMessage(for: error) + "\n")
      Foundation.exit(code == .failure || code.rawValue == 64 ? 2 : code.rawValue)
    }
  }
}
