/// Text from files made safe and short enough to print on a terminal.
///
/// A YAML file can hold anything: an ESC that recolours or clears the screen, a BEL, a CR that
/// moves the cursor back over what was printed, bidirectional overrides that make the shown
/// text differ from the real one (CVE-2021-42574, "Trojan Source"), or a line of megabytes.
/// Diagnostics quote such text, so every piece of it passes through here on its way out.
public enum TerminalText {
  /// Replaces each character that would act on the terminal rather than show, one scalar for
  /// one scalar so columns still line up: C0 controls become their visible pictures (ESC is
  /// `␛`, BEL `␇`, CR `␍`), DEL `␡`, and C1 controls, NEL, U+2028, U+2029 and the bidirectional
  /// embeddings, overrides and isolates (U+202A–202E, U+2066–2069) become `�`. Tabs stay, and
  /// line feeds stay when `keepingLineBreaks` is set (a message may span lines on purpose).
  public static func neutralised(_ text: String, keepingLineBreaks: Bool = false) -> String {
    // Most text needs nothing; look before copying.
    guard text.unicodeScalars.contains(where: { isActive($0, keepingLineBreaks: keepingLineBreaks) }) else {
      return text
    }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      out.append(isActive(scalar, keepingLineBreaks: keepingLineBreaks) ? standIn(for: scalar) : scalar)
    }
    return String(out)
  }

  /// The same characters shown as their code (`\x1B`, `\u202E`) instead of a picture: for
  /// reports (text, GitHub annotations, Markdown, burden tables), where a reader may need to
  /// know exactly which character a document holds and no caret has to line up.
  /// `keepingLineBreaks` leaves both CR and LF to a caller that escapes them its own way
  /// (GitHub's `%0D`/`%0A`, a space in a Markdown table cell).
  public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
    func acts(_ scalar: Unicode.Scalar) -> Bool {
      if keepingLineBreaks && (scalar == "\r" || scalar == "\n") { return false }
      return isActive(scalar, keepingLineBreaks: false)
    }
    guard text.unicodeScalars.contains(where: acts) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if acts(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code =
          scalar.value < 0x100
          ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
          : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        out.append(contentsOf: code.unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// At most `width` scalars of `line` around `column` (1-based, in scalars), with `…` where
  /// text was cut, neutralised; `caretColumn` is where `column` lands in the result.
  public static func excerpt(of line: String, aroundColumn column: Int, width: Int) -> (
    text: String, caretColumn: Int
  ) {
    excerpt(ofScalars: Array(line.unicodeScalars), aroundColumn: column, width: width)
  }

  /// `excerpt(of:aroundColumn:width:)` for a line already split into scalars, so a renderer
  /// showing many places on one huge line decodes it once.
  static func excerpt(ofScalars scalars: [Unicode.Scalar], aroundColumn column: Int, width: Int) -> (
    text: String, caretColumn: Int
  ) {
    guard scalars.count > width else {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars)
      return (neutralised(String(view)), column)
    }
    // The caret sits about a third in, so the text it points at is shown more than what precedes.
    let caret = min(max(0, column - 1), scalars.count)
    var start = max(0, caret - width / 3)
    let end = min(scalars.count, start + width)
    start = max(0, end - width)
    var view = String.UnicodeScalarView()
    if start > 0 { view.append("…") }
    view.append(contentsOf: scalars[start..<end])
    if end < scalars.count { view.append("…") }
    let caretColumn = caret - start + 1 + (start > 0 ? 1 : 0)
    return (neutralised(String(view)), caretColumn)
  }

  /// Shortens a value quoted inside a message to at most `limit` scalars, marking the cut with
  /// `…`, so a 40 KB field does not become a 40 KB message.
  public static func quoted(_ value: String, limit: Int = 80) -> String {
    neutralised(shortened(value, limit: limit))
  }

  /// The first `limit` scalars of a text, and `…` when there were more.
  public static func shortened(_ text: String, limit: Int) -> String {
    let scalars = text.unicodeScalars
    guard let end = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
      end < scalars.endIndex
    else { return text }
    return String(scalars[..<end]) + "…"
  }

  private static func isActive(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
    switch scalar.value {
    case 0x09: return false
    case 0x0A: return !keepingLineBreaks
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  private static func standIn(for scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x00...0x1F: return Unicode.Scalar(0x2400 + scalar.value)!
    case 0x7F: return "\u{2421}"
    default: return "\u{FFFD}"
    }
  }
}
