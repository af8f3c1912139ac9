import Foundation
import Testing
import TillitImport
import TillitModel
import TillitSpreadsheet
import TillitYAML

/// What the import reads back from the register tillit's own `ropa` export writes, so that
/// export → import → export gives the same cells: controllers by name through the
/// Organization, labels in the sheet's language, transfers and recipient ids as written.
@Suite struct RoundTripImportTests {
  private func table(_ rows: [[String?]]) -> SpreadsheetTable {
    SpreadsheetTable(
      file: "register.xlsx", sheet: "Registerförteckning", uses1904Dates: false,
      rows: rows.enumerated().map { index, cells in
        SpreadsheetTable.Row(
          number: index + 1, values: cells.map { $0.flatMap { $0.isEmpty ? nil : CellValue.text($0) } })
      })
  }

  private func ropa(
    _ rows: [[String?]], organization: ImportOrganization? = nil, language: Language? = nil
  ) throws(ImportError) -> Importer.Result {
    try Importer(
      kind: .ropa, taxonomy: organization?.taxonomy ?? .builtIn, organization: organization?.organization,
      language: language
    ).run(table: table(rows))
  }

  private static let organizationYAML = """
    apiVersion: tillit/v1
    kind: Organization
    id: exempelby
    name: Exempelby kommun
    roles:
      - {id: teacher, name: {sv: Lärare, en: Teacher}, headcount: 850, hourly_cost: 400}
    controllers:
      - {id: bun, name: {sv: Barn- och utbildningsnämnden, en: Education committee}, contact: bun@exempelby.se}
      - {id: ks, name: {sv: Kommunstyrelsen, en: Municipal executive board}, contact: ks@exempelby.se}

    """

  private func organizationFile(_ text: String = organizationYAML, in folder: URL? = nil) throws -> URL {
    let folder = try folder ?? ImportTestFiles.folder("organization")
    let file = folder.appendingPathComponent("organization.yaml")
    try text.write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  @Test func controllerWrittenAsNameAndContactFindsItsIDInTheOrganization() throws {
    let organization = try ImportOrganization.load(file: organizationFile().path)
    let result = try ropa(
      [
        ["Behandling", "Personuppgiftsansvarig och kontakt (a)"],
        ["Elevhälsoenkät", "Barn- och utbildningsnämnden, bun@exempelby.se"],
        ["Skolskjuts", "Education committee"],
        ["Nyhetsbrev", "ks"],
        ["Okänd", "Tekniska nämnden"],
      ], organization: organization)
    #expect(result.documents[0].text.contains("controller: bun\n"))
    #expect(result.documents[1].text.contains("controller: bun\n"))
    #expect(result.documents[2].text.contains("controller: ks\n"))
    #expect(!result.documents[3].text.contains("\ncontroller:"))
    #expect(result.documents[3].decisions.count == 1)
    #expect(result.documents[0].decisions.isEmpty)
  }

  @Test func respondentRoleWrittenAsItsNameFindsItsIDInTheOrganization() throws {
    let organization = try ImportOrganization.load(file: organizationFile().path)
    let result = try Importer(kind: .followups, organization: organization.organization).run(
      table: table([["Uppföljning", "Respondentroll", "Antal"], ["Elevhälsoenkät", "Lärare", "850"]]))
    let document = try #require(result.documents.first)
    #expect(document.text.contains("role: teacher\n"))
    #expect(document.decisions.isEmpty)
  }

  @Test func controllerIDTheExportMarksUnknownIsKeptAndLeftToDecide() throws {
    let result = try ropa([["Behandling", "Personuppgiftsansvarig och kontakt (a)"], ["Rekrytering", "pn (okänd)"]])
    let document = try #require(result.documents.first)
    #expect(document.text.contains("controller: pn\n"))
    #expect(document.decisions.count == 1)
    #expect(document.decisions[0].message.sv.contains("«pn» finns inte i Organization"))
    #expect(document.decisions[0].message.en.contains("'pn' is not in the Organization"))
  }

  @Test func labelInTheRunsLanguageWinsOverTheOtherLanguages() throws {
    let rows: [[String?]] = [["Behandling", "Kategorier av personuppgifter (c)"], ["Kamera", "Position"]]
    let swedish = try ropa(rows, language: .sv)
    #expect(swedish.documents[0].text.contains("category: location.position\n"))
    #expect(swedish.documents[0].decisions.isEmpty)
    // Without --lang, the Swedish headings say the sheet is Swedish.
    let detected = try ropa(rows)
    #expect(detected.documents[0].text.contains("category: location.position\n"))
    #expect(!detected.documents[0].text.contains("employment.position"))
  }

  @Test func labelThatNamesDifferentCategoriesIsADecisionNotAGuess() throws {
    // English: "Position" is both a job title and a location.
    let english = try ropa(
      [["Processing activity", "Categories of personal data (c)"], ["Cameras", "Position; Photo"]], language: .en)
    let document = try #require(english.documents.first)
    #expect(!document.text.contains("position\n"))
    #expect(document.text.contains("fields: \"Position\"\n"))
    #expect(document.decisions.count == 1)
    #expect(document.decisions[0].message.sv.contains("employment.position, location.position"))
    #expect(document.decisions[0].message.en.contains("more than one taxonomy category"))
    // The export writes such a label with its key, which reads back exactly.
    let keyed = try ropa(
      [["Processing activity", "Categories of personal data (c)"], ["Cameras", "Position (location.position)"]],
      language: .en)
    #expect(keyed.documents[0].text.contains("category: location.position\n"))
    #expect(keyed.documents[0].decisions.isEmpty)
  }

  @Test func transfersInTheExportsOwnFormReadBackAsEntries() throws {
    let result = try ropa([
      ["Behandling", "Överföring till tredjeland och skyddsåtgärder (e)"],
      ["Rekrytering", "rekryteringssystem → GB: adequacy"],
      ["Enkät", "surveyco → US: scc (modul 2), TIA TIA-7 2026-01-05; moln → IN: derogation (49.1.a)"],
      ["Fritt", "USA via molnleverantör"],
    ])
    #expect(
      result.documents[0].text.contains(
        "transfers:\n  - recipient: rekryteringssystem\n    country: \"GB\"\n    mechanism: adequacy\n"))
    #expect(result.documents[0].decisions.isEmpty)
    let second = result.documents[1].text
    #expect(
      second.contains("mechanism: scc\n    scc_module: 2\n    tia:\n      ref: \"TIA-7\"\n      date: 2026-01-05\n"))
    #expect(
      second.contains(
        "  - recipient: moln\n    country: \"IN\"\n    mechanism: derogation\n    derogation: \"49.1.a\"\n"))
    // Any other wording stays a decision, as before.
    #expect(result.documents[2].decisions.count == 1)
    #expect(result.documents[2].text.contains("transfers: \"USA via molnleverantör\"\n"))
  }

  @Test func recipientIDTheSheetStatesIsKept() throws {
    let result = try ropa([
      ["Behandling", "Mottagare (d)"],
      ["Medarbetarenkät", "SurveyCo Inc. (surveyco), personuppgiftsbiträde, US; Banken AB, personuppgiftsbiträde, SE"],
    ])
    let text = try #require(result.documents.first).text
    #expect(text.contains("- id: surveyco\n    name: \"SurveyCo Inc.\"\n    type: processor\n    country: US\n"))
    #expect(text.contains("- id: banken-ab\n    name: \"Banken AB\"\n"))
  }

  @Test func countWithAThousandsCommaStaysOneDataSubject() throws {
    let result = try ropa([
      ["Processing activity", "Categories of data subjects (c)"],
      ["Library loans", "Resident (approx. 14,000); Child (approx. 4,200)"],
    ])
    let text = try #require(result.documents.first).text
    #expect(text.contains("- category: resident\n    estimated_count: 14000\n"))
    #expect(text.contains("- category: child\n    estimated_count: 4200\n"))
    #expect(result.documents[0].decisions.isEmpty)
  }

  @Test func everyPurposeOfTheExportsCellBecomesAPurposeWithItsBasisAndLaw() throws {
    let result = try ropa([
      ["Processing activity", "Purposes and legal basis (b)", "Categories of personal data (c)"],
      [
        "Financial aid",
        "Assess the right to aid – official authority (Art. 6(1)(e)), Socialtjänstlagen (2025:400); Check incomes – legal obligation (Art. 6(1)(c)), Socialtjänstlagen (2025:400)",
        "Name",
      ],
    ])
    let text = try #require(result.documents.first).text
    #expect(
      text.contains(
        "  - id: financial-aid\n    description: \"Assess the right to aid\"\n    legal_basis: official_authority\n    law: \"Socialtjänstlagen (2025:400)\"\n"
      ))
    #expect(
      text.contains(
        "  - id: financial-aid-2\n    description: \"Check incomes\"\n    legal_basis: legal_obligation\n    law: \"Socialtjänstlagen (2025:400)\"\n"
      ))
    #expect(text.contains("purposes:\n      - financial-aid\n      - financial-aid-2\n"))
    #expect(result.documents[0].decisions.isEmpty)
  }

  @Test func organizationFileWithoutAnOrganizationIsRefused() throws {
    let file = try organizationFile("apiVersion: tillit/v1\nkind: Waiver\nid: w\n")
    #expect(throws: ImportError.self) { try ImportOrganization.load(file: file.path) }
    let error = try #require(throws: ImportError.self) { try ImportOrganization.load(file: file.path) }
    #expect(
      error.diagnostic.message.sv.contains("--organization ska ange en fil med ett dokument av slaget Organization"))
    #expect(error.diagnostic.message.en.contains("--organization takes a file holding a document of kind Organization"))
  }

  @Test func workspaceOrganizationIsTheOneBesideTillitYAMLOrAboveTheOutputFolder() throws {
    let root = try ImportTestFiles.folder("workspace")
    try "packs: [gdpr]\n".write(to: root.appendingPathComponent("tillit.yaml"), atomically: true, encoding: .utf8)
    _ = try organizationFile(in: root)
    let deep = root.appendingPathComponent("register/2026/importerat").path
    #expect(ImportOrganization.workspaceFolder(forOutput: deep).path == root.standardizedFileURL.path)
    #expect(try ImportOrganization.find(forOutput: deep)?.organization.controllers.map(\.id) == ["bun", "ks"])
    // No tillit.yaml: the output folder's parent.
    let plain = try ImportTestFiles.folder("plain")
    _ = try organizationFile(in: plain)
    #expect(try ImportOrganization.find(forOutput: plain.appendingPathComponent("collections").path) != nil)
    #expect(try ImportOrganization.find(forOutput: plain.appendingPathComponent("a/b").path) == nil)
  }

  @Test func workspaceWithTwoOrganizationsIsNotGuessedBetween() throws {
    let root = try ImportTestFiles.folder("two")
    _ = try organizationFile(in: root)
    try Self.organizationYAML.replacingOccurrences(of: "id: exempelby", with: "id: annanby")
      .write(to: root.appendingPathComponent("annan.yaml"), atomically: true, encoding: .utf8)
    let error = try #require(throws: ImportError.self) {
      try ImportOrganization.find(forOutput: root.appendingPathComponent("collections").path)
    }
    #expect(error.diagnostic.message.en.contains("more than one document of kind Organization"))
    #expect(error.diagnostic.message.sv.contains("mer än ett dokument av slaget Organization"))
  }
}
