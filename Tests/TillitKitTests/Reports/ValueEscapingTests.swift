import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Values from documents reach terminals, CI logs, pull-request comments and spreadsheets;
/// in none of them may a value act instead of showing.
@Suite struct ValueEscapingTests {
  @Test func terminalControlSequencesAreShownAsTheirCodes() {
    #expect(
      TerminalText.escaped("a\u{1B}]0;t\u{07}b\r\nc\u{9B}d\u{202E}e\tf")
        == "a\\x1B]0;t\\x07b\\x0D\\x0Ac\\x9Bd\\u202Ee\tf")
    #expect(TerminalText.escaped("plain ÅÄÖ text") == "plain ÅÄÖ text")
  }

  @Test func lineBreaksCanBeLeftForGitHubsOwnEscaping() {
    #expect(TerminalText.escaped("a\r\n\u{1B}b", keepingLineBreaks: true) == "a\r\n\\x1Bb")
  }

  @Test func markdownHTMLImagesLinksAndEmphasisShowAsWritten() {
    #expect(MarkdownText.escaped("<img src=x>") == "&lt;img src=x&gt;")
    #expect(MarkdownText.escaped("![i](https://e/x.png) [l](u)") == "\\!\\[i\\](https://e/x.png) \\[l\\](u)")
    #expect(MarkdownText.escaped("**b** `c` ~~s~~ a|b") == "\\*\\*b\\*\\* \\`c\\` \\~\\~s\\~\\~ a\\|b")
    #expect(MarkdownText.escaped("_e_ snake_case_name") == "\\_e\\_ snake_case_name")
    #expect(MarkdownText.escaped("a\\b") == "a\\\\b")
  }

  @Test func markdownMentionsAreDefusedWithAWordJoiner() {
    #expect(MarkdownText.escaped("@octocat and @org/team") == "@\u{2060}octocat and @\u{2060}org/team")
  }

  @Test func markdownLineBreaksBecomeSpacesSoATableRowStaysOneRow() {
    #expect(MarkdownText.escaped("a\r\nb\nc\rd") == "a b c d")
  }

  @Test func csvCellsAFormulaWouldStartWithAreQuotedTextWithALeadingApostrophe() {
    for value in ["=1+2", "+1+2", "-1+2", "@SUM(A1)", "\tx", "\rx", "=cmd|' /C calc'!A0"] {
      let escaped = CSVField.escaped(value, separator: ",")
      #expect(escaped.hasPrefix("\"'"), "\(value) → \(escaped)")
      #expect(escaped.hasSuffix("\""), "\(value) → \(escaped)")
    }
    #expect(CSVField.escaped("=HYPERLINK(\"u\")", separator: ";") == "\"'=HYPERLINK(\"\"u\"\")\"")
  }

  @Test func csvNumbersAndOrdinaryTextAreLeftAlone() {
    #expect(CSVField.escaped("-3.5", separator: ",") == "-3.5")
    #expect(CSVField.escaped("Lärare", separator: ",") == "Lärare")
    #expect(CSVField.escaped("a,b", separator: ",") == "\"a,b\"")
    #expect(CSVField.escaped("a,b", separator: ";") == "a,b")
  }
}
