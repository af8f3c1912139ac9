import CEL
import TillitEngine
import TillitModel
import TillitYAML

/// `tillit actions`: every Action by owner and due date, with where it stands against the
/// findings of the same run (open, overdue, done but still there, ready to close).
public struct ActionsReport: Sendable {
  public enum Format: String, Sendable, CaseIterable {
    case text, json, markdown
  }

  public var actions: [ActionReview]
  public var today: CalendarDate
  public var language: Language

  public init(actions: [ActionReview], today: CalendarDate, language: Language) {
    self.actions = actions.sorted(by: ActionReview.precedes)
    self.today = today
    self.language = language
  }

  public func render(_ format: Format) -> String {
    switch format {
    case .text: return text()
    case .json: return json()
    case .markdown: return markdown()
    }
  }

  private func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }

  /// How many actions are in each state, for the closing line.
  private var counts: String {
    ActionState.allCases.compactMap { state in
      let count = actions.filter { $0.state == state }.count
      return count == 0 ? nil : "\(count) \(state.label.text(language))"
    }.joined(separator: ", ")
  }

  /// "3 åtgärder: " / "1 action: ".
  private var total: String {
    let one = actions.count == 1
    return t("\(actions.count) \(one ? "åtgärd" : "åtgärder"): ", "\(actions.count) \(one ? "action" : "actions"): ")
  }

  private func details(_ action: ActionReview) -> String {
    var parts = [action.status.label.text(language)]
    if let caseNumber = action.caseNumber { parts.append(t("dnr \(caseNumber)", "case \(caseNumber)")) }
    return parts.joined(separator: ", ")
  }

  private func text() -> String {
    guard !actions.isEmpty else { return t("Inga åtgärder.\n", "No actions.\n") }
    var out = t(
      "Åtgärder per ansvarig och datum (i dag \(today)):\n", "Actions by owner and due date (today \(today)):\n")
    var owner: String?
    for action in actions {
      if action.owner != owner {
        owner = action.owner
        out += "\n" + TerminalText.escaped(action.ownerName.text(language)) + "\n"
      }
      let line =
        "  \(action.due)  \(action.id)  [\(action.state.label.text(language))]  \(action.finding.text(language))"
        + " (\(details(action)))  \(action.location.file):\(action.location.line)"
      out += TerminalText.escaped(line) + "\n"
    }
    out += "\n" + total + counts + ".\n"
    return out
  }

  private func markdown() -> String {
    var out = "## " + t("Åtgärder", "Actions") + "\n\n"
    guard !actions.isEmpty else { return out + t("Inga åtgärder.\n", "No actions.\n") }
    out +=
      "| \(t("Ansvarig", "Owner")) | \(t("Klar senast", "Due")) | \(t("Åtgärd", "Action")) | \(t("Läge", "State")) | \(t("Fynd", "Finding")) | \(t("Status", "Status")) |\n"
    out += "| --- | --- | --- | --- | --- | --- |\n"
    for action in actions {
      let cells = [
        action.ownerName.text(language), action.due.description, action.id, action.state.label.text(language),
        action.finding.text(language), details(action),
      ].map(MarkdownText.escaped)
      out += "| " + cells.joined(separator: " | ") + " |\n"
    }
    out += "\n" + total + MarkdownText.escaped(counts) + ".\n"
    return out
  }

  /// Versioned as the check report: `version` changes only when a field changes meaning or
  /// goes away. Keys sorted, so the same run gives the same bytes.
  private func json() -> String {
    var json = PrettyJSONWriter(output: ReportBytes())
    json.beginObject()
    json.key("actions")
    json.beginArray()
    for action in actions {
      json.beginObject()
      json.field("case_number", action.caseNumber)
      json.field("due", action.due.description)
      json.field("file", action.location.file)
      JSONReporter.write(action.reference, to: &json)
      json.field("findings", action.findingCount)
      json.field("id", action.id)
      json.field("line", action.location.line)
      json.field("name", action.name)
      json.field("note", action.note)
      json.field("owner", action.owner)
      json.field("state", action.state.rawValue)
      json.field("status", action.status.rawValue)
      json.endObject()
    }
    json.endArray()
    json.field("language", language.rawValue)
    json.field("today", today.description)
    json.field("version", 1)
    json.endObject()
    var text = ""
    json.output.write(to: &text)
    return text + "\n"
  }
}
