/// Numbers for people, in Swedish (`1 234,5`) or English (`1,234.5`) style. Deterministic
/// (no locale database), so reports are the same on every machine.
public enum NumberFormat {
  /// `value` rounded to `decimals` places, with grouping.
  public static func format(_ value: Double, decimals: Int, language: Language) -> String {
    guard value.isFinite else { return "–" }
    let scale = pow10(decimals)
    var rounded = (abs(value) * scale).rounded() / scale
    if rounded == 0 { rounded = 0 }
    let negative = value < 0 && rounded != 0
    let whole = UInt64(rounded.rounded(.down))
    var fraction = ""
    if decimals > 0 {
      let digits = UInt64(((rounded - Double(whole)) * scale).rounded())
      let text = String(digits)
      fraction = String(repeating: "0", count: max(0, decimals - text.count)) + text
    }
    let marks = Separators(language)
    var grouped = ""
    for (i, c) in String(whole).reversed().enumerated() {
      if i > 0 && i % 3 == 0 { grouped.append(marks.group) }
      grouped.append(c)
    }
    grouped = String(grouped.reversed())
    return (negative ? "-" : "") + grouped + (decimals > 0 ? marks.decimal + fraction : "")
  }

  /// Hours to 0.1, FTE to 0.01, money to whole units (RULES.md §3).
  public static func hours(_ value: Double, _ language: Language) -> String {
    format(value, decimals: 1, language: language)
  }
  public static func fte(_ value: Double, _ language: Language) -> String {
    format(value, decimals: 2, language: language)
  }
  public static func money(_ value: Double, _ language: Language) -> String {
    format(value, decimals: 0, language: language)
  }
  public static func percent(_ share: Double, _ language: Language) -> String {
    format(share * 100, decimals: 1, language: language) + Separators(language).percentSign
  }

  /// The marks each language writes numbers with: Swedish (Språkrådet) a no-break space
  /// between groups of thousands, a decimal comma and a space before the per cent sign;
  /// English a comma, a decimal point and no space. They are the numbers' notation, not words,
  /// so they live here rather than in the catalogue.
  private struct Separators {
    let group: String
    let decimal: String
    let percentSign: String

    init(_ language: Language) {
      switch language {
      case .sv: (group, decimal, percentSign) = ("\u{00A0}", ",", "\u{00A0}%")
      case .en: (group, decimal, percentSign) = (",", ".", "%")
      }
    }
  }

  private static func pow10(_ n: Int) -> Double {
    var result = 1.0
    for _ in 0..<max(0, n) { result *= 10 }
    return result
  }
}
