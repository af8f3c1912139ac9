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
      HelpText.text(
        sv: "Läs även filer som git ignorerar (.gitignore); som standard hoppas de över i ett git-arkiv.",
        en: "Read files git ignores (.gitignore) too; by default they are passed over inside a git repository.")))
  var noGitIgnore = false

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "Lista på standard fel de YAML-filer som hoppades över, och varför.",
        en: "List on standard error the YAML files passed over, and why.")))
  var verbose = false

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "Ingen förloppsrad på standard fel.", en: "No progress line on standard error.")))
  var quiet = false

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "Förloppsrad på standard fel även när det inte är en terminal (t.ex. i en CI-logg).",
        en: "A progress line on standard error even when it is not a terminal (a CI log, say).")))
  var progress = false

  /// With `--verbose`, one line per file passed over, on standard error (standard output
  /// carries the report and must stay the same with or without the flag).
  func report(_ skipped: [SkippedFile], language: Language) {
    guard verbose, !skipped.isEmpty else { return }
    var text = ""
    for file in skipped {
      text +=
        LocalizedText(
          sv: "hoppar över \(file.path): \(file.reason.text.sv)",
          en: "skipping \(file.path): \(file.reason.text.en)"
        ).text(language) + "\n"
    }
    Output.standardError(TerminalText.neutralised(text, keepingLineBreaks: true))
  }
}
