import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

@Suite struct DiagnosticRendererTests {
  @Test func printsLikeACompilerWithTheSourceLineACaretAndNotes() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("x.yaml", "a: 1\n  frequency: montly\n")
    let diagnostic = Diagnostic(
      location: SourceLocation(file: file, line: 2, column: 14),
      message: LocalizedText(sv: "fel värde", en: "bad value"),
      notes: [.init(location: nil, message: LocalizedText(sv: "tips", en: "hint"))])
    var english = DiagnosticRenderer(language: .en, useColor: false)
    #expect(
      english.render(diagnostic)
        == "\(file):2:14: error: bad value\n      frequency: montly\n                 ^\nnote: hint\n")
    var swedish = DiagnosticRenderer(language: .sv, useColor: false)
    #expect(swedish.render(diagnostic).hasPrefix("\(file):2:14: fel: fel värde\n"))
  }

  @Test func colourIsOnlyAddedWhenAsked() {
    let diagnostic = Diagnostic(location: nil, message: LocalizedText(sv: "x", en: "x"))
    var plain = DiagnosticRenderer(language: .en, useColor: false)
    var coloured = DiagnosticRenderer(language: .en, useColor: true)
    #expect(!plain.render(diagnostic).contains("\u{1B}["))
    #expect(coloured.render(diagnostic).contains("\u{1B}["))
  }

  @Test func theLanguageComesFromTheEnvironment() {
    #expect(Language.fromEnvironment(["LANG": "sv_SE.UTF-8"]) == .sv)
    #expect(Language.fromEnvironment(["LANG": "sv_SE.UTF-8", "LC_ALL": "C"]) == .en)
    #expect(Language.fromEnvironment([:]) == .en)
  }
}
