import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// `--today YYYY-MM-DD`: the date every rule sees as today, for reproducible results.
struct TodayOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpToday),
      valueName: HelpText.text(Texts.helpValueDate)))
  var today: String?

  func resolved(language: Language) throws -> CalendarDate {
    if let today {
      guard let date = CalendarDate(today) else {
        throw ValidationError(
          Texts.cliTodayInvalid(value: today).text(language))
      }
      return date
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Stockholm") ?? .current
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
  }
}
