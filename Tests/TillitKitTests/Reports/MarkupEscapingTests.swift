import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// What the document authors wrote can never break out of the HTML and XML reports.
@Suite struct MarkupEscapingTests {
  @Test func markupCharactersBecomeReferencesInContentAndAttributes() {
    #expect(
      MarkupEscaping.escaped("<b a=\"1\" c='2'>&</b>") == "&lt;b a=&quot;1&quot; c=&#39;2&#39;&gt;&amp;&lt;/b&gt;")
  }

  @Test func controlCharactersXMLForbidsAreDroppedButTabsKept() {
    #expect(MarkupEscaping.escaped("a\u{01}b\tc\u{1B}") == "ab\tc")
  }

  @Test func newlinesAreKeptOrWrittenAsReferencesForAttributes() {
    #expect(MarkupEscaping.escaped("a\nb") == "a\nb")
    #expect(MarkupEscaping.escaped("a\nb", keepingNewlines: false) == "a&#10;b")
  }
}
