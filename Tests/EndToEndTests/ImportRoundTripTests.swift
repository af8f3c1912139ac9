import Foundation
import Testing
import TillitSpreadsheet

/// Export → import → export on the example workspace gives the same register, cell for cell,
/// in both languages, as a workbook and as CSV; the imported documents load with `validate`,
/// and `check` finds on them what it finds on the originals, save what a register does not
/// carry.
@Suite struct ImportRoundTripTests {
  private static let today = ["--today", "2026-11-29"]

  /// What the register (GDPR Art. 30(1)) has no column for, so an import cannot give it back:
  /// findings about these paths differ between the originals and the imported documents.
  /// Documented in the README's list of what does not round-trip.
  private static let notCarriedPaths = [
    "dpia", "review", "transparency", "automated_decisions", "recipients[].dpa", "recipients[].disclosure_basis",
    "recipients[].sub_processors", "fields[].secrecy", "fields[].free_text",
  ]
  /// Rules that read what a register does not carry either: the Art. 9 condition and the
  /// personnummer motivation of each field, and the collection's type.
  private static let notCarriedRules: Set<String> = ["GDPR-SEN-001", "SE-PNR-001", "SE-PNR-002"]

  /// A folder with a copy of the example Organization, as a workspace to import into.
  private func workspace(_ label: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tillit-roundtrip-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: TillitBinary.packageRoot.appendingPathComponent("examples/exempelby/organization.yaml"),
      to: folder.appendingPathComponent("organization.yaml"))
    return folder
  }

  /// Every cell of the register's sheet, read with tillit's own reader.
  private func cells(_ file: URL) throws -> [[String]] {
    try SpreadsheetReader().read(file: file.path).rows.map { row in row.values.map { $0?.text ?? "" } }
  }

  /// The DataCollection findings of `check` as rule, document and path (with list positions
  /// left out, as the register orders fields by label), without those about what is not carried.
  private func findings(_ folder: String) throws -> Set<String> {
    let run = try TillitBinary.run(["check", folder, "--format", "json"] + Self.today)
    #expect(run.exitCode == 1, "\(run.standardError)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let all = try #require(json["findings"] as? [[String: Any]])
    var result: Set<String> = []
    for finding in all {
      guard let document = finding["document"] as? [String: String], document["kind"] == "DataCollection",
        let rule = finding["rule"] as? String, let path = finding["path"] as? String, let id = document["id"]
      else { continue }
      let general = path.replacing(/\[\d+\]/, with: "[]")
      if Self.notCarriedRules.contains(rule) { continue }
      if Self.notCarriedPaths.contains(where: { general == $0 || general.hasPrefix($0 + ".") }) { continue }
      result.insert("\(rule) \(id) \(general)")
    }
    return result
  }

  @Test(arguments: ["sv", "en"], ["xlsx", "csv"])
  func exportImportExportGivesTheSameCells(language: String, format: String) throws {
    let folder = try workspace("\(language)-\(format)")
    let first = folder.appendingPathComponent("first.\(format)")
    let second = folder.appendingPathComponent("second.\(format)")
    let export = try TillitBinary.run(
      ["ropa", "examples/exempelby", "--format", format, "--out", first.path, "--lang", language] + Self.today)
    #expect(export.exitCode == 0, "\(export.standardError)")
    let imported = try TillitBinary.run([
      "import", "ropa", first.path, "--out", folder.appendingPathComponent("collections").path, "--lang", language,
    ])
    #expect(imported.exitCode == 0, "\(imported.standardError)")
    let again = try TillitBinary.run(
      ["ropa", folder.path, "--format", format, "--out", second.path, "--lang", language] + Self.today)
    #expect(again.exitCode == 0, "\(again.standardError)")
    if format == "csv" {
      #expect(try String(contentsOf: second, encoding: .utf8) == String(contentsOf: first, encoding: .utf8))
    }
    let before = try cells(first)
    let after = try cells(second)
    #expect(before.count == 17)
    #expect(after.count == before.count)
    for (old, new) in zip(before, after) { #expect(new == old) }

    let validate = try TillitBinary.run(["validate", folder.path])
    #expect(validate.exitCode == 0, "\(validate.standardOutput)\(validate.standardError)")
    #expect(try findings(folder.path) == findings("examples/exempelby"))
  }

  @Test func ropaShowsARecipientsIDBesideItsNameAndALabelTwoCategoriesShareWithItsKey() throws {
    let swedish = try TillitBinary.run(["ropa", "examples/exempelby", "--lang", "sv"] + Self.today)
    #expect(
      swedish.standardOutput.contains("\"SurveyCo Inc. (surveyco), personuppgiftsbiträde, US\",SAKNAS (surveyco US)"))
    // Swedish "Position" is only the location, so it needs no key; English "Position" is both.
    #expect(swedish.standardOutput.contains("Bild; Position,"))
    let english = try TillitBinary.run(["ropa", "examples/exempelby", "--lang", "en"] + Self.today)
    #expect(english.standardOutput.contains("Photo; Position (location.position),"))
    #expect(english.standardOutput.contains("Position (employment.position)"))
  }

  @Test func organizationOptionNamingAFileThatIsNoOrganizationExitsTwo() throws {
    let folder = try workspace("not-organization")
    let register = folder.appendingPathComponent("register.csv")
    try "Behandling;Personuppgiftsansvarig\nSkolskjuts;bun\n".write(to: register, atomically: true, encoding: .utf8)
    let collection = TillitBinary.packageRoot.appendingPathComponent("examples/exempelby/collections/skolskjuts.yaml")
    let run = try TillitBinary.run([
      "import", "ropa", register.path, "--out", folder.appendingPathComponent("ut").path, "--organization",
      collection.path, "--lang", "sv",
    ])
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("--organization ska ange en fil med ett dokument av slaget Organization"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ut").path))
  }

  @Test func organizationOptionResolvesControllersOutsideAnyWorkspace() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-roundtrip-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let register = folder.appendingPathComponent("register.csv")
    try "Behandling;Personuppgiftsansvarig och kontakt (a)\nSkolskjuts;Barn- och utbildningsnämnden, bun@exempelby.se\n"
      .write(to: register, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("ut")
    let run = try TillitBinary.run([
      "import", "ropa", register.path, "--out", out.path, "--organization",
      TillitBinary.packageRoot.appendingPathComponent("examples/exempelby/organization.yaml").path,
    ])
    #expect(run.exitCode == 0, "\(run.standardError)")
    let text = try String(contentsOf: out.appendingPathComponent("skolskjuts.yaml"), encoding: .utf8)
    #expect(text.contains("controller: bun\n"))
  }
}
