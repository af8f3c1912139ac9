import Testing

@testable import generate_texts

/// The build tool that turns `texts/*.yaml` into Swift: what it accepts, and that every mistake
/// stops the build at the catalogue line where it is.
@Suite struct CatalogueParserTests {
  func entries(_ text: String) throws(CatalogueError) -> [CatalogueEntry] {
    try CatalogueParser(text: text).entries()
  }

  func errorLine(_ text: String) -> (line: Int, message: String)? {
    do {
      _ = try entries(text)
      return nil
    } catch {
      return (error.line, error.message)
    }
  }

  @Test func readsQuotedTextsBlocksAndEscapes() throws {
    let parsed = try entries(
      """
      # comment

      a.key:
        sv: "Hej \\"du\\"\\_där\\n"  # trailing comment
        en: |-
          Hello
            there
      """)
    #expect(parsed.count == 1)
    #expect(parsed[0].key == "a.key")
    #expect(parsed[0].line == 3)
    #expect(parsed[0].sv.source == "Hej \"du\"\u{00A0}där\n")
    #expect(parsed[0].en.source == "Hello\n  there")
  }

  @Test func aKeyWithoutEnglishStopsAtTheKeyLine() {
    let error = errorLine("\nonly.swedish:\n  sv: \"hej\"\n")
    #expect(error?.line == 2)
    #expect(error?.message.contains("both 'sv:' and 'en:'") == true)
  }

  @Test func aDuplicateKeyNamesTheFirstLine() {
    let error = errorLine("k:\n  sv: \"a\"\n  en: \"a\"\nk:\n  sv: \"b\"\n  en: \"b\"\n")
    #expect(error?.line == 4)
    #expect(error?.message.contains("line 1") == true)
  }

  @Test func anUnquotedTextIsRefused() {
    #expect(errorLine("k:\n  sv: hej\n  en: \"hi\"\n")?.line == 2)
  }

  @Test func anUnknownEscapeIsRefused() {
    #expect(errorLine("k:\n  sv: \"a\\qb\"\n  en: \"hi\"\n")?.message.contains("escape") == true)
  }

  @Test func anUnclosedQuoteIsRefused() {
    #expect(errorLine("k:\n  sv: \"a\n  en: \"hi\"\n")?.line == 2)
  }

  @Test func languagesWithDifferentPlaceholdersAreRefused() {
    let error = errorLine("k:\n  sv: \"{n:count} filer\"\n  en: \"{n} files\"\n")
    #expect(error?.line == 1)
    #expect(error?.message.contains("different placeholders") == true)
  }

  @Test func aPlaceholderUsedAsTwoTypesIsRefused() {
    #expect(errorLine("k:\n  sv: \"{n:count} {n}\"\n  en: \"{n:count} {n}\"\n")?.message.contains("both") == true)
  }

  @Test func bracesThatAreNoPlaceholderStayText() throws {
    let parsed = try entries("k:\n  sv: \"{ a } {1x} {x:nope} {a|b}\"\n  en: \"{ a } {1x} {x:nope} {a|b}\"\n")
    #expect(parsed[0].en.parameters.isEmpty)
  }

  @Test func pluralsAndFormatsBecomeTypedParameters() throws {
    let parsed = try entries(
      "k:\n  sv: \"{h:hours} timmar, {n:count} {n|gång|gånger}, {why:text}\"\n  en: \"{n:count} {n|time|times}, {h:hours} hours, {why:text}\"\n"
    )
    #expect(parsed[0].en.parameters.map(\.name) == ["n", "h", "why"])
    #expect(parsed[0].en.parameters.map(\.type) == ["Int", "Double", "Self"])
  }

  @Test func theWriterNumbersParametersByTheEnglishOrderInBothLanguages() throws {
    let parsed = try entries("k.two_words:\n  sv: \"{b} före {a}\"\n  en: \"{a} before {b}\"\n")
    let source = try SwiftTextsWriter(entries: parsed, textType: "LocalizedText", imports: [], catalogueName: "x")
      .source()
    #expect(source.contains("static func `kTwoWords`(`a` p0: String, `b` p1: String) -> LocalizedText"))
    #expect(source.contains("sv: \"\\(p1) före \\(p0)\""))
  }

  @Test func theCELLibraryCannotUseLanguageNumberFormats() throws {
    let parsed = try entries("k:\n  sv: \"{h:hours} h\"\n  en: \"{h:hours} h\"\n")
    #expect(throws: CatalogueError.self) {
      try SwiftTextsWriter(entries: parsed, textType: "CELMessage", imports: [], catalogueName: "x").source()
    }
  }

  @Test func keysBecomeCamelCaseNames() {
    #expect(SwiftTextsWriter.identifier("check.summary_line") == "checkSummaryLine")
    #expect(SwiftTextsWriter.identifier("a-b.c") == "aBC")
    #expect(SwiftTextsWriter.identifier("2fa.code") == "n2faCode")
  }
}
