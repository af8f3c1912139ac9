import ArgumentParser
import CEL
import TillitModel
import TillitYAML

/// Options of the commands that read a workspace's documents: which YAML files are taken, and
/// what is said on standard error while they are read.
struct FileOptions: ParsableArguments {
  @Flag(
    name: .customLong("no-gitignore"),
    help: ArgumentHelp(
      HelpText.text(Texts.helpNoGitignore)))
  var noGitIgnore = false

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpVerbose)))
  var verbose = false

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpQuiet)))
  var quiet = false

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpProgress)))
  var progress = false

  /// With `--verbose`, one line per file passed over, on standard error (standard output
  /// carries the report and must stay the same with or without the flag).
  func report(_ skipped: [SkippedFile], language: Language) {
    guard verbose, !skipped.isEmpty else { return }
    var text = ""
    for file in skipped {
      text += Texts.cliSkippingFile(path: file.path, reason: file.reason.text).text(language) + "\n"
    }
    Output.standardError(TerminalText.neutralised(text, keepingLineBreaks: true))
  }
}
