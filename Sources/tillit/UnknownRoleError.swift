import CEL
import TillitYAML

/// `burden --role ID` with an id that is not a role of the organisation: exit 2, with the
/// closest id as a hint, so a typo does not print an empty table that looks like good news.
enum UnknownRoleError: Error, Sendable, Hashable, DiagnosticConvertible {
  case unknown(role: String, suggestion: String?, known: [String])

  var diagnostic: Diagnostic {
    switch self {
    case .unknown(let role, let suggestion, let known):
      let list = known.isEmpty ? nil : known.prefix(12).joined(separator: ", ") + (known.count > 12 ? ", …" : "")
      // Sentences of the catalogue, joined with a space: the hint only when there is one.
      let sentences =
        [Texts.burdenUnknownRole(role: role)] + (suggestion.map { [Texts.burdenUnknownRoleSuggestion(role: $0)] } ?? [])
        + [list.map { Texts.burdenUnknownRoleKnown(roles: $0) } ?? Texts.burdenUnknownRoleNone]
      return Diagnostic(
        location: nil,
        message: LocalizedText(
          sv: sentences.map(\.sv).joined(separator: " "), en: sentences.map(\.en).joined(separator: " ")))
    }
  }
}
