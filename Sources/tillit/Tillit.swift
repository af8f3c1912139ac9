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
      abstract: HelpText.text(Texts.helpTillitAbstract),
      discussion: HelpText.text(Texts.helpTillitDiscussion),
      version: TillitVersion.current,
      subcommands: [
        CheckCommand.self, BurdenCommand.self, ROPACommand.self, ReportCommand.self, DiffCommand.self,
        BaselineCommand.self,
        ActionsCommand.self, TrendCommand.self,
        ValidateCommand.self, InitCommand.self,
        RulesCommand.self,
        ExplainCommand.self,
        TestCommand.self,
        EvalCommand.self, SchemaCommand.self,
        ImportCommand.self,
      ]
    )
  }

  /// Runs a command and maps every way out to tillit's exit codes: ArgumentParser's usage
  /// errors (its own code 64) become 2, as the README's table says. An error raised while a
  /// subcommand runs is shown with that subcommand's usage, not tillit's.
  static func main() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    // `tillit help check --lang sv`: ArgumentParser's own help command takes no options, but
    // the language of the help was already read from the whole command line (HelpText), so
    // `--lang` is taken out before it sees it.
    if arguments.first == "help" { arguments = HelpText.removingLanguageOption(from: arguments) }
    if let unknown = UnknownCommand.in(arguments, known: subcommandNames) {
      var renderer = DiagnosticRenderer(
        language: HelpText.language, useColor: CommonOptions.useColor(on: STDERR_FILENO))
      Output.standardError(renderer.render(unknown.diagnostic))
      Foundation.exit(2)
    }
    var command: ParsableCommand
    do {
      command = try parseAsRoot(arguments)
    } catch {
      exit(for: error, usage: nil)
    }
    do {
      try command.run()
    } catch {
      let type = type(of: command)
      exit(for: error, usage: type == Self.self ? nil : (usageString(for: type), type.configuration.commandName ?? ""))
    }
  }

  /// The names `tillit` takes as its first word.
  static var subcommandNames: [String] {
    configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
  }

  /// `usage`: the subcommand's usage line and name, for an error raised while it ran.
  private static func exit(for error: Error, usage: (line: String, command: String)?) -> Never {
    if let exit = error as? ExitCode { Self.exit(withError: exit) }
    let code = exitCode(for: error)
    if code == .success { Self.exit(withError: error) }
    if let usage {
      let text = Texts.cliErrorWithUsage(message: message(for: error), usage: usage.line, command: usage.command)
      Output.standardError(text.text(HelpText.language) + "\n")
    } else {
      Output.standardError(fullMessage(for: error) + "\n")
    }
    Foundation.exit(code == .failure || code.rawValue == 64 ? 2 : code.rawValue)
  }
}
