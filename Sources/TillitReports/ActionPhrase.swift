import TillitEngine
import TillitYAML

/// The one short phrase every report puts beside a finding with an open Action: who acts and by
/// when, so a reader sees at once that the gap is being closed.
enum ActionPhrase {
  static func text(_ action: Finding.AppliedAction, language: Language) -> String {
    let caseNumber = action.caseNumber.map { ", dnr \($0)" } ?? ""
    switch language {
    case .sv: return "åtgärd \(action.id): \(action.ownerName.sv) senast \(action.due)\(caseNumber)"
    case .en:
      return
        "action \(action.id): \(action.ownerName.en) by \(action.due)\(action.caseNumber.map { ", case \($0)" } ?? "")"
    }
  }

  /// The info line of a check for an action whose finding is gone.
  static func readyToClose(_ action: ActionReview, language: Language) -> String {
    let place = "\(action.location.file):\(action.location.line)"
    switch language {
    case .sv:
      return
        "\(place): åtgärden \(action.id) (\(action.ownerName.sv)) kan avslutas: \(action.finding.sv) rapporteras inte längre."
    case .en:
      return
        "\(place): action \(action.id) (\(action.ownerName.en)) is ready to close: \(action.finding.en) is no longer reported."
    }
  }
}
