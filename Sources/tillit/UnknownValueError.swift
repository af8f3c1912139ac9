import ArgumentParser
import CEL
import TillitYAML

/// A value given on the command line that names nothing there is: a pack, tag, controller or
/// rule that does not exist. Filtering by it would print an empty result and exit 0, which in
/// CI reads as "all is well"; so it stops the run (exit 2) with the closest known value.
enum UnknownValueError: Error, Sendable, Hashable, DiagnosticConvertible {
  /// `option` as typed (`--pack`), the value given, and the values that exist (sorted).
  case unknown(option: String, value: String, known: [String])

  /// At most this many known values are listed; a long list is cut with "…".
  static let listedValues = 12

  var diagnostic: Diagnostic {
    switch self {
    case .unknown(let option, let value, let known):
      let hint = Suggestion.closest(to: value, among: known)
      let shown =
        known.prefix(Self.listedValues).joined(separator: ", ") + (known.count > Self.listedValues ? ", …" : "")
      let message: LocalizedText
      if known.isEmpty {
        message = Texts.cliUnknownValueNothingKnown(option: option, value: value)
      } else if let hint {
        message = Texts.cliUnknownValueSuggestion(option: option, value: value, suggestion: hint, known: shown)
      } else {
        message = Texts.cliUnknownValue(option: option, value: value, known: shown)
      }
      return Diagnostic(location: nil, message: message)
    }
  }

  /// Throws (after printing the error) when `value` is given and not among `known`.
  static func refuse(
    _ value: String?, option: String, known: some Sequence<String>, language: Language, color: Bool
  ) throws {
    guard let value else { return }
    let known = Set(known)
    guard !known.contains(value) else { return }
    var renderer = DiagnosticRenderer(language: language, useColor: color)
    Output.standardError(
      renderer.render(UnknownValueError.unknown(option: option, value: value, known: known.sorted()).diagnostic))
    throw ExitCode(2)
  }
}
