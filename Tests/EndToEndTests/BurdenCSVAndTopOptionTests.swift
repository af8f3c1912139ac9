import Foundation
import Testing

/// The burden CSV as Swedish Excel opens it, and `--top` on the command line (issue #13).
@Suite struct BurdenCSVAndTopOptionTests {
  static let today = ["--today", "2026-11-29"]

  /// The CSV's bytes and its rows, split as a spreadsheet splits them (no field holds a
  /// separator or a line break in the example).
  static func csv(_ language: String, by grouping: String = "process") throws -> (bytes: Data, rows: [[String]]) {
    let run = try TillitBinary.run(
      ["burden", "examples/exempelby", "--format", "csv", "--by", grouping, "--lang", language] + today)
    #expect(run.exitCode == 0, "\(run.standardError)")
    let bytes = Data(run.standardOutput.utf8)
    var text = run.standardOutput
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let separator: Character = language == "sv" ? ";" : ","
    let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map {
      $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }
    return (bytes, rows)
  }

  @Test func theSwedishCSVHasAByteOrderMarkSemicolonsAndDecimalCommas() throws {
    let (bytes, rows) = try Self.csv("sv")
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(rows[0].prefix(4) == ["Uppföljning", "Funktion", "Grund", "Timmar/år"])
    #expect(rows.allSatisfy { $0.count == rows[0].count })
    let time = try #require(rows.first { $0[0] == "tidsregistrering-hemtjanst" })
    #expect(time[3] == "4620,0")
    #expect(time[4] == "2,72")
    #expect(time[5] == "1894200")
    // Every number column reads as a number once the comma is a point: what Excel does.
    for row in rows.dropFirst() {
      for column in 3..<row.count {
        #expect(Double(row[column].replacingOccurrences(of: ",", with: ".")) != nil, "\(row[column])")
        #expect(!row[column].contains("."))
      }
    }
  }

  @Test func theEnglishCSVKeepsCommasAndDecimalPointsWithoutAMark() throws {
    let (bytes, rows) = try Self.csv("en")
    #expect(bytes.first == UInt8(ascii: "F"))
    #expect(rows[0].prefix(4) == ["Follow-up", "Function", "Basis", "Hours/yr"])
    let time = try #require(rows.first { $0[0] == "tidsregistrering-hemtjanst" })
    #expect(time[3] == "4620.0")
    #expect(time[4] == "2.72")
  }

  @Test func theSwedishCalendarCSVAddsUpToTheYearWithCommas() throws {
    let (_, rows) = try Self.csv("sv", by: "month")
    #expect(
      rows[0] == [
        "Roll", "Namn", "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec", "År",
      ])
    let principal = try #require(rows.first { $0[0] == "principal" })
    #expect(principal[7] == "209,0")
    #expect(principal[14] == "874,0")
  }

  @Test func topBelowOneStopsBeforeReadingInBothLanguages() throws {
    let swedish = try TillitBinary.run([
      "check", "examples/exempelby", "--format", "html", "--top", "0", "--lang", "sv",
    ])
    #expect(swedish.exitCode == 2)
    #expect(swedish.standardError.contains("--top ska vara ett heltal 1 eller större"))
    #expect(swedish.standardOutput.isEmpty)
    let english = try TillitBinary.run(["burden", "examples/exempelby", "--format", "html", "--top=-1", "--lang", "en"])
    #expect(english.exitCode == 2)
    #expect(english.standardError.contains("--top takes a whole number of 1 or more"))
  }

  @Test func topSetsHowManyBarsTheChartsDraw() throws {
    let run = try TillitBinary.run(["burden", "examples/exempelby", "--format", "html", "--top", "3"] + Self.today)
    #expect(run.exitCode == 0)
    let html = run.standardOutput
    let start = try #require(html.range(of: "aria-labelledby=\"processes-title"))
    let end = try #require(html.range(of: "</figure>", range: start.upperBound..<html.endIndex))
    let chart = html[start.lowerBound..<end.lowerBound]
    #expect(chart.components(separatedBy: "class=\"label\"").count - 1 == 3)
    #expect(chart.contains("and 10 more – see the table below"))
    // The top savings are the top_savings threshold's, whatever --top says.
    let savings = try #require(html.range(of: ">Top savings</h3>"))
    let table = try #require(html.range(of: "</tbody>", range: savings.upperBound..<html.endIndex))
    #expect(html[savings.upperBound..<table.lowerBound].components(separatedBy: "<tr><td").count - 1 == 10)
  }
}
