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

  /// How many actions are in each state, for the closing line.
  private var counts: String {
    ActionState.allCases.compactMap { state in
      let count = actions.filter { $0.state == state }.count
      return count == 0 ? nil : "\(count) \(state.label.text(language))"
    }.joined(separator: ", ")
  }

  /// "3 åtgärder: " / "1 action: ".
  private var total: String {
    Texts.actionsTotal(count: actions.count).text(language)
  }

  private func details(_ action: ActionReview) -> String {
    var parts = [action.status.label.text(language)]
    if let caseNumber = action.caseNumber { parts.append(Texts.actionsCaseNumber(number: caseNumber).text(language)) }
    return parts.joined(separator: ", ")
  }

  private func text() -> String {
    guard !actions.isEmpty else { return Texts.actionsNone.text(language) + "\n" }
    var out = Texts.actionsHeading(today: today.description).text(language) + "\n"
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
    var out = "## " + Texts.actionsTitle.text(language) + "\n\n"
    guard !actions.isEmpty else { return out + Texts.actionsNone.text(language) + "\n" }
    let columns = [
      Texts.actionsColumnOwner, Texts.actionsColumnDue, Texts.actionsColumnAction, Texts.actionsColumnState,
      Texts.actionsColumnFinding, Texts.actionsColumnStatus,
    ]
    out += "| " + columns.map { $0.text(language) }.joined(separator: " | ") + " |\n"
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
