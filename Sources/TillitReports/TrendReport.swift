import CEL
import Foundation
import TillitEngine
import TillitYAML

/// `tillit trend`: per commit, the findings by severity and by pack, the open actions and the
/// reporting burden; as a table, CSV, JSON or an HTML page with line charts (inline SVG, no
/// scripts, as the other HTML reports).
public struct TrendReport: Sendable {
  public enum Format: String, Sendable, CaseIterable {
    case text, csv, json, html
  }

  public var points: [TrendPoint]
  public var since: String
  public var until: String
  public var language: Language
  /// Every pack that has findings at some commit, sorted: one column each.
  public var packs: [String]

  public init(points: [TrendPoint], since: String, until: String, language: Language) {
    self.points = points
    self.since = since
    self.until = until
    self.language = language
    packs = Set(points.flatMap(\.byPack.keys)).sorted()
  }

  public func render(_ format: Format) -> String {
    switch format {
    case .text: return text()
    case .csv: return csv()
    case .json: return json()
    case .html: return html()
    }
  }

  private func text(_ text: LocalizedText) -> String { text.text(language) }

  private func count(_ value: Int) -> String { NumberFormat.format(Double(value), decimals: 0, language: language) }

  private func hours(_ value: Double) -> String { NumberFormat.format(value, decimals: 0, language: language) }

  private var headings: [String] {
    [
      text(Texts.htmlDate), text(Texts.trendCommit), text(Texts.trendErrors), text(Texts.trendWarnings),
      text(Texts.trendInfo), text(Texts.trendOpenActions), text(Texts.calendarHours), text(Texts.trendExcess),
    ] + packs
  }

  private func cells(_ point: TrendPoint) -> [String] {
    [
      point.date, point.shortHash, count(point.errors), count(point.warnings), count(point.info),
      count(point.openActions), hours(point.burdenHours), hours(point.excessHours),
    ] + packs.map { count(point.byPack[$0] ?? 0) }
  }

  private func text() -> String {
    let rows = [headings] + points.map(cells)
    let widths = headings.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    var out = text(Texts.trendHeading(since: since, until: until, commits: points.count)) + "\n\n"
    for row in rows {
      let line = row.indices.map { column in
        let cell = row[column]
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        // Text columns to the left, numbers to the right.
        return column < 2 ? cell + pad : pad + cell
      }.joined(separator: "  ")
      out += TerminalText.escaped(line) + "\n"
    }
    return out
  }

  /// Numbers in CSV are plain (a point for decimals, no thousands separator), for spreadsheets.
  private func csv() -> String {
    var out = ""
    let header =
      ["date", "commit", "errors", "warnings", "info", "open_actions", "burden_hours", "excess_hours"]
      + packs.map { "pack:" + $0 }
    out += header.map { CSVField.escaped($0, separator: ",") }.joined(separator: ",") + "\r\n"
    for point in points {
      let row =
        [
          point.date, point.commit, "\(point.errors)", "\(point.warnings)", "\(point.info)", "\(point.openActions)",
          Self.plain(point.burdenHours), Self.plain(point.excessHours),
        ] + packs.map { "\(point.byPack[$0] ?? 0)" }
      out += row.map { CSVField.escaped($0, separator: ",") }.joined(separator: ",") + "\r\n"
    }
    return out
  }

  private static func plain(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  /// Versioned as the other JSON reports: `version` changes only when a field changes meaning
  /// or goes away. Keys sorted, so the same run gives the same bytes; hours to a tenth.
  private func json() -> String {
    struct Point: Encodable {
      var burdenHours: Double
      var byPack: [String: Int]
      var commit: String
      var date: String
      var errors: Int
      var excessHours: Double
      var info: Int
      var openActions: Int
      var short: String
      var waived: Int
      var warnings: Int
    }
    struct Document: Encodable {
      var commits: [Point]
      var since: String
      var until: String
      var version = 1
    }
    func tenth(_ value: Double) -> Double { (value * 10).rounded() / 10 }
    let document = Document(
      commits: points.map {
        Point(
          burdenHours: tenth($0.burdenHours), byPack: $0.byPack, commit: $0.commit, date: $0.date,
          errors: $0.errors, excessHours: tenth($0.excessHours), info: $0.info, openActions: $0.openActions,
          short: $0.shortHash, waived: $0.waived, warnings: $0.warnings)
      }, since: since, until: until)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    guard let data = try? encoder.encode(document) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private func e(_ text: String) -> String { MarkupEscaping.escaped(text) }

  /// A line of the charts: its colour (Okabe–Ito) and its dash, so that two lines are told
  /// apart without colour too, and in the legend by name.
  private struct Series {
    var name: String
    var color: String
    var dash: String
    var values: [Double]
  }

  private func html() -> String {
    let title = text(Texts.trendTitle)
    var html =
      "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>\(e(title))</title>\n"
    html +=
      "<style>\nbody { font: 15px/1.45 system-ui, sans-serif; color: #1b1f24; margin: 1.5rem; }\nsvg { max-width: 100%; height: auto; }\n.legend span { margin-right: 1rem; white-space: nowrap; }\n.legend svg { vertical-align: middle; margin-right: .3rem; }\n.scroll { overflow-x: auto; }\ntable { border-collapse: collapse; font-size: .88rem; }\nth, td { border: 1px solid #d0d7de; padding: .3rem .45rem; text-align: right; white-space: nowrap; }\nth:first-child, td:first-child, td:nth-child(2) { text-align: left; }\n@media (max-width: 640px) { body { margin: .75rem; } }\n</style>\n</head>\n<body>\n"
    html += "<h1>\(e(title))</h1>\n<p>\(e(text(Texts.trendRange(since: since, until: until))))</p>\n"
    html += "<h2>\(e(text(Texts.trendFindingsHeading)))</h2>\n"
    html += chart([
      Series(
        name: text(Texts.trendErrors), color: ReportPalette.vermillion, dash: "",
        values: points.map { Double($0.errors) }),
      Series(
        name: text(Texts.trendWarnings), color: ReportPalette.orange, dash: "8 4",
        values: points.map { Double($0.warnings) }),
      Series(
        name: text(Texts.trendInfo), color: ReportPalette.blue, dash: "2 3", values: points.map { Double($0.info) }),
      Series(
        name: text(Texts.trendOpenActions), color: ReportPalette.reddishPurple, dash: "10 3 2 3",
        values: points.map { Double($0.openActions) }),
    ])
    html += "<h2>\(e(text(Texts.trendBurdenHeading)))</h2>\n"
    html += chart([
      Series(name: text(Texts.calendarHours), color: ReportPalette.blue, dash: "", values: points.map(\.burdenHours)),
      Series(
        name: text(Texts.trendExcess), color: ReportPalette.vermillion, dash: "8 4", values: points.map(\.excessHours)),
    ])
    html +=
      "<div class=\"scroll\"><table>\n<thead><tr>" + headings.map { "<th>\(e($0))</th>" }.joined()
      + "</tr></thead>\n<tbody>\n"
    for point in points {
      html += "<tr>" + cells(point).map { "<td>\(e($0))</td>" }.joined() + "</tr>\n"
    }
    html += "</tbody>\n</table></div>\n</body>\n</html>\n"
    return html
  }

  /// A line chart of some series over the commits, oldest to the left: inline SVG.
  private func chart(_ series: [Series]) -> String {
    let width = 800.0
    let height = 260.0
    let left = 56.0
    let bottom = 28.0
    let top = 12.0
    let maximum = max(1, series.flatMap(\.values).max() ?? 1)
    let count = max(1, points.count - 1)
    func x(_ i: Int) -> Double { left + (width - left - 12) * Double(i) / Double(count) }
    func y(_ value: Double) -> Double { top + (height - top - bottom) * (1 - value / maximum) }
    func n(_ value: Double) -> String { String(format: "%.1f", value) }
    func dash(_ line: Series) -> String { line.dash.isEmpty ? "" : " stroke-dasharray=\"\(line.dash)\"" }
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(e(series.map(\.name).joined(separator: ", ")))\">\n"
    svg +=
      "<line x1=\"\(n(left))\" y1=\"\(n(y(0)))\" x2=\"\(n(width - 12))\" y2=\"\(n(y(0)))\" stroke=\"#8c959f\" />\n"
    svg += "<line x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(y(0)))\" stroke=\"#8c959f\" />\n"
    svg +=
      "<text x=\"\(n(left - 6))\" y=\"\(n(top + 4))\" text-anchor=\"end\" font-size=\"11\">\(e(hours(maximum)))</text>\n"
    svg += "<text x=\"\(n(left - 6))\" y=\"\(n(y(0)))\" text-anchor=\"end\" font-size=\"11\">0</text>\n"
    if let first = points.first, let last = points.last {
      svg += "<text x=\"\(n(left))\" y=\"\(n(height - 8))\" font-size=\"11\">\(e(first.date))</text>\n"
      svg +=
        "<text x=\"\(n(width - 12))\" y=\"\(n(height - 8))\" text-anchor=\"end\" font-size=\"11\">\(e(last.date))</text>\n"
    }
    for line in series {
      let coordinates = line.values.enumerated().map { "\(n(x($0.offset))),\(n(y($0.element)))" }
      svg +=
        "<polyline fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2.5\"\(dash(line)) points=\"\(coordinates.joined(separator: " "))\"><title>\(e(line.name))</title></polyline>\n"
    }
    svg += "</svg>\n"
    let legend = series.map {
      "<span><svg width=\"32\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"32\" y2=\"5\" stroke=\"\($0.color)\" stroke-width=\"2.5\"\(dash($0)) /></svg>\(e($0.name))</span>"
    }.joined()
    return svg + "<p class=\"legend\">\(legend)</p>\n"
  }
}
