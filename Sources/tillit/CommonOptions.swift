import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

extension Language: ExpressibleByArgument {}

/// Options every command takes.
struct CommonOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpLang),
      valueName: "sv|en"))
  var lang: Language?

  var language: Language { lang ?? Language.fromEnvironment() }

  /// When to colour severity words: `auto` on a terminal without NO_COLOR, or always, or never.
  enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
  }

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpColor),
      valueName: "auto|always|never"))
  var color: ColorChoice = .auto

  /// `--color always` and `never` decide; `auto` colours only on a terminal, and never when
  /// NO_COLOR is set (no-color.org). `always` is for a CI log that shows colour, or a pager.
  var useColorOnStandardError: Bool { color == .auto ? Self.useColor(on: STDERR_FILENO) : color == .always }
  var useColorOnStandardOutput: Bool { color == .auto ? Self.useColor(on: STDOUT_FILENO) : color == .always }

  static func useColor(on descriptor: Int32) -> Bool {
    let environment = ProcessInfo.processInfo.environment
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    return isatty(descriptor) == 1 && environment["TERM"] != "dumb"
  }
}
