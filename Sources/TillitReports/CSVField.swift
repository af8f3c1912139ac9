import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// One cell of the CSV files DPOs and controllers open in a spreadsheet (the record of
/// processing, the reporting burden): one escaper, so both files are safe in the same way.
enum CSVField {
  /// Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"):
  /// `=`, `+`, `-`, `@`, and tab and carriage return, which some spreadsheets skip before one.
  private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

  /// The cell as written to the file. A value a spreadsheet would run as a formula — a name
  /// such as `=HYPERLINK(…)` from a document — gets a leading `'` and is quoted, so it shows as
  /// text; a plain number (`-3.5`) is not a formula and stays as it is. Quoted with `"` doubled
  /// when it holds the separator, a quote or a line break. With `decimalComma` (Swedish
  /// spreadsheets), a number's decimal point becomes a comma (`-3.5` → `-3,5`); text is left
  /// as it is.
  static func escaped(_ text: String, separator: Character, decimalComma: Bool = false) -> String {
    var text = text
    var quote = false
    let isNumber = Double(text) != nil
    if let first = text.first, formulaStarts.contains(first), !isNumber {
      text = "'" + text
      quote = true
    }
    if isNumber && decimalComma { text = text.replacingOccurrences(of: ".", with: ",") }
    if quote || text.contains(separator) || text.contains("\"") || text.contains("\n") || text.contains("\r") {
      return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return text
  }
}
