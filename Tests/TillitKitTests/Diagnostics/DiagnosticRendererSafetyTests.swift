import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Whatever a file holds, what the renderer prints is bounded and inert.
@Suite struct DiagnosticRendererSafetyTests {
  func render(_ line: String, column: Int, message: String = "bad") throws -> String {
    let folder = try TemporaryFolder()
    let file = try folder.write("x.yaml", "first: 1\n" + line + "\n")
    var renderer = DiagnosticRenderer(language: .en, useColor: false)
    let text = renderer.render(
      Diagnostic(
        location: SourceLocation(file: file, line: 2, column: column),
        message: LocalizedText(sv: message, en: message)))
    return String(text.dropFirst(file.count))
  }

  @Test func aLongLineIsShownAsABoundedExcerptAroundTheCaret() throws {
    let line = "law: " + String(repeating: "a", count: 5_000) + "X" + String(repeating: "b", count: 5_000)
    let text = try render(line, column: 5_006)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let excerpt = lines[1].dropFirst(4)
    let caret = lines[2].dropFirst(4)
    #expect(excerpt.unicodeScalars.count <= DiagnosticRenderer.excerptWidth + 2)
    #expect(excerpt.hasPrefix("…") && excerpt.hasSuffix("…"))
    // The caret still points at the X.
    let caretColumn = caret.unicodeScalars.count
    #expect(Array(excerpt.unicodeScalars)[caretColumn - 1] == "X")
  }

  @Test func aLongLineWithTheCaretNearItsStartIsCutOnlyAtTheEnd() throws {
    let text = try render("key: " + String(repeating: "z", count: 1_000), column: 3)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1] == "    key: " + String(repeating: "z", count: DiagnosticRenderer.excerptWidth - 5) + "…")
    #expect(lines[2] == "      ^")
  }

  @Test func controlCharactersInTheExcerptNeverReachTheTerminal() throws {
    let text = try render("a: \u{1B}[2J\u{07}x\u{9B}31m\u{202E}evil\u{2066}\rz", column: 12)
    for forbidden: Unicode.Scalar in ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}", "\u{2066}", "\r"] {
      #expect(!text.unicodeScalars.contains(forbidden), "\(forbidden.value) leaked")
    }
    #expect(text.contains("a: ␛[2J␇x"))
  }

  @Test func controlCharactersInTheMessageAreNeutralised() throws {
    let text = try render("a: 1", column: 1, message: "'\u{1B}]0;pwned\u{07}' is not allowed")
    #expect(!text.unicodeScalars.contains("\u{1B}"))
    #expect(!text.unicodeScalars.contains("\u{07}"))
    #expect(text.contains("'␛]0;pwned␇' is not allowed"))
  }

  @Test func anExcerptKeepsColumnsAlignedAfterNeutralising() throws {
    let text = try render("a: \u{1B}\u{07}bad", column: 6)
    #expect(text.hasSuffix("\n    a: ␛␇bad\n         ^\n"))
  }

  @Test func aQuotedValueInAMessageIsShortenedAndNeutralised() {
    #expect(TerminalText.quoted(String(repeating: "x", count: 500)).unicodeScalars.count == 81)
    #expect(TerminalText.quoted("a\u{1B}b") == "a␛b")
    #expect(TerminalText.quoted("kort") == "kort")
  }

  @Test func aHugeValueIsNotEchoedWholeInAValidationMessage() {
    let error = DocumentError.invalidValue(
      path: "id", value: String(repeating: "Å", count: 40_000), expected: LocalizedText(sv: "ett id", en: "an id"),
      SourceLocation(file: "x.yaml", line: 1, column: 5))
    #expect(error.diagnostic.message.en.count < 200)
    #expect(error.diagnostic.message.sv.count < 200)
  }

  func brokenFiles(_ count: Int) -> [Diagnostic] {
    (0..<count).map { i in
      Diagnostic(
        location: SourceLocation(file: "/nonexistent/\(i / 2).yaml", line: 1, column: 1),
        message: LocalizedText(sv: "fel \(i)", en: "bad \(i)"))
    }
  }

  @Test func manyDiagnosticsArePrintedUpToTheCapThenCountedInOneLine() {
    var english = DiagnosticRenderer(language: .en, useColor: false)
    let text = english.render(brokenFiles(100_000))
    let lines = text.split(separator: "\n")
    #expect(lines.count == DiagnosticRenderer.defaultMaxDiagnostics + 1)
    #expect(lines.last == "… and 99,800 more errors in 49,900 files")
    var swedish = DiagnosticRenderer(language: .sv, useColor: false)
    #expect(swedish.render(brokenFiles(100_000)).hasSuffix("\n… och 99\u{A0}800 fel till i 49\u{A0}900 filer\n"))
  }

  @Test func diagnosticsUpToTheCapAreAllPrintedWithNoSummary() {
    var renderer = DiagnosticRenderer(language: .en, useColor: false)
    let text = renderer.render(brokenFiles(DiagnosticRenderer.defaultMaxDiagnostics))
    #expect(text.split(separator: "\n").count == DiagnosticRenderer.defaultMaxDiagnostics)
    #expect(!text.contains("more"))
  }

  @Test func oneOmittedErrorIsCountedInTheSingular() {
    var renderer = DiagnosticRenderer(language: .en, useColor: false, maxDiagnostics: 2)
    #expect(renderer.render(brokenFiles(3)).hasSuffix("… and 1 more error in 1 file\n"))
  }
}

extension DiagnosticRendererSafetyTests {
  @Test(.timeLimit(.minutes(1)))
  func manyDiagnosticsOnOneHugeLineDecodeItOnce() throws {
    let folder = try TemporaryFolder()
    let line = String(repeating: "k: v, ", count: 1_000_000)
    let file = try folder.write("wide.yaml", "{" + line + "}\n")
    let diagnostics = (0..<200).map { i in
      Diagnostic(
        location: SourceLocation(file: file, line: 1, column: 2 + 6 * i * 1_000),
        message: LocalizedText(sv: "fel", en: "bad"))
    }
    var renderer = DiagnosticRenderer(language: .en, useColor: false)
    let text = renderer.render(diagnostics)
    #expect(text.split(separator: "\n").count == 600)
    #expect(text.split(separator: "\n").allSatisfy { $0.unicodeScalars.count < 400 })
  }
}

extension DiagnosticRendererSafetyTests {
  @Test func anOverlongMessageIsCutAtTheMessageLimit() {
    var renderer = DiagnosticRenderer(language: .en, useColor: false)
    let text = renderer.render(
      Diagnostic(location: nil, message: LocalizedText(sv: "x", en: String(repeating: "k", count: 50_000))))
    #expect(text == "error: " + String(repeating: "k", count: DiagnosticRenderer.messageLimit) + "…\n")
  }
}
