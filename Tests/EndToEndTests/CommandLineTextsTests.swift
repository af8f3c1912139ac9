import Foundation
import Testing

/// The command line's own sentences, now from `texts/tillit.yaml`: counts take the word that
/// fits them (1 file, 2 files) and the language's thousands separator, and the errors that
/// were English only, or half built in code, read whole in both languages.
@Suite struct CommandLineTextsTests {
  static let today = ["--today", "2026-11-29"]

  /// A new workspace made by `tillit init`, removed by the caller.
  static func workspace(_ language: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-texts-\(UUID().uuidString)")
    let run = try TillitBinary.run(["init", folder.path, "--lang", language])
    #expect(run.exitCode == 0, "\(run.standardError)")
    return folder
  }

  @Test func validateCountsOneDocumentInOneFileInTheSingular() throws {
    let folder = try Self.workspace("en")
    defer { try? FileManager.default.removeItem(at: folder) }
    let organization = folder.appendingPathComponent("organization.yaml").path
    let english = try TillitBinary.run(["validate", organization])
    #expect(english.exitCode == 0, "\(english.standardError)")
    #expect(english.standardOutput == "OK: 1 document in 1 file (1 Organization).\n")
    let swedish = try TillitBinary.run(["validate", organization, "--lang", "sv"])
    #expect(swedish.standardOutput == "OK: 1 dokument i 1 fil (1 Organization).\n")
    let all = try TillitBinary.run(["validate", folder.path])
    #expect(all.standardOutput.hasPrefix("OK: 3 documents in 3 files ("), "\(all.standardOutput)")
  }

  @Test func validateCountsErrorsInTheLanguageOfTheRun() throws {
    let english = try TillitBinary.run(["validate", "Tests/Fixtures/broken/bad-date.yaml"])
    #expect(english.exitCode == 2)
    #expect(english.standardError.hasSuffix("1 error; no document was checked further.\n"), "\(english.standardError)")
    let swedish = try TillitBinary.run(["validate", "Tests/Fixtures/broken/bad-date.yaml", "--lang", "sv"])
    #expect(swedish.standardError.hasSuffix("1 fel; inga dokument kontrollerades vidare.\n"))
  }

  @Test func diffRefusesAnUnknownFormatInBothLanguages() throws {
    let english = try TillitBinary.run(["diff", "--base", "HEAD", "--format", "html"])
    #expect(english.exitCode == 2)
    #expect(english.standardError.hasPrefix("Error: --format takes text or markdown, not 'html'\nUsage: tillit diff "))
    let swedish = try TillitBinary.run(["diff", "--base", "HEAD", "--format", "html", "--lang", "sv"])
    #expect(swedish.exitCode == 2)
    #expect(
      swedish.standardError.hasPrefix("Fel: --format tar text eller markdown, inte 'html'\nAnvändning: tillit diff "),
      "\(swedish.standardError)")
    #expect(swedish.standardError.hasSuffix("  tillit diff --help visar alla flaggor.\n"))
  }

  @Test func anExpressionErrorNamesItsColumnInSwedish() throws {
    let run = try TillitBinary.run(["eval", "1 + nme", "--lang", "sv"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.hasPrefix("<expr>:1:5: fel: "), "\(run.standardError)")
  }

  @Test func testCountsOnePackInTheSingular() throws {
    let english = try TillitBinary.run(["test", "trust"] + Self.today)
    #expect(english.exitCode == 0, "\(english.standardError)")
    #expect(english.standardOutput.hasSuffix(" examples in 1 pack).\n"), "\(english.standardOutput)")
    let swedish = try TillitBinary.run(["test", "trust", "--lang", "sv"] + Self.today)
    #expect(swedish.standardOutput.contains(" regler godkända, 0 underkända ("), "\(swedish.standardOutput)")
    #expect(swedish.standardOutput.hasSuffix(" exempel i 1 paket).\n"))
  }

  @Test func theHelpNamesOptionValuesInItsLanguage() throws {
    let swedish = try TillitBinary.run(["burden", "--help", "--lang", "sv"])
    #expect(swedish.standardOutput.contains("--out <FIL>"), "\(swedish.standardOutput)")
    #expect(swedish.standardOutput.contains("<SÖKVÄG>"))
    let english = try TillitBinary.run(["burden", "--help"])
    #expect(english.standardOutput.contains("--out <FILE>"))
    #expect(english.standardOutput.contains("<PATH>"))
  }

  @Test func anUnknownRoleIsOneSentenceAfterAnotherInEachLanguage() throws {
    let folder = try Self.workspace("en")
    defer { try? FileManager.default.removeItem(at: folder) }
    let english = try TillitBinary.run(["burden", folder.path, "--role", "teachr"] + Self.today)
    #expect(english.exitCode == 2)
    #expect(
      english.standardError.contains(
        "the role 'teachr' is not among the organisation's roles. Did you mean 'teacher'? Known roles: teacher, "),
      "\(english.standardError)")
    let swedish = try TillitBinary.run(["burden", folder.path, "--role", "teachr", "--lang", "sv"] + Self.today)
    #expect(
      swedish.standardError.contains(
        "rollen 'teachr' finns inte bland organisationens roller. Menade du 'teacher'? Kända roller: teacher, "),
      "\(swedish.standardError)")
  }
}
