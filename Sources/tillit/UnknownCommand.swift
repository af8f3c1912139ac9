import CEL
import TillitYAML

/// A first word that is no command of tillit's (`tillit chek`): said at once, with the closest
/// command, rather than ArgumentParser's "unexpected argument" and the whole usage.
enum UnknownCommand: Error, Sendable, Hashable, DiagnosticConvertible {
  case unknown(String, suggestion: String?)

  /// The error for `arguments` (without the program name) when their first word is meant as a
  /// command and is none; nil otherwise. tillit itself takes no positional argument, so any
  /// first word that is not an option is meant as a command.
  static func `in`(_ arguments: [String], known: [String]) -> UnknownCommand? {
    guard let first = arguments.first, !first.hasPrefix("-"), !known.contains(first) else { return nil }
    return .unknown(first, suggestion: Suggestion.closest(to: first, among: known.filter { $0 != "help" }))
  }

  var diagnostic: Diagnostic {
    switch self {
    case .unknown(let word, let suggestion?):
      return Diagnostic(
        location: nil,
        message: Texts.cliUnknownCommandSuggestion(word: word, suggestion: suggestion))
    case .unknown(let word, nil):
      return Diagnostic(
        location: nil,
        message: Texts.cliUnknownCommand(word: word))
    }
  }
}
