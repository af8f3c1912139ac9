import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

@Suite struct CalendarDateTests {
  @Test(arguments: ["2025-01-15", "2024-02-29", "2000-02-29", "1999-12-31"])
  func realDatesParse(text: String) {
    #expect(CalendarDate(text)?.description == text)
  }

  @Test(arguments: [
    "2025-02-29", "1900-02-29", "2025-13-01", "2025-04-31", "2025-1-15", "25-01-15", "2025-01-15T00:00",
  ])
  func impossibleOrMalformedDatesDoNot(text: String) {
    #expect(CalendarDate(text) == nil)
  }

  @Test func addingAPeriodIsCalendarArithmetic() {
    let date = CalendarDate("2024-01-31")!
    #expect(date.adding(Period("P1M")!) == CalendarDate("2024-02-29"))
    #expect(date.adding(Period("P1Y")!) == CalendarDate("2025-01-31"))
    #expect(CalendarDate("2024-02-29")!.adding(Period("P1Y")!) == CalendarDate("2025-02-28"))
    #expect(CalendarDate("2025-12-20")!.adding(Period("P2W")!) == CalendarDate("2026-01-03"))
    #expect(CalendarDate("2025-01-15")!.adding(Period("P1Y6M10D")!) == CalendarDate("2026-07-25"))
  }

  @Test func daysSinceEpochRoundTrips() {
    for text in ["1970-01-01", "2000-03-01", "2025-11-29", "1960-06-15"] {
      let date = CalendarDate(text)!
      #expect(CalendarDate(daysSinceEpoch: date.daysSinceEpoch) == date)
    }
    #expect(CalendarDate("1970-01-02")!.daysSinceEpoch == 1)
  }
}

@Suite struct PeriodTests {
  @Test func periodsParseYearsMonthsWeeksAndDays() {
    #expect(Period("P3Y") == Period(years: 3))
    #expect(Period("P6M") == Period(months: 6))
    #expect(Period("P2W") == Period(days: 14))
    #expect(Period("P1Y6M10D") == Period(years: 1, months: 6, days: 10))
  }

  @Test func calendarEqualityTreatsThreeYearsAsThirtySixMonths() {
    #expect(Period("P3Y")!.isCalendarEqual(to: Period("P36M")!))
    #expect(!Period("P1M")!.isCalendarEqual(to: Period("P30D")!))
  }

  @Test func frequenciesCountOccurrencesPerYear() {
    #expect(Frequency.named("daily").perYear == 220)
    #expect(Frequency.named("weekly").perYear == 45)
    #expect(Frequency.named("tertial").perYear == 3)
    #expect(Frequency.named("once").perYear == 1)
    #expect(Frequency.perYear(10).perYear == 10)
  }
}
