import Testing
import TillitModel
import TillitSpreadsheet
import TillitYAML

/// Messages put together from several catalogue texts: the place before a spreadsheet error,
/// the hint that comes and goes in a document error, numbers in each language's notation.
@Suite struct CatalogueCompositionTests {
  @Test func aSpreadsheetErrorNamesItsPlaceInEachLanguageAndOnlyTheFileWhenThatIsAllThereIs() {
    let located = SpreadsheetError.tooManyColumns(
      SpreadsheetLocation(file: "register.xlsx", sheet: "Register", row: 3), limit: 16_384
    ).diagnostic.message
    #expect(
      located.sv
        == "blad «Register», rad 3: fler än 16\u{00A0}384 kolumner; ta bort tomma eller överflödiga kolumner och försök igen"
    )
    #expect(
      located.en == "sheet 'Register', row 3: more than 16,384 columns; remove empty or surplus columns and try again")
    let fileOnly = SpreadsheetError.tooManyColumns(SpreadsheetLocation(file: "register.csv"), limit: 500)
      .diagnostic.message
    #expect(fileOnly.en == "more than 500 columns; remove empty or surplus columns and try again")
  }

  @Test func aMissingSheetListsTheSheetsQuotedAsEachLanguageQuotes() {
    let message = SpreadsheetError.sheetNotFound(
      file: "r.xlsx", name: "Regsiter", available: ["Register", "Notes"], suggestion: "Register"
    ).diagnostic.message
    #expect(message.sv.hasSuffix("; menade du «Register»? Bladen är: «Register», «Notes»"))
    #expect(message.en.hasSuffix("; did you mean 'Register'? Its sheets are: 'Register', 'Notes'"))
  }

  @Test func aDocumentErrorWithoutASuggestionHasNoHintAndWithOneHasItBetweenItsSentences() {
    let location = SourceLocation(file: "a.yaml", line: 3, column: 5)
    let plain = DocumentError.notInSet(
      path: "status", value: "aktive", allowed: ["planned", "active"], suggestion: nil, location
    ).diagnostic.message
    #expect(plain.en == "status: 'aktive' is not an allowed value. Allowed: planned, active")
    let hinted = DocumentError.notInSet(
      path: "status", value: "aktive", allowed: ["planned", "active"], suggestion: "active", location
    ).diagnostic.message
    #expect(hinted.sv == "status: 'aktive' är inte ett tillåtet värde. Menade du 'active'? Tillåtna: planned, active")
  }

  @Test func aTooLongTextCountsItsCharactersInTheLanguagesNotation() {
    let message = DocumentError.textTooLong(
      path: "purpose", length: 12_345, limit: 10_000, SourceLocation(file: "a.yaml", line: 1, column: 1)
    ).diagnostic.message
    #expect(message.sv.hasPrefix("purpose: texten är 12\u{00A0}345 tecken, mer än fältets gräns på 10\u{00A0}000;"))
    #expect(message.en.hasPrefix("purpose: the text is 12,345 characters, more than this field's limit of 10,000;"))
  }

  @Test func aFractionalBoundInTheFieldTablesIsWrittenInTheReadersNotation() {
    let shape = ObjectShape("Example", [ObjectShape.Field("share", .number(min: 0.25, max: 1))])
    #expect(SchemaMarkdown.generate(roots: [shape], language: .sv).contains("ett tal, från 0,25 till 1 |"))
    #expect(SchemaMarkdown.generate(roots: [shape], language: .en).contains("a number, from 0.25 to 1 |"))
  }
}
