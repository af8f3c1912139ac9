import Foundation
import Testing
import TillitSpreadsheet
import TillitYAML
import ZIPFoundation

@Suite struct SpreadsheetReaderTests {
  private func texts(_ row: SpreadsheetTable.Row) -> [String] { row.values.map { $0?.text ?? "" } }

  @Test func libreOfficeWorkbookReadsItsMergedHeadingAndThe1904DateSystem() throws {
    let table = try SpreadsheetReader().read(file: ImportTestFiles.fixture("register-libreoffice.xlsx"))
    #expect(table.sheet == "Behandlingar")
    #expect(table.uses1904Dates)
    // "Kategorier av" is merged over D1:E1 and so heads both columns.
    #expect(texts(table.rows[0])[3] == "Kategorier av")
    #expect(texts(table.rows[0])[4] == "Kategorier av")
    // The empty row 4 is not there; row 5 follows row 3.
    #expect(table.rows.map(\.number) == [1, 2, 3, 5])
    guard case .number(let serial) = table.rows[2].value(at: 7) else {
      Issue.record("H3 should be a date serial")
      return
    }
    #expect(ExcelDate(serial: serial, uses1904: true)?.description == "2024-08-15")
  }

  @Test func openpyxlWorkbookFillsHeadingsMergedDownAndAcross() throws {
    let table = try SpreadsheetReader().read(file: ImportTestFiles.fixture("register-openpyxl.xlsx"))
    #expect(!table.uses1904Dates)
    let row3 = texts(table.rows.first { $0.number == 3 }!)
    #expect(row3[0] == "Behandling")  // merged A2:A3
    #expect(row3[6] == "registrerade")
    #expect(texts(table.rows.first { $0.number == 2 }!)[7] == "Kategorier av")  // merged G2:H2
    #expect(!table.rows.contains { $0.number == 5 })
  }

  @Test func semicolonCSVWithByteOrderMarkKeepsQuotedSeparatorsQuotesAndLineBreaks() throws {
    let table = try SpreadsheetReader().read(file: ImportTestFiles.fixture("register-semikolon.csv"))
    #expect(table.sheet == nil)
    let heading = texts(table.rows[0])
    #expect(heading[0] == "Behandling")  // no byte-order mark left in front
    #expect(heading.count == 12)
    let first = texts(table.rows[1])
    #expect(first[2] == "Låna ut medier; påminna om \"försenade\" lån")
    #expect(first[5].split(whereSeparator: \.isNewline).count == 3)
    // The row of empty fields is passed over.
    #expect(table.rows.map(\.number) == [1, 2, 4])
  }

  @Test func csvSeparatorIsTheCommonestOutsideQuotesNotTheFirstSeen() throws {
    let table = try CSVReader().read(text: "Namn, titel;Ändamål;Status\nA, B;C;D\n", file: "x.csv")
    #expect(texts(table.rows[1]) == ["A, B", "C", "D"])
    let commas = try CSVReader().read(text: "\"a;b\",c,d\n1,2,3\n", file: "y.csv")
    #expect(texts(commas.rows[0]) == ["a;b", "c", "d"])
  }

  @Test func excelSerialsGiveTheDayInBothDateSystems() {
    #expect(ExcelDate(serial: 1, uses1904: false)?.description == "1900-01-01")
    #expect(ExcelDate(serial: 59, uses1904: false)?.description == "1900-02-28")
    #expect(ExcelDate(serial: 60, uses1904: false) == nil)  // Lotus's 29 February 1900
    #expect(ExcelDate(serial: 61, uses1904: false)?.description == "1900-03-01")
    #expect(ExcelDate(serial: 45_519, uses1904: false)?.description == "2024-08-15")
    #expect(ExcelDate(serial: 45_519.75, uses1904: false)?.description == "2024-08-15")
    #expect(ExcelDate(serial: 0, uses1904: true)?.description == "1904-01-01")
    #expect(ExcelDate(serial: 44_057, uses1904: true)?.description == "2024-08-15")
    #expect(ExcelDate(serial: -1, uses1904: false) == nil)
    #expect(ExcelDate(serial: .nan, uses1904: false) == nil)
  }

  @Test func fileThatIsNoSpreadsheetIsRefused() throws {
    let folder = try ImportTestFiles.folder("png")
    let file = folder.appendingPathComponent("register.xlsx")
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0]).write(to: file)
    #expect(throws: SpreadsheetError.notASpreadsheet(file: file.path)) {
      try SpreadsheetReader().read(file: file.path)
    }
    let binary = folder.appendingPathComponent("data.csv")
    try Data([0x41, 0x00, 0x42, 0xFF, 0xFE, 0x00]).write(to: binary)
    #expect(throws: SpreadsheetError.notASpreadsheet(file: binary.path)) {
      try SpreadsheetReader().read(file: binary.path)
    }
  }

  @Test func zipThatIsNoWorkbookIsRefused() throws {
    let folder = try ImportTestFiles.folder("zip")
    let file = folder.appendingPathComponent("other.xlsx")
    let archive = try Archive(url: file, accessMode: .create)
    let data = Data("hello".utf8)
    try archive.addEntry(
      with: "word/document.xml", type: .file, uncompressedSize: Int64(5), compressionMethod: .none,
      provider: { (_: Int64, _: Int) in data })
    #expect(throws: SpreadsheetError.notASpreadsheet(file: file.path)) {
      try SpreadsheetReader().read(file: file.path)
    }
  }

  @Test func passwordProtectedWorkbookIsRefusedAsEncrypted() throws {
    let folder = try ImportTestFiles.folder("cfb")
    let file = folder.appendingPathComponent("skyddad.xlsx")
    try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: file)
    #expect(throws: SpreadsheetError.encryptedOrLegacyWorkbook(file: file.path)) {
      try SpreadsheetReader().read(file: file.path)
    }
    let message = SpreadsheetError.encryptedOrLegacyWorkbook(file: file.path).diagnostic.message
    #expect(message.sv.contains("lösenordsskyddad"))
    #expect(message.en.contains("password-protected"))
  }

  @Test func workbookEncryptedWithAPasswordIsRefusedAsEncrypted() {
    let file = ImportTestFiles.fixture("register-losenord.xlsx")
    #expect(throws: SpreadsheetError.encryptedOrLegacyWorkbook(file: file)) {
      try SpreadsheetReader().read(file: file)
    }
  }

  @Test func formulaWithoutSavedValueIsRefusedAtItsCell() throws {
    let folder = try ImportTestFiles.folder("formula")
    let file = folder.appendingPathComponent("formel.xlsx")
    try ImportTestFiles.workbook(
      at: file, sheet: "Register",
      rows: """
        <row r="1"><c r="A1" t="s"><v>0</v></c></row>\
        <row r="7"><c r="A7" t="s"><v>1</v></c><c r="B7"><f>SUM(C1:C6)</f></c></row>
        """, sharedStrings: ["Behandling", "Skolskjuts"])
    do {
      _ = try SpreadsheetReader().read(file: file.path)
      Issue.record("a formula without a value should be refused")
    } catch {
      guard case .formulaWithoutValue(let location, let formula) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(location.cell?.description == "B7")
      #expect(location.sheet == "Register")
      #expect(formula == "SUM(C1:C6)")
      #expect(error.diagnostic.message.en.hasPrefix("sheet 'Register', cell B7: "))
      #expect(error.diagnostic.message.sv.hasPrefix("blad «Register», cell B7: "))
    }
  }

  @Test func damagedSheetXMLIsRefusedNamingThePartInBothLanguages() throws {
    let folder = try ImportTestFiles.folder("damaged")
    let file = folder.appendingPathComponent("trasig.xlsx")
    try ImportTestFiles.workbook(at: file, rows: "", sheetPart: Data("<worksheet><sheetData><row>".utf8))
    do {
      _ = try SpreadsheetReader().read(file: file.path)
      Issue.record("broken XML should be refused")
    } catch {
      #expect(
        error
          == .damagedWorkbook(file: file.path, part: "xl/worksheets/sheet1.xml", reason: SpreadsheetError.partNotXML))
      #expect(error.diagnostic.message.sv.contains("delen xl/worksheets/sheet1.xml är inte giltig XML"))
      #expect(error.diagnostic.message.en.contains("its part xl/worksheets/sheet1.xml is not valid XML"))
    }
  }

  @Test func zipBombIsStoppedAtTheInflatedSizeLimit() throws {
    let folder = try ImportTestFiles.folder("bomb")
    let file = folder.appendingPathComponent("bomb.xlsx")
    // 4 MiB of blanks deflate to a few kilobytes.
    let blanks = Data(repeating: 0x20, count: 4 * 1024 * 1024)
    try ImportTestFiles.workbook(at: file, rows: "", sheetPart: blanks)
    let limits = SpreadsheetLimits(maxPartBytes: 1024 * 1024)
    #expect(
      throws: SpreadsheetError.partTooLarge(file: file.path, part: "xl/worksheets/sheet1.xml", limit: 1024 * 1024)
    ) {
      try SpreadsheetReader(limits: limits).read(file: file.path)
    }
    #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0 < 100_000)
  }

  @Test func zipBombThatUnderstatesItsSizeIsStoppedWhileInflating() throws {
    let folder = try ImportTestFiles.folder("liar")
    let file = folder.appendingPathComponent("liar.xlsx")
    try ImportTestFiles.workbook(at: file, rows: "", sheetPart: Data(repeating: 0x20, count: 4 * 1024 * 1024))
    // Rewrite the sheet's declared uncompressed size, in its local header and its central
    // directory entry, to 100 bytes: only counting what comes out can catch the lie.
    var bytes = [UInt8](try Data(contentsOf: file))
    let name = Array("xl/worksheets/sheet1.xml".utf8)
    func patch(signature: [UInt8], sizeOffset: Int, nameOffset: Int) {
      var index = 0
      while index + nameOffset + name.count <= bytes.count {
        if Array(bytes[index..<index + 4]) == signature,
          Array(bytes[(index + nameOffset)..<(index + nameOffset + name.count)]) == name
        {
          bytes.replaceSubrange((index + sizeOffset)..<(index + sizeOffset + 4), with: [100, 0, 0, 0])
        }
        index += 1
      }
    }
    patch(signature: [0x50, 0x4B, 0x03, 0x04], sizeOffset: 22, nameOffset: 30)
    patch(signature: [0x50, 0x4B, 0x01, 0x02], sizeOffset: 24, nameOffset: 46)
    try Data(bytes).write(to: file)
    let limits = SpreadsheetLimits(maxPartBytes: 1024 * 1024)
    do {
      _ = try SpreadsheetReader(limits: limits).read(file: file.path)
      Issue.record("an understated zip bomb should be refused")
    } catch {
      #expect(error == .partTooLarge(file: file.path, part: "xl/worksheets/sheet1.xml", limit: 1024 * 1024))
    }
  }

  @Test func hundredThousandRowsEndInTheRowLimitQuickly() throws {
    let folder = try ImportTestFiles.folder("rows")
    let file = folder.appendingPathComponent("stor.xlsx")
    var rows = ""
    rows.reserveCapacity(100_000 * 40)
    for row in 1...100_000 { rows += "<row r=\"\(row)\"><c r=\"A\(row)\"><v>\(row)</v></c></row>" }
    try ImportTestFiles.workbook(at: file, rows: rows)
    let started = Date()
    do {
      _ = try SpreadsheetReader().read(file: file.path)
      Issue.record("100,000 rows should pass the limit")
    } catch {
      guard case .tooManyRows(let location, let limit) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(limit == SpreadsheetLimits.standard.maxRows)
      #expect(location.row == limit + 1)
    }
    #expect(Date().timeIntervalSince(started) < 30)
    let csv = folder.appendingPathComponent("stor.csv")
    try Data((1...100_000).map { "rad \($0);x\n" }.joined().utf8).write(to: csv)
    #expect(throws: SpreadsheetError.tooManyRows(SpreadsheetLocation(file: csv.path, row: 20_001), limit: 20_000)) {
      try SpreadsheetReader().read(file: csv.path)
    }
  }

  @Test func missingSheetNamesTheSheetsAndSuggestsTheClosest() throws {
    do {
      _ = try SpreadsheetReader().read(file: ImportTestFiles.fixture("register-openpyxl.xlsx"), sheet: "Registret")
      Issue.record("a missing sheet should be refused")
    } catch {
      guard case .sheetNotFound(_, let name, let available, let suggestion) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(name == "Registret")
      #expect(available == ["Register"])
      #expect(suggestion == "Register")
      #expect(error.diagnostic.message.en.contains("did you mean 'Register'?"))
      #expect(error.diagnostic.message.sv.contains("menade du «Register»?"))
    }
  }

  @Test func cellReferencesRoundTripTheirLetters() {
    #expect(CellReference("B7") == CellReference(row: 7, column: 1))
    #expect(CellReference("AA12")?.description == "AA12")
    #expect(CellReference(row: 1, column: 16_383).description == "XFD1")
    #expect(CellReference("XFE1") == nil)
    #expect(CellReference("7B") == nil)
  }
}
