import Testing

@testable import TillitYAML

/// Whatever text tillit writes as a YAML double-quoted scalar (`tillit import`, `tillit init`)
/// reads back as exactly that text, one string.
@Suite struct YAMLDoubleQuotedTests {
  @Test(arguments: [
    "Barn- och utbildningsnämnden: bun@exempelby.se", "\"citerat\" och 'enkelt'", "rad ett\nrad två\r\n",
    "tabb\there", "bak\\snedstreck", "kontroll\u{1}\u{7F}", "C1 \u{85}\u{9F}", "radskiljare\u{2028}\u{2029}",
    "\u{FEFF}BOM först", "# inte en kommentar", "- inte en lista", "", "Övrigt ½ år 😀",
  ])
  func anyTextReadsBackAsItself(text: String) throws {
    let result = YAMLReader().read("name: " + YAMLDoubleQuoted.scalar(text) + "\n", file: "t.yaml")
    #expect(result.errors.isEmpty, "\(result.errors)")
    let root = try #require(result.documents.first?.root)
    #expect(root["name"]?.text == text)
  }
}
