import CEL
import Testing

/// How `string()` writes a double: Go's `%g` with the shortest digits that read back to the
/// same number, as CEL implementations print it. Pinned value by value because the digits are
/// read out of Swift's own description byte by byte (issue #15: messages with numbers).
@Suite struct NumberTextTests {
  static let cases: [(Double, String)] = [
    (123.456, "123.456"), (-0.0045, "-0.0045"), (1e6, "1e+06"), (123_456_789, "1.23456789e+08"),
    (1e-5, "1e-05"), (0.0001, "0.0001"), (100, "100"), (999_999, "999999"), (1.5e300, "1.5e+300"),
    (2.5, "2.5"), (1e21, "1e+21"), (5e-324, "5e-324"), (0.1, "0.1"), (-7, "-7"), (1700, "1700"),
    (0.30000000000000004, "0.30000000000000004"), (12.5e-3, "0.0125"), (-2.5e-7, "-2.5e-07"),
    (123_456.7, "123456.7"), (1_234_567.5, "1.2345675e+06"),
  ]

  @Test(arguments: cases)
  func aDoubleIsWrittenWithItsShortestDigitsAsGoWritesThem(_ number: Double, _ text: String) throws {
    let expression = try CompiledExpression("string(x)", variables: ["x"])
    let today = try #require(CalendarDate("2026-12-01"))
    #expect(try expression.evaluate(["x": .double(number)], today: today) == .string(text))
  }

  @Test func zeroKeepsItsSignAndTheUnboundedOnesTheirNames() throws {
    let expression = try CompiledExpression("string(x)", variables: ["x"])
    let today = try #require(CalendarDate("2026-12-01"))
    for (number, text) in [(0.0, "0"), (-0.0, "-0"), (Double.infinity, "Infinity"), (-Double.infinity, "-Infinity")] {
      #expect(try expression.evaluate(["x": .double(number)], today: today) == .string(text))
    }
  }
}
