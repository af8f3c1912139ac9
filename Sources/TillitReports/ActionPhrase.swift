import TillitEngine
import TillitYAML

/// The one short phrase every report puts beside a finding with an open Action: who acts and by
/// when, so a reader sees at once that the gap is being closed.
enum ActionPhrase {
  static func text(_ action: Finding.AppliedAction, language: Language) -> String {
    let phrase = Texts.actionPhrase(id: action.id, owner: action.ownerName, due: action.due.description)
    guard let caseNumber = action.caseNumber else { return phrase.text(language) }
    return phrase.text(language) + ", " + Texts.actionsCaseNumber(number: caseNumber).text(language)
  }

  /// The info line of a check for an action whose finding is gone.
  static func readyToClose(_ action: ActionReview, language: Language) -> String {
    let place = "\(action.location.file):\(action.location.line)"
    return place + ": "
      + Texts.actionReadyToClose(id: action.id, owner: action.ownerName, finding: action.finding).text(language)
  }
}
