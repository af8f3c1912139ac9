import Foundation
import TillitModel
import TillitSpreadsheet

/// Reading periods, dates, numbers and lists out of cells written by people. Each parser
/// says whether it understood the whole cell: what it did not understand is kept verbatim
/// beside the field, never dropped.
enum ValueParsers {
  /// A list cell split at `;`, line breaks and (when `commas`) commas, trimmed, blanks dropped.
  /// A comma inside parentheses does not split: `Invånare (ca 1,400)` — an English thousands
  /// separator, as tillit's export writes counts — stays one item.
  static func items(_ text: String, commas: Bool = true) -> [String] {
    var items: [String] = []
    var current = ""
    var depth = 0
    for character in text {
      switch character {
      case "(": depth += 1
      case ")": depth = max(0, depth - 1)
      default: break
      }
      let splits = character == ";" || character.isNewline || (commas && character == "," && depth == 0)
      if splits {
        items.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    items.append(current)
    return items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// A retention period and what happens after it: `Gallras efter 2 år` is dispose, P2Y;
  /// `Bevaras` is keep. `complete` is false when words remain that tillit did not read (such
  /// as what the period counts from).
  struct Retention: Equatable {
    var action: String?
    var period: String?
    var planEntry: String?
    /// What the period counts from, when a segment of its own says (`efter avslutad skolgång`).
    var trigger: String?
    var complete: Bool
  }

  static let unitLetters: [String: String] = [
    "år": "Y", "year": "Y", "years": "Y", "månad": "M", "månader": "M", "mån": "M", "month": "M", "months": "M",
    "vecka": "W", "veckor": "W", "week": "W", "weeks": "W", "dag": "D", "dagar": "D", "day": "D", "days": "D",
  ]
  static let keepWords: Set<String> = ["bevaras", "bevara", "arkiveras", "keep", "kept", "archived", "preserved"]
  static let disposeWords: Set<String> = [
    "gallras", "gallra", "gallring", "raderas", "dispose", "disposed", "deleted", "delete", "destroyed",
  ]
  static let fillerWords: Set<String> = ["efter", "after", "of", "om", "inom", "within", "ska", "is", "are", "be"]

  /// Also reads tillit's own export (`gallras, efter P2Y, plan bun-ihp/3.2.4`): an ISO
  /// period after `efter`/`after` and a retention-plan entry after `plan`.
  static func retention(_ text: String) -> Retention {
    var result = Retention(action: nil, period: nil, planEntry: nil, trigger: nil, complete: true)
    var rest: [String] = []
    let segments = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    for segment in segments {
      if let match = segment.firstMatch(of: #/^(?:(?:efter|after)\s+)?(P(?:\d+[YMWD])+)$/#), result.period == nil {
        result.period = String(match.1)
      } else if let match = segment.firstMatch(of: #/^plan\s+([A-Za-z0-9_-]+/[A-Za-z0-9_.-]+)$/#) {
        result.planEntry = String(match.1)
      } else if segments.count > 1, result.trigger == nil, segment.firstMatch(of: #/^(efter|after)\s+\D/#) != nil {
        result.trigger = segment
      } else {
        rest.append(segment)
      }
    }
    let words = NameNormalization.normalized(rest.joined(separator: " ")).split(separator: " ").map(String.init)
    var index = 0
    while index < words.count {
      let word = words[index]
      if let number = Int(word), index + 1 < words.count, let unit = unitLetters[words[index + 1]],
        result.period == nil,
        number > 0, number <= 1000
      {
        result.period = "P\(number)\(unit)"
        index += 2
        continue
      }
      if keepWords.contains(word) {
        result.action = result.action == nil || result.action == "keep" ? "keep" : nil
      } else if disposeWords.contains(word) {
        result.action = result.action == nil || result.action == "dispose" ? "dispose" : nil
      } else if !fillerWords.contains(word) {
        result.complete = false
      }
      index += 1
    }
    if result.action == "keep" && result.period != nil { result.complete = false }
    return result
  }

  /// A day from a date cell: an Excel serial (in the workbook's date system) or text as
  /// YYYY-MM-DD. Nil for anything else, such as `10/2/2025`, whose order of day and month
  /// cannot be known.
  static func date(_ value: CellValue, uses1904: Bool) -> String? {
    switch value {
    case .number(let serial):
      return ExcelDate(serial: serial, uses1904: uses1904)?.description
    case .text(let text):
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      let datePart =
        trimmed.count > 10 && (trimmed.dropFirst(10).first == "T" || trimmed.dropFirst(10).first == " ")
        ? String(trimmed.prefix(10)) : trimmed
      let parts = datePart.split(separator: "-")
      guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
        let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
        (1900...9999).contains(year), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
      else { return nil }
      return datePart
    case .boolean:
      return nil
    }
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// A whole number at least 0 (`420`, `420,0`, `1 200`); nil for anything else.
  static func count(_ value: CellValue) -> Int? {
    guard let number = number(value), number >= 0, number == number.rounded(), number < 1e9 else { return nil }
    return Int(number)
  }

  /// A number at least 0, with a decimal comma or point and spaces between thousands.
  static func number(_ value: CellValue) -> Double? {
    switch value {
    case .number(let number): return number.isFinite && number >= 0 ? number : nil
    case .boolean: return nil
    case .text(let text):
      let cleaned = text.trimmingCharacters(in: .whitespaces)
        .replacingOccurrences(of: "\u{A0}", with: "").replacingOccurrences(of: " ", with: "")
        .replacingOccurrences(of: ",", with: ".")
      guard let number = Double(cleaned), number.isFinite, number >= 0 else { return nil }
      return number
    }
  }

  /// A KLASSA classification as tillit's export writes it (`KLASSA K3/R2/T1`, `–` for a
  /// level not given): confidentiality, integrity and availability, 0–4.
  static func classification(_ text: String) -> [(String, YAMLOutput)]? {
    guard
      let match = text.trimmingCharacters(in: .whitespaces).firstMatch(
        of: #/^KLASSA\s+K([0-4–-])/R([0-4–-])/T([0-4–-])$/#)
    else { return nil }
    var levels: [(String, YAMLOutput)] = []
    for (key, level) in [("c", match.1), ("i", match.2), ("a", match.3)] where level.first?.isNumber == true {
      levels.append((key, .plain(String(level))))
    }
    return levels
  }

  /// A frequency: a named rhythm, or `N gånger per år` / `N times a year` as `{per_year: N}`.
  static func frequency(_ text: String) -> YAMLOutput? {
    if let named = ValueVocabulary.lookup(text, in: ValueVocabulary.frequencies) { return .plain(named) }
    let words = NameNormalization.normalized(text).split(separator: " ").map(String.init)
    if words.count >= 3, let times = Int(words[0]), times > 0, times <= 10_000,
      ["gånger", "ggr", "times"].contains(words[1]), words.last == "år" || words.last == "year"
    {
      return .map([("per_year", .plain(String(times)))])
    }
    return nil
  }
}
