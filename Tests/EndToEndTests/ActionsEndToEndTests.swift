import Foundation
import Testing

/// An Action through its life in a git repository (issue #17 item 4): planned, overdue, done but
/// the gap remains, done and gone — each state in `tillit check` and `tillit actions`.
@Suite struct ActionsEndToEndTests {
  static let organization =
    "apiVersion: tillit/v1\nkind: Organization\nid: org\nname: Org\ncontrollers: [{id: bun}]\nroles:\n  - {id: hr_partner, headcount: 2, hourly_cost: 500}\n"

  static func followUp(types: String) -> String {
    """
    apiVersion: tillit/v1
    kind: FollowUp
    id: f
    name: F
    owner: {function: hr}
    purpose: {statement: Underlag för arbetsmiljöinsatser, types: \(types)}
    shared_understanding: true
    designed_with_respondents: true
    review: {last: 2026-06-01, every: P1Y}
    feedback: {to_respondents: true, within_days: 20, arena: {name: Dialog, kind: collegial_dialogue}}
    citizen_perspective: {methods: [dialogue]}
    indicators:
      - {id: a, definition: Antal}

    """
  }

  static func action(status: String) -> String {
    """
    apiVersion: tillit/v1
    kind: Action
    id: a1
    name: Lärande i syftet
    finding: {rule: TRUST-P02, target: f}
    owner: hr_partner
    due: 2027-03-31
    status: \(status)
    case_number: KS 2026/140

    """
  }

  @Test func anActionIsFollowedFromPlannedThroughOverdueAndIneffectiveToReadyToClose() throws {
    let repository = try ScratchRepository()
    defer { repository.remove() }
    try repository.write("organization.yaml", Self.organization)
    try repository.write("f.yaml", Self.followUp(types: "[control]"))
    try repository.write("actions/a1.yaml", Self.action(status: "planned"))
    try repository.commitAll("planned")

    // Planned, before its due date: the finding shows who acts and by when.
    var check = try repository.shell("tillit check . --today 2027-01-10 --lang en")
    #expect(
      check.standardOutput.contains("[action a1: hr_partner by 2027-03-31, case KS 2026/140]"), "\(check.transcript)")
    #expect(!check.standardOutput.contains("TILLIT-ACTION"))
    let swedish = try repository.shell("tillit check . --today 2027-01-10 --lang sv")
    #expect(swedish.standardOutput.contains("[åtgärd a1: hr_partner senast 2027-03-31, dnr KS 2026/140]"))
    let json = try repository.shell("tillit check . --today 2027-01-10 --format json")
    #expect(json.standardOutput.contains("\"action\" : {"))
    var actions = try repository.shell("tillit actions . --today 2027-01-10 --format json")
    #expect(actions.exitCode == 0, "\(actions.transcript)")
    #expect(actions.standardOutput.contains("\"state\" : \"open\""), "\(actions.transcript)")

    // Past its due date and not done: overdue, at its `due`.
    check = try repository.shell("tillit check . --today 2027-04-01 --lang en")
    #expect(check.standardOutput.contains("7:6     warning  TILLIT-ACTION-OVERDUE"), "\(check.transcript)")
    actions = try repository.shell("tillit actions . --today 2027-04-01 --lang en")
    #expect(actions.standardOutput.contains("[overdue]"), "\(actions.transcript)")

    // Marked done, but the follow-up is unchanged: ineffective, at its `status`.
    try repository.write("actions/a1.yaml", Self.action(status: "done"))
    try repository.commitAll("done")
    check = try repository.shell("tillit check . --today 2027-04-01 --lang en")
    #expect(check.standardOutput.contains("8:9     warning  TILLIT-ACTION-INEFFECTIVE"), "\(check.transcript)")
    #expect(!check.standardOutput.contains("TILLIT-ACTION-OVERDUE"))
    actions = try repository.shell("tillit actions . --today 2027-04-01 --format json")
    #expect(actions.standardOutput.contains("\"state\" : \"done_but_still_there\""), "\(actions.transcript)")

    // The purpose now includes learning: the finding is gone and the action ready to close.
    try repository.write("f.yaml", Self.followUp(types: "[control, learning]"))
    try repository.commitAll("learning")
    check = try repository.shell("tillit check . --today 2027-04-01 --lang en")
    #expect(!check.standardOutput.contains("TILLIT-ACTION"), "\(check.transcript)")
    #expect(
      check.standardOutput.contains(
        "actions/a1.yaml:1: action a1 (hr_partner) is ready to close: TRUST-P02 on F (f) is no longer reported."),
      "\(check.transcript)")
    let readyJSON = try repository.shell("tillit check . --today 2027-04-01 --format json")
    #expect(readyJSON.standardOutput.contains("\"actions_ready_to_close\" : ["), "\(readyJSON.transcript)")
    actions = try repository.shell("tillit actions . --today 2027-04-01 --format markdown --lang sv")
    #expect(
      actions.standardOutput.contains("| hr_partner | 2027-03-31 | a1 | klar att avsluta | TRUST-P02 på F (f) |"),
      "\(actions.transcript)")
    #expect(actions.standardOutput.contains("1 åtgärd: 1 klar att avsluta."))
  }

  @Test func actionsWithoutAnyActionSaySo() throws {
    let repository = try ScratchRepository()
    defer { repository.remove() }
    try repository.write("organization.yaml", Self.organization)
    let run = try repository.shell("tillit actions . --today 2027-01-10 --lang sv")
    #expect(run.exitCode == 0)
    #expect(run.standardOutput == "Inga åtgärder.\n")
  }
}
