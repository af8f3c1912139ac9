import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Every formula of RULES.md §3, pinned with hand-computed numbers.
@Suite struct BurdenCalculatorTests {
  static let organization = """
    apiVersion: tillit/v1
    kind: Organization
    id: org
    name: Org
    annual_hours_per_fte: 1700
    roles:
      - {id: unit_manager, headcount: 45, hourly_cost: 520}
      - {id: teacher, headcount: 100, hourly_cost: 400, frontline: true}
    forums:
      - {id: bun, meets: {per_year: 10}}
      - {id: csg, meets: {per_year: 2}}
    budgets:
      - {role: teacher, max_share_of_time: 0.001}

    """

  func analyse(_ followUps: [String]) throws -> BurdenAnalysis {
    var documents: [Document] = []
    for (i, text) in ([Self.organization] + followUps).enumerated() {
      let read = YAMLReader().read(text, file: "\(i).yaml")
      let decoded = DocumentDecoder.decode(try #require(read.documents.first))
      #expect(decoded.errors.isEmpty, "\(decoded.errors)")
      documents.append(try #require(decoded.document))
    }
    return BurdenCalculator.analyse(
      Workspace(documents: documents, files: []), topSavings: Thresholds.topSavingsDefault)
  }

  static func followUp(
    _ id: String, respondents: String, indicators: String, types: String = "[learning]"
  ) -> String {
    "apiVersion: tillit/v1\nkind: FollowUp\nid: \(id)\nname: \(id)\npurpose: {types: \(types)}\nrespondents: \(respondents)\nindicators: \(indicators)\n"
  }

  static let used = "users: [unit_manager], decisions: [{name: D, frequency: monthly}]"

  @Test func theDesignsWorkedExample() throws {
    // 45 × 40 min × 12, BAU 0.2, 520 SEK/h → G 360 h, B 288 h, 149,760 SEK, 0.17 FTE; four
    // indicators → 72 h each; one feeding only a quarterly decision → 1 − 4/12 → 48 excess hours.
    let analysis = try analyse([
      Self.followUp(
        "p",
        respondents:
          "[{role: unit_manager, minutes_per_response: 40, frequency: monthly, business_as_usual_share: 0.2}]",
        indicators: """
          [{id: a, \(Self.used)}, {id: b, \(Self.used)}, {id: c, \(Self.used)},
           {id: d, users: [unit_manager], decisions: [{name: Q, frequency: quarterly}]}]
          """)
    ])
    let process = try #require(analysis.processes.first)
    #expect(process.grossHours == 360)
    #expect(process.hours == 288)
    #expect(process.cost == 149_760)
    #expect(abs(process.fte - 288.0 / 1700) < 1e-9)
    #expect(process.indicators.map(\.hours) == [72, 72, 72, 72])
    let d = process.indicators[3]
    #expect(abs(d.excess.overFrequent - (1 - 4.0 / 12)) < 1e-9)
    #expect(abs(d.excessHours - 48) < 1e-9)
    #expect(d.excessReason == .overFrequent)
    #expect(abs(process.excessHours - 48) < 1e-9)
  }

  @Test func explicitMinutesComeFirstAndTheRestSplitsEqually() throws {
    // 60 min: a has 30, the other two share 30 → 15 each.
    let analysis = try analyse([
      Self.followUp(
        "p", respondents: "[{role: unit_manager, count: 10, minutes_per_response: 60, frequency: yearly}]",
        indicators: "[{id: a, minutes: 30, \(Self.used)}, {id: b, \(Self.used)}, {id: c, \(Self.used)}]")
    ])
    let process = try #require(analysis.processes.first)
    #expect(process.hours == 10)
    #expect(process.indicators.map(\.hours) == [5, 2.5, 2.5])
    #expect(process.overheadHours == 0)
  }

  @Test func timeNoIndicatorAccountsForIsOverheadNeverExcess() throws {
    let analysis = try analyse([
      Self.followUp(
        "p", respondents: "[{role: unit_manager, count: 6, minutes_per_response: 60, frequency: yearly}]",
        indicators: "[{id: a, minutes: 20, \(Self.used)}]")
    ])
    let process = try #require(analysis.processes.first)
    #expect(process.indicators[0].hours == 2)
    #expect(process.overheadHours == 4)
    #expect(process.excessHours == 0)
  }

  @Test func explicitMinutesOverTheResponseAreScaledDown() throws {
    // 30 min response, indicators say 40 + 20 → scaled to 20 + 10; the unstated one gets 0.
    let analysis = try analyse([
      Self.followUp(
        "p", respondents: "[{role: unit_manager, count: 6, minutes_per_response: 30, frequency: yearly}]",
        indicators: "[{id: a, minutes: 40, \(Self.used)}, {id: b, minutes: 20, \(Self.used)}, {id: c, \(Self.used)}]")
    ])
    #expect(try #require(analysis.processes.first).indicators.map(\.hours) == [2, 1, 0])
  }

  @Test func theCountAndCostDefaultFromTheRoleAndBAUIsDeducted() throws {
    let analysis = try analyse([
      Self.followUp(
        "p",
        respondents:
          "[{role: teacher, minutes_per_response: 6, frequency: {per_year: 10}, business_as_usual_share: 0.5}]",
        indicators: "[{id: a, \(Self.used)}]")
    ])
    let group = try #require(analysis.processes.first?.groups.first)
    #expect(group.count == 100)
    #expect(group.grossHours == 100)
    #expect(group.hours == 50)
    #expect(group.cost == 50 * 400)
    #expect(group.hoursPerRespondent == 0.5)
  }

  @Test func aGroupWithAnUnknownRoleIsNotComputable() throws {
    let analysis = try analyse([
      Self.followUp(
        "p", respondents: "[{role: nobody, minutes_per_response: 6, frequency: yearly}]",
        indicators: "[{id: a, \(Self.used)}]")
    ])
    #expect(analysis.processes.first?.groups.first?.computable == false)
    #expect(analysis.totals.hours == 0)
  }

  // MARK: Revision 2 (RULES.md §9.1)

  @Test func aGroupWithAnUnknownRoleComputesWhenItStatesCountAndHourlyCost() throws {
    let analysis = try analyse([
      Self.followUp(
        "p", respondents: "[{role: nobody, count: 10, hourly_cost: 300, minutes_per_response: 6, frequency: yearly}]",
        indicators: "[{id: a, \(Self.used)}]")
    ])
    let group = try #require(analysis.processes.first?.groups.first)
    #expect(group.computable)
    #expect(group.hours == 1)
    #expect(group.cost == 300)
  }

  @Test func systemAndRegisterIndicatorsTakeNoRespondentTimeUnlessTheyStateMinutes() throws {
    // 60 min over: a manual (no minutes) and b survey share what c (a system check, 10 min)
    // leaves; d, fed by a register, costs nothing.
    let analysis = try analyse([
      Self.followUp(
        "p", respondents: "[{role: unit_manager, count: 6, minutes_per_response: 60, frequency: yearly}]",
        indicators: """
          [{id: a, source: manual, \(Self.used)}, {id: b, source: survey, \(Self.used)},
           {id: c, source: system, minutes: 10, \(Self.used)}, {id: d, source: register, \(Self.used)}]
          """)
    ])
    let process = try #require(analysis.processes.first)
    #expect(process.indicators.map(\.hours) == [2.5, 2.5, 1, 0])
    #expect(process.indicators.map(\.effort) == [true, true, true, false])
    #expect(process.overheadHours == 0)
  }

  @Test func withOnlySystemIndicatorsTheResponseIsOverheadAndNeverExcess() throws {
    // Collected monthly for a yearly decision, but fed by a system: no effort, no excess.
    let analysis = try analyse([
      Self.followUp(
        "p", respondents: "[{role: unit_manager, count: 6, minutes_per_response: 10, frequency: monthly}]",
        indicators: "[{id: a, source: system, users: [unit_manager], decisions: [{name: Y, frequency: yearly}]}]")
    ])
    let process = try #require(analysis.processes.first)
    #expect(process.indicators[0].hours == 0)
    #expect(process.indicators[0].excessHours == 0)
    #expect(process.overheadHours == 12)
    #expect(process.excessHours == 0)
  }

  @Test func anIndicatorIsSplitOnlyOverTheGroupsItIsAskedOf() throws {
    // Managers (6 × 60 min) answer a and b; teachers (100 × 6 min) only b.
    let analysis = try analyse([
      Self.followUp(
        "p",
        respondents: """
          [{role: unit_manager, count: 6, minutes_per_response: 60, frequency: yearly},
           {role: teacher, minutes_per_response: 6, frequency: yearly}]
          """,
        indicators: "[{id: a, asked_of: [unit_manager], \(Self.used)}, {id: b, \(Self.used)}]")
    ])
    let process = try #require(analysis.processes.first)
    // a: half of the managers' 6 h; b: the other half and all of the teachers' 10 h.
    #expect(process.indicators.map(\.hours) == [3, 13])
  }

  @Test func anOperationalDecisionCountsAtItsOwnPaceNotItsForumMeetings() throws {
    // Forum csg meets twice a year; the daily planning it feeds is operational.
    let analysis = try analyse([
      Self.followUp(
        "p", respondents: "[{role: unit_manager, count: 6, minutes_per_response: 10, frequency: monthly}]",
        indicators: """
          [{id: a, users: [unit_manager], decisions: [{name: Planering, forum: csg, frequency: monthly, kind: operational}]},
           {id: b, users: [unit_manager], decisions: [{name: Styrning, forum: csg, frequency: monthly}]}]
          """)
    ])
    let process = try #require(analysis.processes.first)
    #expect(process.indicators[0].decisionPerYear == 12)
    #expect(process.indicators[0].excessHours == 0)
    #expect(process.indicators[1].decisionPerYear == 2)
    #expect(process.indicators[1].excessReason == .overFrequent)
  }

  @Test func theHeaviestGroupOfARoleIsComparedWithItsBudgetToo() throws {
    // 5 of 100 teachers spend 10 min a day (220 days): 36.7 h each, 2.2 % of 1,700 h, over a cap
    // of 0.1 %; averaged over all 100 teachers (183.3 h in all) it is 0.108 %, close to the cap.
    let analysis = try analyse([
      Self.followUp(
        "p", respondents: "[{role: teacher, count: 5, minutes_per_response: 10, frequency: daily}]",
        indicators: "[{id: a, \(Self.used)}]")
    ])
    let teacher = try #require(analysis.roles.first { $0.role == "teacher" })
    let hours = 5 * 10.0 / 60 * 220
    #expect(abs(teacher.shareOfTime - hours / (100 * 1700)) < 1e-9)
    #expect(abs(teacher.heaviestGroupShare - hours / (5 * 1700)) < 1e-9)
    // Over the cap by what the group spends beyond 0.1 % of its five people's time.
    #expect(abs(teacher.hoursOverBudget - (hours - 0.001 * 5 * 1700)) < 1e-9)
  }

  @Test func eachExcessCategoryAndTheMaximumNotTheSum() throws {
    let analysis = try analyse([
      Self.followUp(
        "p", respondents: "[{role: unit_manager, count: 12, minutes_per_response: 50, frequency: monthly}]",
        indicators: """
          [{id: unused, users: [], decisions: [{name: D, frequency: monthly}]},
           {id: held, source: manual, available_in: kolada, \(Self.used)},
           {id: often, users: [unit_manager], decisions: [{name: Y, frequency: yearly}]},
           {id: both, source: survey, available_in: HR-systemet, users: [unit_manager], decisions: [{name: Y, frequency: yearly}]},
           {id: capped, users: [unit_manager], decisions: [{name: N, forum: csg, frequency: monthly}]}]
          """)
    ])
    let indicators = try #require(analysis.processes.first).indicators
    // 12 × 50/60 × 12 = 120 h, 24 h per indicator.
    #expect(indicators.allSatisfy { abs($0.hours - 24) < 1e-9 })
    #expect(indicators[0].excessReason == .unused && indicators[0].excessHours == 24)
    #expect(indicators[1].excessReason == .available && indicators[1].excessHours == 24)
    #expect(indicators[2].excessReason == .overFrequent && abs(indicators[2].excessHours - 22) < 1e-9)
    // Available (1) and over-frequent (11/12): the maximum, 1, not the sum.
    #expect(indicators[3].excessFraction == 1 && indicators[3].excessHours == 24)
    #expect(indicators[3].excessReason == .available)
    // A monthly decision in a forum that meets twice a year is a twice-yearly decision.
    #expect(indicators[4].decisionPerYear == 2)
    #expect(abs(indicators[4].excessHours - 20) < 1e-9)
  }

  @Test func duplicatesFollowLawRequiredThenIDThenPosition() throws {
    let respondents = "[{role: unit_manager, count: 6, minutes_per_response: 10, frequency: yearly}]"
    let analysis = try analyse([
      Self.followUp("a-own", respondents: respondents, indicators: "[{id: x, key: 'KOLADA:N1 ', \(Self.used)}]"),
      Self.followUp(
        "z-law", respondents: respondents, indicators: "[{id: y, key: kolada:n1, \(Self.used)}]",
        types: "[legal_requirement]"),
      Self.followUp(
        "b-own", respondents: respondents,
        indicators: "[{id: n1, name: 'Sjuk-frånvaro', \(Self.used)}, {id: n2, name: ' sjuk frånvaro ', \(Self.used)}]"),
    ])
    let byID = Dictionary(uniqueKeysWithValues: analysis.processes.map { ($0.followUpID, $0) })
    #expect(byID["z-law"]?.indicators[0].duplicateOf == nil)
    #expect(byID["a-own"]?.indicators[0].duplicateOf?.followUp == "z-law")
    #expect(byID["a-own"]?.indicators[0].excessReason == .duplicate)
    #expect(byID["b-own"]?.indicators[0].duplicateOf == nil)
    #expect(byID["b-own"]?.indicators[1].duplicateOf?.indicator == "n1")
  }

  @Test func bothSidesOfADuplicateSeeTheOverlapButOnlyTheLaterIsExcess() throws {
    let respondents = "[{role: unit_manager, count: 6, minutes_per_response: 10, frequency: yearly}]"
    let analysis = try analyse([
      Self.followUp("a", respondents: respondents, indicators: "[{id: x, key: k1, \(Self.used)}]"),
      Self.followUp("b", respondents: respondents, indicators: "[{id: y, key: K1, \(Self.used)}]"),
    ])
    let byID = Dictionary(uniqueKeysWithValues: analysis.processes.map { ($0.followUpID, $0) })
    #expect(byID["a"]?.indicators[0].overlaps.map(\.followUp) == ["b"])
    #expect(byID["b"]?.indicators[0].overlaps.map(\.indicator) == ["x"])
    #expect(byID["a"]?.indicators[0].excessReason == nil)
    #expect(byID["b"]?.indicators[0].excessReason == .duplicate)
  }

  @Test func theSameKeyIsADuplicateWhicheverRoleIsAskedAndTheSameNameOnlyForTheSameRole() throws {
    let analysis = try analyse([
      Self.followUp(
        "a", respondents: "[{role: unit_manager, count: 6, minutes_per_response: 10, frequency: yearly}]",
        indicators: "[{id: x, key: k1, \(Self.used)}, {id: n, name: Trygghet, \(Self.used)}]"),
      Self.followUp(
        "b", respondents: "[{role: teacher, count: 6, minutes_per_response: 10, frequency: yearly}]",
        indicators: "[{id: y, key: k1, \(Self.used)}, {id: m, name: Trygghet, \(Self.used)}]"),
    ])
    let byID = Dictionary(uniqueKeysWithValues: analysis.processes.map { ($0.followUpID, $0) })
    #expect(byID["b"]?.indicators[0].overlaps.map(\.followUp) == ["a"])
    // A keyed figure is the same data whoever is asked (RULES.md §9.1.7): the later is excess.
    #expect(byID["b"]?.indicators[0].duplicateOf?.followUp == "a")
    #expect(byID["b"]?.indicators[0].excessReason == .duplicate)
    #expect(byID["a"]?.indicators[0].duplicateOf == nil)
    // A shared name is not the same figure unless the same people are asked.
    #expect(byID["b"]?.indicators[1].overlaps.isEmpty == true)
    #expect(byID["b"]?.indicators[1].duplicateOf == nil)
  }

  @Test func overlapsListAtMostFiveInIDOrderAndSayThereAreMore() throws {
    let respondents = "[{role: unit_manager, count: 6, minutes_per_response: 10, frequency: yearly}]"
    let analysis = try analyse(
      (1...8).map {
        Self.followUp("p\($0)", respondents: respondents, indicators: "[{id: i\($0), key: k1, \(Self.used)}]")
      })
    let first = try #require(analysis.processes.first { $0.followUpID == "p1" })
    #expect(first.indicators[0].overlaps.map(\.followUp) == ["p2", "p3", "p4", "p5", "p6"])
    #expect(first.indicators[0].moreOverlaps)
    let last = try #require(analysis.processes.first { $0.followUpID == "p8" })
    #expect(last.indicators[0].overlaps.map(\.followUp) == ["p1", "p2", "p3", "p4", "p5"])
  }

  @Test func aKeyedAndAnUnkeyedIndicatorNeverMatch() throws {
    let respondents = "[{role: unit_manager, count: 6, minutes_per_response: 10, frequency: yearly}]"
    let analysis = try analyse([
      Self.followUp("a", respondents: respondents, indicators: "[{id: x, name: Sjukfrånvaro, key: k1, \(Self.used)}]"),
      Self.followUp("b", respondents: respondents, indicators: "[{id: y, name: Sjukfrånvaro, \(Self.used)}]"),
    ])
    #expect(analysis.processes.allSatisfy { $0.indicators[0].duplicateOf == nil })
  }

  @Test func budgetsRolesAndTotalsReconcile() throws {
    let analysis = try analyse([
      Self.followUp(
        "p",
        respondents:
          "[{role: teacher, minutes_per_response: 12, frequency: yearly}, {role: unit_manager, minutes_per_response: 60, frequency: yearly}]",
        indicators: "[{id: a, \(Self.used)}]"),
      Self.followUp(
        "q", respondents: "[{role: teacher, minutes_per_response: 6, frequency: quarterly}]",
        indicators: "[{id: b, \(Self.used)}]"),
    ])
    let teacher = try #require(analysis.roles.first { $0.role == "teacher" })
    // 100 × 12/60 + 100 × 6/60 × 4 = 20 + 40 = 60 h; share 60 / (100 × 1700); cap 0.1 % = 170 h.
    #expect(abs(teacher.hours - 60) < 1e-9)
    #expect(abs(teacher.shareOfTime - 60.0 / 170_000) < 1e-12)
    #expect(teacher.hoursOverBudget == 0)
    let total = analysis.totals.hours
    #expect(abs(total - analysis.processes.reduce(0) { $0 + $1.hours }) < 1e-9)
    #expect(abs(total - analysis.roles.reduce(0) { $0 + $1.hours }) < 1e-9)
    #expect(abs(total - analysis.functions.reduce(0) { $0 + $1.hours }) < 1e-9)
    #expect(abs(total - 105) < 1e-9)
  }
}
