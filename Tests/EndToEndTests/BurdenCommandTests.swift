import Foundation
import Testing

/// `tillit burden` on the example: every excess category shows, and the figures add up.
@Suite struct BurdenCommandTests {
  func json() throws -> [String: Any] {
    let run = try TillitBinary.run(["burden", "examples/exempelby", "--format", "json", "--today", "2026-11-29"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    return try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
  }

  @Test func theExampleShowsExcessInEveryCategory() throws {
    let totals = try #require(try json()["totals"] as? [String: Any])
    let byCategory = try #require(totals["excess_by_category"] as? [String: Double])
    for category in ["unused", "duplicate", "available", "over_frequent"] {
      #expect((byCategory[category] ?? 0) > 10, "\(category): \(byCategory[category] ?? 0)")
    }
  }

  @Test func totalsReconcileOverProcessesRolesAndFunctions() throws {
    let report = try json()
    let total = try #require((report["totals"] as? [String: Any])?["hours"] as? Double)
    func sum(_ key: String) -> Double {
      ((report[key] as? [[String: Any]]) ?? []).reduce(0) { $0 + (($1["hours"] as? Double) ?? 0) }
    }
    // Each figure is rounded to 0.1 h on its own, so sums may differ by rounding only.
    #expect(abs(sum("processes") - total) < 0.5)
    #expect(abs(sum("roles") - total) < 0.5)
    #expect(abs(sum("functions") - total) < 0.5)
    #expect(total > 10_000)
  }

  @Test func theTextReportHasTotalsBudgetsAndTopSavingsInBothLanguages() throws {
    let english = try TillitBinary.run(["burden", "examples/exempelby", "--today", "2026-11-29"])
    #expect(english.exitCode == 0)
    for part in [
      "Reporting burden – Exempelby kommun", "Top savings",
      "assistant_nurse: 0.3% of working time on average, 0.6% in its heaviest group in one follow-up, cap 0.5% – 1,050.0 h over",
      "Total 11,099.1 hours a year",
    ] {
      #expect(english.standardOutput.contains(part), "\(part)")
    }
    let swedish = try TillitBinary.run(["burden", "examples/exempelby", "--lang", "sv", "--by", "role"])
    #expect(swedish.standardOutput.contains("Totalt 11\u{00A0}099,1 timmar per år"))
    #expect(swedish.standardOutput.contains("Undersköterska"))
  }

  @Test func markdownAndCSVAreTables() throws {
    let markdown = try TillitBinary.run(["burden", "examples/exempelby", "--format", "markdown"])
    #expect(markdown.standardOutput.contains("| Follow-up | Function |"))
    let csv = try TillitBinary.run(["burden", "examples/exempelby", "--format", "csv", "--by", "indicator"])
    let lines = csv.standardOutput.split(separator: "\r\n")
    #expect(lines.first == "Follow-up,Indicator,Hours/yr,Cost SEK,Excess h,Reason,Duplicate of")
    #expect(lines.count > 40)
  }

  @Test func expressionsCanReadTheFacts() throws {
    let run = try TillitBinary.run([
      "eval", "[facts.burden.hours, facts.indicators[1].excess_reason, facts.indicators[1].excess_hours]",
      "--workspace", "examples/exempelby", "--document", "it-incidentrapportering",
    ])
    // Weekly for quarterly decisions: 1 − 4/45 of the indicator's 330 hours.
    #expect(run.standardOutput.hasPrefix("[660, \"over_frequent\", 300.6"))
    let screening = try TillitBinary.run([
      "eval", "[facts.screening.result, facts.screening.triggers]", "--workspace", "examples/exempelby",
      "--document", "kamerabevakning-skolor",
    ])
    #expect(screening.standardOutput == "[\"required\", [\"T_c\"]]\n")
    let organization = try TillitBinary.run([
      "eval", "facts.role_burden.assistant_nurse.hours_over_budget > 1000", "--workspace", "examples/exempelby",
      "--document", "exempelby",
    ])
    #expect(organization.standardOutput == "true\n")
  }
}

/// Every fact the README lists can be read from an expression.
@Suite struct FactsThroughEvalTests {
  @Test(arguments: [
    (
      "manadsuppfoljning-sjukfranvaro",
      ["burden", "groups", "incomplete_groups", "indicators", "law_citations", "unresolved_refs"]
    ),
    (
      "elevhalsoenkat",
      [
        "criminal_present", "data_subjects", "fields", "law_citations", "national_id_present", "non_eea_endpoints",
        "register_overlap",
        "retention_entry", "same_data_elsewhere", "screening", "special_present", "subjects_total", "unresolved_refs",
        "used_by",
      ]
    ),
    ("exempelby", ["burden", "role_burden", "uses_adequacy"]),
  ])
  func everyTopLevelFactIsReadable(document: String, keys: [String]) throws {
    let run = try TillitBinary.run([
      "eval", "facts.map(k, k)", "--workspace", "examples/exempelby", "--document", document,
    ])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(run.standardOutput == "[" + keys.map { "\"\($0)\"" }.joined(separator: ", ") + "]\n")
  }

  @Test func indicatorAndScreeningFactsHaveTheirFields() throws {
    let run = try TillitBinary.run([
      "eval",
      "[facts.indicators[0].map(k, k), facts.burden.map(k, k)]",
      "--workspace", "examples/exempelby", "--document", "arbetsmiljouppfoljning-tertial",
    ])
    #expect(
      run.standardOutput
        == "[[\"duplicate_of\", \"effort\", \"excess\", \"excess_fraction\", \"excess_hours\", \"excess_reason\", \"f_collect\", \"f_decision\", \"hours\", \"identity\", \"more_overlaps\", \"overlaps\", \"slowest_decision_days\"], [\"cost\", \"excess_by_category\", \"excess_hours\", \"excess_share\", \"fte\", \"gross_hours\", \"hours\", \"law_required\", \"overhead_hours\"]]\n"
    )
  }
}
