import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// The errors for rule ids in `disable` and `severity` that are not in the packs in use, each
/// with a "did you mean". The closest id is found once per distinct name, and only for the first
/// `suggestionLimit` of them: each search measures the name against every known id, and a file
/// listing thousands of unknown names holds no typos worth that time.
struct UnknownRuleNames {
  static let suggestionLimit = 100

  let known: [String]
  private var suggestions: [String: String?] = [:]

  init(known: [String]) {
    self.known = known
  }

  mutating func error(_ id: String, _ location: SourceLocation) -> PackError {
    let suggestion: String?
    if let found = suggestions[id] {
      suggestion = found
    } else if suggestions.count < UnknownRuleNames.suggestionLimit {
      suggestion = Suggestion.closest(to: id, among: known)
      suggestions[id] = .some(suggestion)
    } else {
      suggestion = nil
    }
    return .unknownRule(id: id, suggestion: suggestion, location)
  }
}
