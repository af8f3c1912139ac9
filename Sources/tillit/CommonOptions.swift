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
      HelpText.text(
        sv: "Språk för meddelanden: sv eller en (standard: från LANG).",
        en: "Language of messages: sv or en (default: from LANG)."),
      valueName: "sv|en"))
  var lang: Language?

  var language: Language { lang ?? Language.fromEnvironment() }

  /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
  var useColorOnStandardError: Bool { Self.useColor(on: STDERR_FILENO) }
  var useColorOnStandardOutput: Bool { Self.useColor(on: STDOUT_FILENO) }

  static func useColor(on descriptor: Int32) -> Bool {
    let environment = ProcessInfo.processInfo.environment
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    return isatty(descriptor) == 1 && environment["TERM"] != "dumb"
  }
}
