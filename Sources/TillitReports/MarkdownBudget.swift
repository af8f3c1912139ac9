import CEL
import TillitYAML

/// The room left in a Markdown report meant for a pull-request comment
/// (`ReportLimits.markdownCharacters`): pieces are taken whole while they fit, so a report is
/// cut between findings, with room kept for the line saying how many were left out.
struct MarkdownBudget {
  /// UTF-8 bytes written so far.
  var used: Int
  /// Room kept for the closing "and N more" line.
  static let reserve = 200

  /// True, and counts `piece`, when it fits; false once it does not (nothing is taken after).
  mutating func take(_ piece: String) -> Bool {
    guard !full else { return false }
    let size = piece.utf8.count
    if used + size + MarkdownBudget.reserve > ReportLimits.markdownCharacters {
      full = true
      return false
    }
    used += size
    return true
  }

  private var full = false

  init(used: Int) { self.used = used }

  /// The line that ends a cut report.
  static func more(_ count: Int, language: Language) -> String {
    Texts.checkMarkdownMore(count: count).text(language)
  }
}
