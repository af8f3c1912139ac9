import Foundation
import Testing

/// The reporting calendar on the command line (issue #17 items 1–2): `burden --by month`,
/// `burden --role ID` and BUR-15 on the example.
@Suite struct BurdenCalendarCommandTests {
  @Test func byMonthShowsRolesTimesMonthsThatAddUpToTheYear() throws {
    let run = try TillitBinary.run(["burden", "examples/exempelby", "--by", "month", "--format", "csv"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    let lines = run.standardOutput.split(separator: "\r\n").map(String.init)
    #expect(lines.first == "Role,Name,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Year")
    let principal = try #require(lines.first { $0.hasPrefix("principal,") }).split(separator: ",")
    // The forecast leaves out January and July; the school results add to June and December.
    #expect(principal[2] == "0.0")
    #expect(principal[7] == "209.0")
    #expect(principal[14] == "874.0")
  }

  @Test func byMonthIsInSwedishWithSwedishMonths() throws {
    let run = try TillitBinary.run(["burden", "examples/exempelby", "--by", "month", "--lang", "sv"])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.contains("jan"))
    #expect(run.standardOutput.contains("maj"))
    #expect(run.standardOutput.contains("okt"))
    #expect(run.standardOutput.contains("Totalt"))
  }

  @Test func theJSONReportCarriesEachRolesMonths() throws {
    let run = try TillitBinary.run(["burden", "examples/exempelby", "--format", "json"])
    let report = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let roles = try #require(report["roles"] as? [[String: Any]])
    for role in roles {
      let months = try #require(role["months"] as? [Double])
      #expect(months.count == 12)
      #expect(abs(months.reduce(0, +) - ((role["hours"] as? Double) ?? 0)) < 1)
    }
  }

  @Test func theRoleViewListsEveryProcessThatAsksTheRoleAndItsYear() throws {
    let run = try TillitBinary.run(["burden", "examples/exempelby", "--role", "principal"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    for part in [
      "What Principal (principal) is asked for", "Ekonomisk månadsprognos (ekonomisk-manadsprognos)",
      "Uppföljning av kunskapsresultat i grundskolan (kunskapsresultat-grundskola)", "10 times a year",
      "every six months", "The role's year", "874.0", "decisions: Fördelning av stödresurser mellan skolor",
    ] {
      #expect(run.standardOutput.contains(part), "\(part)")
    }
    let swedish = try TillitBinary.run(["burden", "examples/exempelby", "--role", "principal", "--lang", "sv"])
    #expect(swedish.standardOutput.contains("Rollens år"))
    #expect(swedish.standardOutput.contains("varje halvår"))
  }

  @Test func theRoleViewAsJSONHasTheRolesMonths() throws {
    let run = try TillitBinary.run(["burden", "examples/exempelby", "--role", "principal", "--format", "json"])
    let view = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    #expect(view["role"] as? String == "principal")
    #expect((view["months"] as? [Double])?[5] == 209)
    #expect((view["processes"] as? [[String: Any]])?.count == 2)
  }

  @Test func anUnknownRoleExitsTwoWithDidYouMean() throws {
    let run = try TillitBinary.run(["burden", "examples/exempelby", "--role", "principl"])
    #expect(run.exitCode == 2)
    #expect(run.standardOutput.isEmpty)
    #expect(run.standardError.contains("the role 'principl' is not among the organisation's roles"))
    #expect(run.standardError.contains("Did you mean 'principal'?"))
    let swedish = try TillitBinary.run(["burden", "examples/exempelby", "--role", "principl", "--lang", "sv"])
    #expect(swedish.exitCode == 2)
    #expect(swedish.standardError.contains("Menade du 'principal'?"))
  }

  @Test func peakMonthNamesTheMonthAndTheProcessesThatMeetThere() throws {
    let run = try TillitBinary.run(["check", "examples/exempelby", "--today", "2026-11-29", "--lang", "sv"])
    #expect(
      run.standardOutput.contains(
        "BUR-15  Toppmånad: I juni lägger rollen Rektor 209 timmar på uppföljning"))
    #expect(
      run.standardOutput.contains(
        "Då möts Ekonomisk månadsprognos (ekonomisk-manadsprognos) och Uppföljning av kunskapsresultat i grundskolan (kunskapsresultat-grundskola)."
      ))
    let english = try TillitBinary.run(["check", "examples/exempelby", "--today", "2026-11-29"])
    #expect(english.standardOutput.contains("Peak month: In June the role Principal spends 209 hours on follow-up"))
  }

  @Test func theHTMLHeatMapShadesEachRolesMonthsAndNamesTheProcessesBehindThem() throws {
    let run = try TillitBinary.run(["burden", "examples/exempelby", "--format", "html", "--lang", "sv"])
    #expect(run.exitCode == 0)
    let html = run.standardOutput
    #expect(html.contains("<table class=\"heatmap\">"))
    #expect(html.contains("Årshjul: timmar per roll och månad"))
    // The principals' June: the darkest shade of their row, with both processes in the title.
    #expect(
      html.contains(
        "title=\"juni: Ekonomisk månadsprognos: 57,0 h; Uppföljning av kunskapsresultat i grundskolan: 152,0 h\""))
    // The table for print lists the same.
    #expect(html.contains("<table class=\"calendar-detail\">"))
    let check = try TillitBinary.run([
      "check", "examples/exempelby", "--today", "2026-11-29", "--format", "html", "--fail-on", "never",
    ])
    #expect(check.standardOutput.contains("Reporting calendar: hours per role and month"))
  }
}
