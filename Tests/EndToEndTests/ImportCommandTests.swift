import Foundation
import Testing

/// `tillit import` as a user runs it: the fixtures written by LibreOffice, openpyxl and by
/// hand import, load with `validate` and show their gaps in `check`; bad input exits 2 with a
/// message; a re-import never overwrites an edited file without --force.
@Suite struct ImportCommandTests {
  private let fixtures = TillitBinary.packageRoot.appendingPathComponent("Tests/Fixtures/import")

  /// A workspace with the example Organization, so that imported documents have one to refer to.
  private func workspace(_ label: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tillit-import-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: TillitBinary.packageRoot.appendingPathComponent("examples/exempelby/organization.yaml"),
      to: folder.appendingPathComponent("organization.yaml"))
    return folder
  }

  @Test(arguments: [
    ("ropa", "register-libreoffice.xlsx", 2), ("ropa", "register-openpyxl.xlsx", 3),
    ("ropa", "register-semikolon.csv", 2), ("followups", "uppfoljningar-openpyxl.xlsx", 2),
  ])
  func everyFixtureImportsLoadsWithValidateAndShowsItsGapsInCheck(kind: String, file: String, documents: Int) throws {
    let folder = try workspace("fixture")
    let out = folder.appendingPathComponent("importerat")
    let run = try TillitBinary.run(["import", kind, fixtures.appendingPathComponent(file).path, "--out", out.path])
    #expect(run.exitCode == 0, "\(run.standardError)")
    let written = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".yaml") }
    #expect(written.count == documents)
    let validate = try TillitBinary.run(["validate", folder.path])
    #expect(validate.exitCode == 0, "\(validate.standardOutput)\(validate.standardError)")
    let check = try TillitBinary.run(["check", folder.path, "--format", "json"])
    #expect(check.exitCode == 1)
    for name in written { #expect(check.standardOutput.contains("importerat/\(name)")) }
  }

  @Test func summaryListsEachFileAndTheDecisionsAtTheirCellsInBothLanguages() throws {
    let folder = try workspace("summary")
    let file = fixtures.appendingPathComponent("register-openpyxl.xlsx").path
    let english = try TillitBinary.run([
      "import", "ropa", file, "--out", folder.appendingPathComponent("en").path, "--lang", "en",
    ])
    #expect(english.standardOutput.contains("created  trygghetslarm-i-hemtjansten.yaml (row 6)"))
    #expect(english.standardOutput.contains("H6: personal data the taxonomy does not know: Skonummer"))
    let swedish = try TillitBinary.run([
      "import", "ropa", file, "--out", folder.appendingPathComponent("sv").path, "--lang", "sv",
    ])
    #expect(swedish.standardOutput.contains("skapad  trygghetslarm-i-hemtjansten.yaml (rad 6)"))
    #expect(swedish.standardOutput.contains("H6: personuppgifter som taxonomin inte känner: Skonummer"))
  }

  @Test func dryRunSaysWhatItWouldCreateAndWritesNothing() throws {
    let folder = try workspace("dry")
    let out = folder.appendingPathComponent("ut")
    let run = try TillitBinary.run([
      "import", "ropa", fixtures.appendingPathComponent("register-semikolon.csv").path, "--out", out.path, "--dry-run",
    ])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.contains("would create  bibliotekslan.yaml"))
    #expect(run.standardOutput.contains("dry run: nothing is written"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func reImportKeepsAnEditedFileUntilForceAndUpdatesNothingElseSilently() throws {
    let folder = try workspace("reimport")
    let out = folder.appendingPathComponent("ut")
    let file = fixtures.appendingPathComponent("register-semikolon.csv").path
    #expect(try TillitBinary.run(["import", "ropa", file, "--out", out.path]).exitCode == 0)
    let again = try TillitBinary.run(["import", "ropa", file, "--out", out.path])
    #expect(again.exitCode == 0)
    #expect(again.standardOutput.contains("unchanged  bibliotekslan.yaml"))
    let edited = out.appendingPathComponent("bibliotekslan.yaml")
    let original = try String(contentsOf: edited, encoding: .utf8)
    let mine = original.replacingOccurrences(of: "legal_basis: contract", with: "legal_basis: public_task")
    try mine.write(to: edited, atomically: true, encoding: .utf8)
    let refused = try TillitBinary.run(["import", "ropa", file, "--out", out.path])
    #expect(refused.exitCode == 2)
    #expect(refused.standardError.contains("bibliotekslan.yaml"))
    #expect(refused.standardError.contains("--force"))
    #expect(try String(contentsOf: edited, encoding: .utf8) == mine)
    let dry = try TillitBinary.run(["import", "ropa", file, "--out", out.path, "--dry-run", "--lang", "sv"])
    #expect(dry.exitCode == 2)
    #expect(dry.standardOutput.contains("redigerad, lämnas  bibliotekslan.yaml"))
    let forced = try TillitBinary.run(["import", "ropa", file, "--out", out.path, "--force"])
    #expect(forced.exitCode == 0)
    #expect(forced.standardOutput.contains("replaced (--force)  bibliotekslan.yaml"))
    #expect(try String(contentsOf: edited, encoding: .utf8) == original)
  }

  @Test func fileInTheWayThatNoImportWroteIsNotOverwritten() throws {
    let folder = try workspace("foreign")
    let out = folder.appendingPathComponent("ut")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let handWritten = out.appendingPathComponent("foreningsbidrag.yaml")
    try "# written by hand\n".write(to: handWritten, atomically: true, encoding: .utf8)
    let run = try TillitBinary.run([
      "import", "ropa", fixtures.appendingPathComponent("register-semikolon.csv").path, "--out", out.path,
    ])
    #expect(run.exitCode == 2)
    #expect(try String(contentsOf: handWritten, encoding: .utf8) == "# written by hand\n")
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("bibliotekslan.yaml").path))
  }

  @Test func badInputExitsTwoWithAClearMessageInBothLanguages() throws {
    let folder = try workspace("bad")
    let notSpreadsheet = folder.appendingPathComponent("bild.xlsx")
    try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]).write(to: notSpreadsheet)
    let encrypted = folder.appendingPathComponent("skyddad.xlsx")
    try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]).write(to: encrypted)
    let cases: [([String], String, String)] = [
      ([notSpreadsheet.path], "neither an Excel workbook (.xlsx) nor a CSV file", "varken en Excel-arbetsbok"),
      ([encrypted.path], "password-protected", "lösenordsskyddad"),
      (
        [fixtures.appendingPathComponent("register-openpyxl.xlsx").path, "--sheet", "register"],
        "did you mean 'Register'?", "menade du «Register»?"
      ),
      ([folder.appendingPathComponent("saknas.csv").path], "could not be read", "kunde inte läsas"),
    ]
    for (arguments, english, swedish) in cases {
      let out = folder.appendingPathComponent("ut").path
      let en = try TillitBinary.run(["import", "ropa"] + arguments + ["--out", out, "--lang", "en"])
      #expect(en.exitCode == 2)
      #expect(en.standardError.contains(english), "\(en.standardError)")
      let sv = try TillitBinary.run(["import", "ropa"] + arguments + ["--out", out, "--lang", "sv"])
      #expect(sv.exitCode == 2)
      #expect(sv.standardError.contains(swedish), "\(sv.standardError)")
      #expect(!FileManager.default.fileExists(atPath: out))
    }
  }

  @Test func ropaCSVExportImportsBackWithTheSameIds() throws {
    let folder = try workspace("roundtrip")
    let example = TillitBinary.packageRoot.appendingPathComponent("examples/exempelby").path
    let export = try TillitBinary.run(["ropa", example, "--separator", ";", "--lang", "sv"])
    #expect(export.exitCode == 0)
    let csv = folder.appendingPathComponent("ropa.csv")
    try export.standardOutput.write(to: csv, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("tillbaka")
    let run = try TillitBinary.run(["import", "ropa", csv.path, "--out", out.path, "--controller", "bun"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    // Everything the export writes of a collection comes back, its transfers included.
    #expect(run.standardOutput.contains("0 questions for a person to decide"), "\(run.standardOutput)")
    let exportedIDs = export.standardOutput.split(separator: "\r\n").dropFirst().compactMap {
      $0.split(separator: ";").first.map(String.init)
    }
    let imported = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".yaml") }
    #expect(Set(imported) == Set(exportedIDs.map { "\($0).yaml" }))
    #expect(try TillitBinary.run(["validate", folder.path]).exitCode == 0)
  }
}
