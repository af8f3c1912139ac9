import CEL
import TillitYAML

/// `burden --role ID` with an id that is not a role of the organisation: exit 2, with the
/// closest id as a hint, so a typo does not print an empty table that looks like good news.
enum UnknownRoleError: Error, Sendable, Hashable, DiagnosticConvertible {
  case unknown(role: String, suggestion: String?, known: [String])

  var diagnostic: Diagnostic {
    switch self {
    case .unknown(let role, let suggestion, let known):
      let hint = suggestion.map { LocalizedText(sv: " Menade du '\($0)'?", en: " Did you mean '\($0)'?") }
      let list = known.isEmpty ? nil : known.prefix(12).joined(separator: ", ") + (known.count > 12 ? ", …" : "")
      return Diagnostic(
        location: nil,
        message: LocalizedText(
          sv: "rollen '\(role)' finns inte bland organisationens roller."
            + (hint?.sv ?? "") + (list.map { " Kända roller: \($0)." } ?? " Organisationen har inga roller."),
          en: "the role '\(role)' is not among the organisation's roles."
            + (hint?.en ?? "") + (list.map { " Known roles: \($0)." } ?? " The organisation has no roles.")))
    }
  }
}
