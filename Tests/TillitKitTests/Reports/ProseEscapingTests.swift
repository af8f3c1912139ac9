import Testing

@testable import TillitReports

/// Pack messages and remedies mark the YAML keys and values to write in backticks; the HTML and
/// Markdown reports show those as code, and everything else stays inert.
@Suite struct ProseEscapingTests {
  @Test func htmlShowsBacktickedWordsAsCodeAndEscapesTheRest() {
    #expect(
      MarkupEscaping.escapedProse("Ange `law` <b>nu</b> & `a<b`")
        == "Ange <code>law</code> &lt;b&gt;nu&lt;/b&gt; &amp; <code>a&lt;b</code>")
  }

  @Test func htmlLeavesAnUnpairedBacktickAsText() {
    #expect(MarkupEscaping.escapedProse("it`s") == "it`s")
    #expect(MarkupEscaping.escapedProse("``") == "``")
  }

  @Test func markdownKeepsCodeSpansButNothingElse() {
    #expect(MarkdownText.escapedProse("Ange `law` och *inte* [länk](x)") == "Ange `law` och \\*inte\\* \\[länk\\](x)")
    #expect(MarkdownText.escapedProse("cell `a|b`") == "cell `a\\|b`")
  }

  @Test func markdownEscapesAnUnpairedBacktick() {
    #expect(MarkdownText.escapedProse("it`s") == "it\\`s")
    #expect(MarkdownText.escapedProse("a `` b ``") == "a \\`\\` b \\`\\`")
  }
}
