import CEL
import TillitYAML

/// How a value reads in a sentence of one language: periods and frequencies as words
/// ("tre år", "en gång per år"), numbers with the language's separators ("3 888", "2,29"),
/// values of the schema's value sets by their label, lists as "a, b och c". Messages of
/// packs and reports say things this way instead of `P3Y`, `2.29` or `legal_obligation`
/// (RULES.md §9.5).
public enum ValueWords {
  /// `n` in words when it is one to twelve ("tre", "ett" before a neuter noun such as "år"),
  /// else in digits with grouping.
  public static func number(_ n: Int, neuter: Bool = false, _ language: Language) -> String {
    guard (1...12).contains(n) else { return NumberFormat.format(Double(n), decimals: 0, language: language) }
    let words = (neuter ? Texts.numberWordsNeuter : Texts.numberWords).text(language).split(separator: " ")
    return String(words[n - 1])
  }

  /// A period as a length of time: "tre år", "ett år och sex månader", "two weeks"; with
  /// `digits`, "3 år" (for a table, and what `tillit import` reads back).
  public static func period(_ period: Period, _ language: Language, digits: Bool = false) -> String {
    func number(_ n: Int, neuter: Bool = false, _ language: Language) -> String {
      digits
        ? NumberFormat.format(Double(n), decimals: 0, language: language)
        : ValueWords.number(n, neuter: neuter, language)
    }
    var parts: [String] = []
    if period.years != 0 {
      parts.append(
        Texts.periodYears(number: number(period.years, neuter: true, language), n: period.years).text(language))
    }
    if period.months != 0 {
      parts.append(Texts.periodMonths(number: number(period.months, language), n: period.months).text(language))
    }
    if period.days != 0 {
      if period.days % 7 == 0, !digits {
        let weeks = period.days / 7
        parts.append(Texts.periodWeeks(number: number(weeks, language), n: weeks).text(language))
      } else {
        parts.append(Texts.periodDays(number: number(period.days, language), n: period.days).text(language))
      }
    }
    return parts.isEmpty ? Texts.periodNone.text(language) : list(parts, language)
  }

  /// How often something happens once per `period`: "en gång per år" for one unit, "en gång
  /// på tre år" otherwise — the words a review interval needs ("minst en gång per år").
  public static func every(_ period: Period, _ language: Language) -> String {
    switch (period.years, period.months, period.days) {
    case (1, 0, 0): return Texts.everyYear.text(language)
    case (0, 1, 0): return Texts.everyMonth.text(language)
    case (0, 0, 7): return Texts.everyWeek.text(language)
    case (0, 0, 1): return Texts.everyDay.text(language)
    default: return Texts.everyPeriod(period: self.period(period, language)).text(language)
    }
  }

  /// A frequency as documents write it (`monthly`, `{per_year: 6}`) in words.
  public static func frequency(_ frequency: Frequency, _ language: Language) -> String {
    switch frequency {
    case .named(let name): return ValueLabels.label(field: "frequency", value: name)?.text(language) ?? name
    case .perYear(let n):
      if n == n.rounded(), abs(n) < 1e12 { return Texts.frequencyPerYear(n: Int(n)).text(language) }
      return Texts.frequencyPerYearDecimal(n: decimal(n, language)).text(language)
    }
  }

  /// A number with the language's separators, whole numbers without decimals and others with
  /// at most `maxDecimals`, trailing zeros dropped ("2,29", "0,5", "3 888").
  public static func decimal(_ value: Double, maxDecimals: Int = 2, _ language: Language) -> String {
    var text = NumberFormat.format(value, decimals: maxDecimals, language: language)
    // The language's decimal separator, as NumberFormat writes it.
    let separator = NumberFormat.format(0.5, decimals: 1, language: language).dropFirst().first!
    if text.contains(separator) {
      while text.last == "0" { text.removeLast() }
      if text.last == separator { text.removeLast() }
    }
    return text
  }

  /// Items joined as a sentence lists them: "a, b och c" / "a, b and c".
  public static func list(_ items: [String], _ language: Language) -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    return Texts.listLast(first: items.dropLast().joined(separator: ", "), last: last).text(language)
  }

  /// "ja" / "yes", "nej" / "no".
  public static func boolean(_ value: Bool, _ language: Language) -> String {
    (value ? Texts.booleanYes : Texts.booleanNo).text(language)
  }
}
