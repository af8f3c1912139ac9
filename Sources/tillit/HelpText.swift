import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// Help texts in the user's language. ArgumentParser reads help before any option is parsed,
/// so the language is taken from `--lang` on the command line itself, or else the environment.
enum HelpText {
  static let language: Language = {
    let arguments = CommandLine.arguments
    for (i, argument) in arguments.enumerated() {
      if argument == "--lang", i + 1 < arguments.count, let language = Language(rawValue: arguments[i + 1]) {
        return language
      }
      if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) {
        return language
      }
    }
    return Language.fromEnvironment()
  }()

  /// `arguments` without `--lang X` or `--lang=X`, for a command that takes no options.
  static func removingLanguageOption(from arguments: [String]) -> [String] {
    var kept: [String] = []
    var skipNext = false
    for argument in arguments {
      if skipNext {
        skipNext = false
      } else if argument == "--lang" {
        skipNext = true
      } else if !argument.hasPrefix("--lang=") {
        kept.append(argument)
      }
    }
    return kept
  }

  /// `text` in the help's language. Every help text comes from the catalogue
  /// (`texts/tillit.yaml`), so that `--help` is Swedish for everything tillit writes itself.
  static func text(_ text: LocalizedText) -> String {
    text.text(language)
  }
}
