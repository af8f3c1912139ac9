import Foundation
import Testing
import TillitImport
import TillitModel
import TillitSpreadsheet
import TillitYAML

@Suite struct ImporterTests {
  /// A sheet from rows of texts; row numbers from 1, nil or "" for an empty cell.
  private func table(_ rows: [[String?]], file: String = "register.xlsx", sheet: String? = "Blad1") -> SpreadsheetTable
  {
    SpreadsheetTable(
      file: file, sheet: sheet, uses1904Dates: false,
      rows: rows.enumerated().map { index, cells in
        SpreadsheetTable.Row(
          number: index + 1, values: cells.map { $0.flatMap { $0.isEmpty ? nil : CellValue.text($0) } })
      })
  }

  private func ropa(_ rows: [[String?]], controller: String? = nil, map: ImportMap? = nil) throws(ImportError)
    -> Importer.Result
  {
    try Importer(kind: .ropa, map: map, controller: controller).run(table: table(rows))
  }

  @Test func englishHeadingsFindTheirFieldsAndValuesMapOntoTheValueSets() throws {
    let result = try ropa([
      [
        "Processing activity", "Status", "Purpose", "Legal basis", "Categories of data subjects",
        "Categories of personal data", "Recipients", "Retention period", "Security measures", "Last reviewed",
      ],
      [
        "School transport", "Active", "Plan school transport", "Exercise of official authority", "Pupils",
        "Name; Address", "none", "disposed of after 2 years", "Access control; Backup", "2026-01-31",
      ],
    ])
    let text = try #require(result.documents.first).text
    #expect(text.contains("id: school-transport\n"))
    #expect(text.contains("status: active\n"))
    #expect(text.contains("legal_basis: official_authority\n"))
    #expect(text.contains("- category: pupil\n"))
    #expect(text.contains("category: identity.name\n"))
    #expect(text.contains("category: contact.address\n"))
    #expect(text.contains("recipients: []\n"))
    #expect(text.contains("action: dispose\n  period: P2Y\n"))
    #expect(text.contains("- rbac\n    - backup\n"))
    #expect(text.contains("last: 2026-01-31\n"))
    #expect(result.documents[0].decisions.isEmpty)
  }

  @Test func swedishHeadingsWithArticleLettersFindTheirFields() throws {
    let result = try ropa([
      [
        "Behandling", "Personuppgiftsansvarig och kontakt (a)", "Ändamål", "Rättslig grund",
        "Kategorier av registrerade (c)", "Kategorier av personuppgifter (c)", "Mottagare (d)",
        "Överföring till tredjeland och skyddsåtgärder (e)", "Gallring (f)", "Säkerhetsåtgärder (g)",
      ],
      [
        "Skolskjuts", "bun", "Planera skolskjuts", "Myndighetsutövning", "Elever; Vårdnadshavare", "Namn, Adress",
        "Inga", "Nej", "Gallras efter 2 år", "Behörighetsstyrning, Loggning",
      ],
    ])
    let text = try #require(result.documents.first).text
    #expect(text.contains("controller: bun\n"))
    #expect(text.contains("- category: pupil\n  - category: guardian\n"))
    #expect(text.contains("transfers: []\n"))
    #expect(text.contains("- rbac\n    - logging\n"))
    #expect(result.documents[0].decisions.isEmpty)
  }

  @Test func headingThatIsAFieldExactlyWinsOverOneThatOnlyContainsIt() throws {
    let result = try ropa([
      ["Kontaktpersonens namn", "Namn", "Syfte"], ["Anna Andersson", "Bygglov", "Pröva ansökningar"],
    ])
    let document = try #require(result.documents.first)
    #expect(document.id == "bygglov")
    #expect(document.text.contains("description: \"Pröva ansökningar\"\n"))
    #expect(document.text.contains("\"Kontaktpersonens namn\": \"Anna Andersson\"\n"))
  }

  @Test func valueOutsideItsValueSetIsKeptVerbatimBesideTheFieldAsADecision() throws {
    let result = try ropa([
      ["Behandling", "Ändamål", "Rättslig grund", "Säkerhetsåtgärder"],
      ["Skolskjuts", "Planera turer", "Enligt lag", "Loggning; Brandvägg"],
    ])
    let document = try #require(result.documents.first)
    #expect(!document.text.contains("\n    legal_basis:"))
    #expect(document.text.contains("    x-import:\n      legal_basis: \"Enligt lag\"\n"))
    #expect(document.text.contains("  measures:\n    - logging\n  x-import:\n    measures: \"Brandvägg\"\n"))
    #expect(document.decisions.map { $0.cell?.description } == ["C2", "D2"])
    #expect(document.decisions[0].message.sv.contains("«Enligt lag»"))
    #expect(document.decisions[0].message.en.contains("'Enligt lag'"))
  }

  @Test func missingContentStaysMissing() throws {
    let result = try ropa([["Behandling", "Ändamål", "Mottagare"], ["Skolskjuts", nil, nil]])
    let text = try #require(result.documents.first).text
    for key in ["purposes", "recipients", "retention", "security", "transfers", "status", "controller"] {
      #expect(!text.contains("\(key):"), "\(key) should stay absent")
    }
  }

  @Test func idIsTheNamesSlugAndCollisionsGetANumberInRowOrder() throws {
    let result = try ropa([
      ["Behandling"], ["Årsredovisning för Övik"], ["Skolskjuts"], ["SKOLSKJUTS!"], ["Skolskjuts"], ["***"],
    ])
    #expect(
      result.documents.map(\.id) == ["arsredovisning-for-ovik", "skolskjuts", "skolskjuts-2", "skolskjuts-3", "rad-6"])
    #expect(DocumentIdentifier.slug(String(repeating: "lång text ", count: 20)).count <= DocumentIdentifier.maxLength)
  }

  @Test func twentyThousandRowsOfOneNameAreNumberedInLinearTime() {
    var identifiers = DocumentIdentifier()
    let started = Date()
    var last = ""
    for _ in 0..<20_000 { last = identifiers.claim("samma-namn") }
    #expect(last == "samma-namn-20000")
    #expect(identifiers.claim("samma-namn-2") == "samma-namn-2-2")
    #expect(Date().timeIntervalSince(started) < 5)
  }

  @Test func idColumnIsKeptWhenItIsAlreadyAnIdAndTheNameGivesItOtherwise() throws {
    let result = try ropa([["Id", "Behandling"], ["skolskjuts-2024", "Skolskjuts"], ["Not An Id", "Bygglov"]])
    #expect(result.documents.map(\.id) == ["skolskjuts-2024", "bygglov"])
  }

  @Test func rowWithoutANameIsPassedOverAndReported() throws {
    let result = try ropa([["Behandling", "Ändamål"], ["Skolskjuts", "Planera"], [nil, "Något"]])
    #expect(result.documents.count == 1)
    #expect(result.rowsWithoutName.map(\.row) == [3])
  }

  @Test func cellTextCannotChangeTheDocumentsStructure() throws {
    let hostile = "x\": {kind: Waiver}\n- a: b #"
    let result = try ropa([["Behandling", "Ändamål"], [hostile, "a\u{7}b"]])
    let document = try #require(result.documents.first)
    let read = YAMLReader().read(document.text, file: "x.yaml")
    #expect(read.errors.isEmpty)
    let root = try #require(read.documents.first?.root)
    #expect(root["name"]?.text == hostile)
    #expect(root["kind"]?.text == "DataCollection")
  }

  @Test func unknownHeadingsAreKeptInTheNoteAndAMapFileNamesThem() throws {
    let rows: [[String?]] = [["Systemnamn", "Diarienummer", "Syftet"], ["Procapita", "KS 2024/1", "Handläggning"]]
    #expect(throws: ImportError.self) { try ropa(rows) }
    let folder = try ImportTestFiles.folder("map")
    let mapFile = folder.appendingPathComponent("map.yaml")
    try Data("columns:\n  \"SYSTEMNAMN\": name\n  Syftet: purpose\n".utf8).write(to: mapFile)
    let map = try ImportMap.load(file: mapFile.path, kind: .ropa)
    let result = try ropa(rows, map: map)
    let text = try #require(result.documents.first).text
    #expect(text.contains("name: \"Procapita\"\n"))
    #expect(text.contains("description: \"Handläggning\"\n"))
    #expect(text.contains("  columns:\n    Diarienummer: \"KS 2024/1\"\n"))
  }

  @Test func mapFileWithAnUnknownFieldIsRefusedAtItsLineWithASuggestion() throws {
    let folder = try ImportTestFiles.folder("badmap")
    let mapFile = folder.appendingPathComponent("map.yaml")
    try Data("columns:\n  Systemets namn: nmae\n".utf8).write(to: mapFile)
    do {
      _ = try ImportMap.load(file: mapFile.path, kind: .ropa)
      Issue.record("an unknown field should be refused")
    } catch {
      let diagnostic = error.diagnostic
      #expect(diagnostic.location?.line == 2)
      #expect(diagnostic.message.en.contains("did you mean name?"))
      #expect(diagnostic.message.sv.contains("menade du name?"))
    }
  }

  @Test func sheetWithoutANameColumnIsRefusedWithTheHeadingsItSaw() throws {
    do {
      _ = try ropa([["Kolumn 1", "Kolumn 2"], ["a", "b"]])
      Issue.record("a sheet without names should be refused")
    } catch {
      #expect(error.diagnostic.message.en.contains("'Kolumn 1'"))
      #expect(error.diagnostic.message.sv.contains("--map"))
    }
  }

  @Test func controllerOptionGivesEveryCollectionItsController() throws {
    let result = try ropa(
      [["Behandling", "Personuppgiftsansvarig"], ["Skolskjuts", "Barn- och utbildningsnämnden"]], controller: "bun")
    let document = try #require(result.documents.first)
    #expect(document.text.contains("controller: bun\n"))
    #expect(document.decisions.isEmpty)
  }

  @Test func followUpInventoryWithOneRowPerIndicatorMakesOneDocumentPerFollowUp() throws {
    let result = try Importer(kind: .followups).run(file: ImportTestFiles.fixture("uppfoljningar-openpyxl.xlsx"))
    #expect(result.documents.map(\.id) == ["tidsregistrering-i-hemtjansten", "medarbetarenkat"])
    let first = result.documents[0]
    #expect(first.rows == [2, 3])
    #expect(first.text.contains("  function: finance\n"))
    #expect(
      first.text.contains(
        "  - role: assistant_nurse\n    count: 420\n    minutes_per_response: 6\n    frequency: daily\n"))
    #expect(first.text.contains("id: utford-tid-per-brukare\n"))
    #expect(first.text.contains("id: antal-besok\n"))
    #expect(result.documents[1].text.contains("frequency: yearly\n"))
    #expect(result.documents[1].decisions.map { $0.cell?.description } == ["E5"])
  }

  @Test func followUpFrequencyCountsTimesPerYear() throws {
    let result = try Importer(kind: .followups).run(
      table: table([
        ["Process", "Roll", "Frekvens"], ["Tillsyn", "inspector", "4 gånger per år"], ["Enkät", "staff", "ibland"],
      ]))
    #expect(result.documents[0].text.contains("frequency:\n      per_year: 4\n"))
    #expect(result.documents[1].text.contains("x-import:\n      frequency: \"ibland\"\n"))
  }

  @Test func retentionTextIsReadIntoActionAndPeriod() {
    #expect(ValueParsersProbe.retention("Gallras efter 2 år") == ("dispose", "P2Y", true))
    #expect(ValueParsersProbe.retention("Bevaras") == ("keep", nil, true))
    #expect(ValueParsersProbe.retention("6 månader") == (nil, "P6M", true))
    #expect(ValueParsersProbe.retention("P18M") == (nil, "P18M", true))
    #expect(ValueParsersProbe.retention("3 år efter avslutat ärende").complete == false)
  }

  @Test func cellsAsTillitsOwnExportWritesThemAreReadBack() throws {
    let result = try ropa([
      [
        "Id", "Behandling", "Ändamål och rättslig grund (b)", "Kategorier av registrerade (c)", "Mottagare (d)",
        "Överföring till tredjeland och skyddsåtgärder (e)", "Gallring (f)", "Säkerhetsåtgärder (g)",
      ],
      [
        "skolskjuts", "Skolskjutsärenden",
        "Pröva rätten till skolskjuts – myndighetsutövning (art. 6.1 e), Skollagen (2010:800) 10 kap. 32 §",
        "Elev (ca 700); Vårdnadshavare (ca 1\u{A0}100)", "Exempelby Taxi AB, personuppgiftsbiträde, SE", "SAKNAS",
        "gallras, efter P2Y, efter avslutad skolgång, plan bun-ihp/3.2.4", "rbac, logging; KLASSA K1/R2/T–",
      ],
    ])
    let document = try #require(result.documents.first)
    #expect(document.decisions.isEmpty)
    let text = document.text
    #expect(text.contains("description: \"Pröva rätten till skolskjuts\"\n    legal_basis: official_authority\n"))
    #expect(text.contains("law: \"Skollagen (2010:800) 10 kap. 32 §\"\n"))
    #expect(
      text.contains("- category: pupil\n    estimated_count: 700\n  - category: guardian\n    estimated_count: 1100\n"))
    #expect(text.contains("name: \"Exempelby Taxi AB\"\n    type: processor\n    country: SE\n"))
    #expect(!text.contains("transfers"))
    #expect(
      text.contains(
        "action: dispose\n  period: P2Y\n  trigger: \"efter avslutad skolgång\"\n  plan_entry: bun-ihp/3.2.4\n"))
    #expect(text.contains("classification:\n    c: 1\n    i: 2\n  measures:\n    - rbac\n    - logging\n"))
  }

  @Test func datesAreReadFromSerialsAndIsoTextButNotAmbiguousText() throws {
    let sheet = SpreadsheetTable(
      file: "r.xlsx", sheet: "Blad1", uses1904Dates: true,
      rows: [
        SpreadsheetTable.Row(number: 1, values: [.text("Behandling"), .text("Senast granskad")]),
        SpreadsheetTable.Row(number: 2, values: [.text("A"), .number(44_057)]),
        SpreadsheetTable.Row(number: 3, values: [.text("B"), .text("2025-02-30")]),
        SpreadsheetTable.Row(number: 4, values: [.text("C"), .text("10/2/2025")]),
      ])
    let result = try Importer(kind: .ropa).run(table: sheet)
    #expect(result.documents[0].text.contains("review:\n  last: 2024-08-15\n"))
    #expect(result.documents[1].text.contains("  review:\n    last: \"2025-02-30\"\n"))
    #expect(result.documents[2].decisions.map { $0.cell?.description } == ["B4"])
  }
}

/// `ValueParsers` is internal to TillitImport; its retention reading shows through an import
/// of one cell.
enum ValueParsersProbe {
  struct Reading: Equatable {
    var action: String?
    var period: String?
    var complete: Bool
    static func == (lhs: Reading, rhs: (String?, String?, Bool)) -> Bool {
      lhs.action == rhs.0 && lhs.period == rhs.1 && lhs.complete == rhs.2
    }
  }

  static func retention(_ text: String) -> Reading {
    let sheet = SpreadsheetTable(
      file: "r.csv", sheet: nil, uses1904Dates: false,
      rows: [
        SpreadsheetTable.Row(number: 1, values: [.text("Behandling"), .text("Gallring")]),
        SpreadsheetTable.Row(number: 2, values: [.text("A"), .text(text)]),
      ])
    guard let document = try? Importer(kind: .ropa).run(table: sheet).documents.first else {
      return Reading(action: nil, period: nil, complete: false)
    }
    func value(_ key: String) -> String? {
      document.text.split(separator: "\n").first { $0.hasPrefix("  \(key): ") }.map {
        String($0.dropFirst(key.count + 4))
      }
    }
    return Reading(action: value("action"), period: value("period"), complete: document.decisions.isEmpty)
  }
}
