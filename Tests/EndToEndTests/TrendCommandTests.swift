import Foundation
import Testing

/// `tillit trend` (issue #17 item 5): over a repository of more than fifty commits, each point
/// agrees with `tillit check` at that commit, and a second run takes every point from the cache.
@Suite struct TrendCommandTests {
  static let organization =
    "apiVersion: tillit/v1\nkind: Organization\nid: org\nname: Org\ncontrollers: [{id: bun}]\nroles:\n  - {id: hr_partner, headcount: 2, hourly_cost: 500}\n  - {id: unit_manager, headcount: 30, hourly_cost: 600}\n"

  /// The follow-up at commit `i`: one indicator more each commit, every third without a
  /// definition (TRUST-I01); learning joins the purpose at commit 30 (TRUST-P02 goes).
  static func followUp(_ i: Int) -> String {
    var text = """
      apiVersion: tillit/v1
      kind: FollowUp
      id: f
      name: F
      owner: {function: hr}
      purpose: {statement: Underlag för arbetsmiljöinsatser, types: \(i >= 30 ? "[control, learning]" : "[control]")}
      shared_understanding: true
      designed_with_respondents: true
      review: {last: 2026-01-01, every: P1Y}
      feedback: {to_respondents: true, within_days: 20, arena: {name: Dialog, kind: collegial_dialogue}}
      citizen_perspective: {methods: [dialogue]}
      respondents:
        - {role: unit_manager, count: 30, minutes_per_response: \(10 + i), frequency: monthly}
      indicators:

      """
    for k in 0...i {
      text += k % 3 == 0 ? "  - {id: i\(k)}\n" : "  - {id: i\(k), definition: Antal}\n"
    }
    return text
  }

  static func action(status: String) -> String {
    "apiVersion: tillit/v1\nkind: Action\nid: a1\nfinding: {rule: TRUST-P02, target: f}\nowner: hr_partner\ndue: 2026-04-01\nstatus: \(status)\n"
  }

  @Test func everyCommitsPointAgreesWithCheckThereAndASecondRunUsesTheCache() throws {
    let repository = try ScratchRepository()
    defer { repository.remove() }
    try repository.write("ws/organization.yaml", Self.organization)
    try repository.write("ws/actions/a1.yaml", Self.action(status: "planned"))
    try repository.write("ws/f.yaml", Self.followUp(0))
    try repository.commitAll("start")
    var touching = 0
    for i in 1...57 {
      // A week a commit from 5 January 2026: the action falls due on the way.
      let day = Calendar(identifier: .gregorian).date(
        byAdding: .day, value: 7 * i,
        to: DateComponents(calendar: Calendar(identifier: .gregorian), year: 2026, month: 1, day: 5).date!)!
      let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: day)
      let date = String(format: "%04d-%02d-%02dT12:00:00+00:00", parts.year!, parts.month!, parts.day!)
      if i % 10 == 5 {
        // Outside the workspace: not a point of the trend.
        try repository.write("notes/n\(i).txt", "\(i)\n")
      } else {
        touching += 1
        try repository.write("ws/f.yaml", Self.followUp(i))
        if i == 40 { try repository.write("ws/actions/a1.yaml", Self.action(status: "done")) }
      }
      let run = try repository.shell(
        "git add -A && git commit -q -m 'c\(i)'", extra: ["GIT_COMMITTER_DATE": date, "GIT_AUTHOR_DATE": date])
      #expect(run.exitCode == 0, "\(run.transcript)")
    }
    #expect(touching >= 50)

    let first = try repository.shell("tillit trend --since main~57 --format json --verbose ws")
    #expect(first.exitCode == 0, "\(first.transcript)")
    #expect(first.standardError.contains("\(touching) commits, 0 from the cache"), "\(first.transcript)")
    let second = try repository.shell("tillit trend --since main~57 --format json --verbose ws")
    #expect(second.standardError.contains("\(touching) commits, \(touching) from the cache"), "\(second.transcript)")
    #expect(second.standardOutput == first.standardOutput)
    #expect(repository.exists(".git/tillit-trend"))

    let trend = try #require(
      try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any])
    let commits = try #require(trend["commits"] as? [[String: Any]])
    #expect(commits.count == touching)
    var overdueSeen = false
    for point in commits {
      let hash = try #require(point["commit"] as? String)
      let date = try #require(point["date"] as? String)
      try repository.git("checkout", "-q", "--detach", hash)
      let check = try repository.shell("tillit check ws --today \(date) --format json")
      let report = try #require(
        try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any])
      let summary = try #require(report["summary"] as? [String: Any])
      for key in ["errors", "warnings", "info"] {
        #expect(point[key] as? Int == summary[key] as? Int, "\(key) at \(hash) (\(date))")
      }
      let findings = try #require(report["findings"] as? [[String: Any]])
      if findings.contains(where: { $0["rule"] as? String == "TILLIT-ACTION-OVERDUE" }) { overdueSeen = true }
      let actions = try repository.shell("tillit actions ws --today \(date) --format json")
      #expect((point["burden_hours"] as? Double ?? 0) > 0, "burden hours at \(hash) are a number")
      let open = actions.standardOutput.components(separatedBy: "\"status\" : \"planned\"").count - 1
      #expect(point["open_actions"] as? Int == open, "open actions at \(hash)")
    }
    #expect(overdueSeen)
  }

  @Test func aRangeWithoutCommitsAnUnknownRevisionAndNoRepositoryAreClearErrors() throws {
    let repository = try ScratchRepository()
    defer { repository.remove() }
    try repository.write("organization.yaml", Self.organization)
    try repository.commitAll("start")
    let empty = try repository.shell("tillit trend --since HEAD")
    #expect(empty.exitCode == 2)
    #expect(empty.standardError.contains("no commits after HEAD up to HEAD"), "\(empty.transcript)")
    let unknown = try repository.shell("tillit trend --since v9 --lang sv")
    #expect(unknown.exitCode == 2)
    #expect(unknown.standardError.contains("--since v9: revisionen finns inte i arkivet"), "\(unknown.transcript)")
    let outside = try repository.shell("tillit trend --since HEAD", in: repository.base)
    #expect(outside.exitCode == 2)
    #expect(outside.standardError.contains("not inside a git repository"), "\(outside.transcript)")
  }

  @Test func theHTMLTrendIsALineChartWithoutScripts() throws {
    let repository = try ScratchRepository()
    defer { repository.remove() }
    try repository.write("organization.yaml", Self.organization)
    try repository.write("f.yaml", Self.followUp(0))
    try repository.commitAll("start")
    for i in 1...3 {
      try repository.write("f.yaml", Self.followUp(i))
      try repository.commitAll("c\(i)")
    }
    let run = try repository.shell("tillit trend --since HEAD~3 --format html --lang sv")
    #expect(run.exitCode == 0, "\(run.transcript)")
    #expect(run.standardOutput.contains("<polyline"))
    #expect(run.standardOutput.contains("Utveckling över tid"))
    #expect(!run.standardOutput.contains("<script"))
    let csv = try repository.shell("tillit trend --since HEAD~3 --format csv")
    #expect(csv.standardOutput.split(separator: "\r\n").count == 4)
    #expect(csv.standardOutput.hasPrefix("date,commit,errors,warnings,info,open_actions,burden_hours,excess_hours"))
  }

  @Test func aChangedPackChecksEveryCommitAgain() throws {
    let repository = try ScratchRepository()
    defer { repository.remove() }
    try repository.write("organization.yaml", Self.organization)
    try repository.write("f.yaml", Self.followUp(0))
    try repository.commitAll("start")
    for i in 1...2 {
      try repository.write("f.yaml", Self.followUp(i))
      try repository.commitAll("c\(i)")
    }
    // A pack outside the repository: no commit's tree covers it, its content is in the key.
    let pack = repository.base.appendingPathComponent("egna.yaml")
    try FileManager.default.copyItem(
      at: TillitBinary.packageRoot.appendingPathComponent("Tests/Fixtures/packs/extending-pack.yaml"), to: pack)
    let command = "tillit trend --since HEAD~2 --verbose --add-pack \(ScratchRepository.quoted(pack.path))"
    let first = try repository.shell(command)
    #expect(first.exitCode == 0, "\(first.transcript)")
    #expect(first.standardError.contains("2 commits, 0 from the cache"), "\(first.transcript)")
    #expect(try repository.shell(command).standardError.contains("2 commits, 2 from the cache"))
    try Data(("# ändrad\n" + String(contentsOf: pack, encoding: .utf8)).utf8).write(to: pack)
    let changed = try repository.shell(command)
    #expect(changed.standardError.contains("2 commits, 0 from the cache"), "\(changed.transcript)")
  }
}
