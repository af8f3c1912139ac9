import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The reporting calendar (issue #17): which months each group responds in, and the hours per
/// role and month that BUR-15 and the month views read.
@Suite struct BurdenCalendarTests {
  func analyse(_ followUps: [String]) throws -> BurdenAnalysis {
    var documents: [Document] = []
    for (i, text) in ([BurdenCalculatorTests.organization] + followUps).enumerated() {
      let read = YAMLReader().read(text, file: "\(i).yaml")
      let decoded = DocumentDecoder.decode(try #require(read.documents.first))
      #expect(decoded.errors.isEmpty, "\(decoded.errors)")
      documents.append(try #require(decoded.document))
    }
    return BurdenCalculator.analyse(
      Workspace(documents: documents, files: []), topSavings: Thresholds.topSavingsDefault)
  }

  static func followUp(_ id: String, respondents: String, review: String = "") -> String {
    "apiVersion: tillit/v1\nkind: FollowUp\nid: \(id)\nname: Process \(id)\n\(review)respondents: \(respondents)\n"
  }

  /// The months of a single group of `frequency` (a YAML value), with an optional review line.
  func months(_ frequency: String, review: String = "") throws -> [Int] {
    let analysis = try analyse([
      Self.followUp(
        "p", respondents: "[{role: teacher, minutes_per_response: 60, frequency: \(frequency)}]", review: review)
    ])
    let year = try #require(analysis.calendar.year(of: "teacher"))
    return year.hours.indices.filter { year.hours[$0] > 0 }.map { $0 + 1 }
  }

  @Test func groupsWithoutMonthsAreSpreadByTheirFrequency() throws {
    #expect(try months("monthly") == Array(1...12))
    #expect(try months("weekly") == Array(1...12))
    #expect(try months("daily") == Array(1...12))
    #expect(try months("quarterly") == [3, 6, 9, 12])
    #expect(try months("tertial") == [4, 8, 12])
    #expect(try months("semiannual") == [6, 12])
    #expect(try months("yearly") == [12])
    #expect(try months("once") == [12])
    #expect(try months("{per_year: 4}") == [3, 6, 9, 12])
    #expect(try months("{per_year: 6}") == [2, 4, 6, 8, 10, 12])
    #expect(try months("{per_year: 24}") == Array(1...12))
  }

  @Test func aYearlyGroupRespondsInTheMonthOfTheLatestReview() throws {
    #expect(try months("yearly", review: "review: {last: 2026-03-10, every: P1Y}\n") == [3])
  }

  @Test func explicitMonthsOverrideTheFrequency() throws {
    let analysis = try analyse([
      Self.followUp("p", respondents: "[{role: teacher, minutes_per_response: 60, frequency: yearly, months: [4, 9]}]")
    ])
    let year = try #require(analysis.calendar.year(of: "teacher"))
    // 100 teachers × 1 h, shared equally over April and September.
    #expect(year.hours[3] == 50)
    #expect(year.hours[8] == 50)
    #expect(year.hours.reduce(0, +) == 100)
  }

  @Test func everyRolesMonthsAddUpToItsYearlyHours() throws {
    let analysis = try analyse([
      Self.followUp(
        "a",
        respondents: """
          [{role: teacher, minutes_per_response: 25, frequency: {per_year: 7}, business_as_usual_share: 0.3},
           {role: unit_manager, minutes_per_response: 40, frequency: monthly, months: [1, 5, 11]}]
          """),
      Self.followUp("b", respondents: "[{role: unit_manager, minutes_per_response: 90, frequency: tertial}]"),
    ])
    for role in analysis.roles {
      let year = try #require(analysis.calendar.year(of: role.role))
      #expect(abs(year.hours.reduce(0, +) - role.hours) < 1e-9, "\(role.role)")
    }
  }

  @Test func theHeaviestMonthNamesTheProcessesThatMeetThere() throws {
    let analysis = try analyse([
      Self.followUp("a", respondents: "[{role: unit_manager, minutes_per_response: 60, frequency: monthly}]"),
      Self.followUp("b", respondents: "[{role: unit_manager, minutes_per_response: 120, frequency: tertial}]"),
    ])
    let year = try #require(analysis.calendar.year(of: "unit_manager"))
    #expect(year.peakMonth == 4)
    #expect(year.processes[3].map(\.followUpID) == ["a", "b"])
    #expect(year.processes[0].map(\.followUpID) == ["a"])
  }

  @Test func monthsOutsideOneToTwelveAreRefusedByValidation() throws {
    let text = Self.followUp(
      "p", respondents: "[{role: teacher, minutes_per_response: 60, frequency: yearly, months: [13]}]")
    let read = YAMLReader().read(text, file: "p.yaml")
    let decoded = DocumentDecoder.decode(try #require(read.documents.first))
    #expect(!decoded.errors.isEmpty)
  }

  @Test func theHeatMapShadeGrowsWithTheHoursAndLeavesEmptyMonthsWhite() {
    #expect(BurdenHeatMap.shade(0, top: 100) == 0)
    #expect(BurdenHeatMap.shade(1, top: 100) >= 1)
    #expect(BurdenHeatMap.shade(100, top: 100) == BurdenHeatMap.shades.count - 1)
    #expect(BurdenHeatMap.shade(25, top: 100) < BurdenHeatMap.shade(64, top: 100))
  }
}
