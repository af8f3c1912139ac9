/// Text from documents made safe for a terminal or a CI log: a value such as
/// `\e]0;title\a` would otherwise retitle the window, recolour the screen, or (`\r`) overwrite
/// the line it is on; bidirectional overrides would show the line in another order than it is.
/// Such characters are shown as their code instead (`\x1B`, `\u202E`), so nothing is lost and
/// nothing acts.
enum TerminalText {
  /// Every control character (C0, DEL, C1) but the tab, and the bidirectional embeddings,
  /// overrides and isolates. `keepingLineBreaks` leaves CR and LF for a caller that escapes
  /// them its own way (GitHub's `%0D`, `%0A`).
  static func neutralised(_ text: String, keepingLineBreaks: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { acts($0, keepingLineBreaks: keepingLineBreaks) }) else { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      if acts(scalar, keepingLineBreaks: keepingLineBreaks) {
        output += shown(scalar)
      } else {
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  private static func acts(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
    switch scalar.value {
    case 0x09: return false
    case 0x0A, 0x0D: return !keepingLineBreaks
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  private static func shown(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return scalar.value < 0x100
      ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
      : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }
}
