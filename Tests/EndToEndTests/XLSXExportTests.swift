import Foundation
import Testing

/// `ropa --format xlsx` and `burden --format xlsx`, opened as their readers would: with
/// Python's openpyxl (as another program that reads workbooks) and LibreOffice, and compared
/// cell by cell with the CSV export of the same report.
@Suite struct XLSXExportTests {
  static let today = ["--today", "2026-11-29"]

  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-xlsx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// True when Python can import openpyxl. Absent on a developer's machine the tests say so
  /// and pass; under CI (`.ci/run` installs it) its absence fails them.
  static func openpyxlAvailable(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
    if let run = try? SchemaCommandTests.runPython(["-c", "import openpyxl"]), run.exitCode == 0 { return true }
    if let ci = ProcessInfo.processInfo.environment["CI"], !ci.isEmpty, ci != "false" {
      Issue.record(
        "openpyxl is missing, and CI must read the workbooks (pip install openpyxl)", sourceLocation: sourceLocation)
    } else {
      print("skipped: Python's openpyxl is not installed (pip install openpyxl)")
    }
    return false
  }

  /// Writes the report in both forms and returns their paths.
  func export(_ command: String, _ extra: [String], in folder: URL) throws -> (xlsx: String, csv: String) {
    let xlsx = folder.appendingPathComponent("\(command).xlsx").path
    let csv = folder.appendingPathComponent("\(command).csv").path
    let workbook = try TillitBinary.run(
      [command, "examples/exempelby", "--format", "xlsx", "--out", xlsx] + Self.today + extra)
    #expect(workbook.exitCode == 0, "\(workbook.standardError)")
    #expect(workbook.standardOutput.isEmpty)
    let text = try TillitBinary.run(
      [command, "examples/exempelby", "--format", "csv", "--out", csv] + Self.today + extra)
    #expect(text.exitCode == 0, "\(text.standardError)")
    return (xlsx, csv)
  }

  /// Compares a sheet with a CSV file: the same rows, text equal, numbers equal as numbers;
  /// every sheet's header is frozen and bold and its columns have widths.
  static let compareScript = """
    import csv, sys, openpyxl
    path, csv_path, sheet_name = sys.argv[1], sys.argv[2], sys.argv[3]
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2", (ws.title, ws.freeze_panes)
        assert all(c.font.b for c in ws[1] if c.value is not None), ws.title
        assert ws.column_dimensions["A"].width > 0, ws.title
    ws = book[sheet_name] if sheet_name else book.worksheets[0]
    # A Swedish burden CSV is written for Swedish Excel: ';' between cells, decimal comma.
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        first = f.readline()
        f.seek(0)
        swedish = first.count(";") > first.count(",")
        expected = list(csv.reader(f, delimiter=";" if swedish else ","))
    def number(w):
        return float(w.replace(",", ".")) if swedish else float(w)
    rows = [["" if v is None else v for v in row] for row in ws.iter_rows(values_only=True)]
    rows = rows[:len(expected)]
    assert len(rows) == len(expected), (len(rows), len(expected))
    for r, (got, want) in enumerate(zip(rows, expected)):
        got = list(got) + [""] * (len(want) - len(got))
        for c, (g, w) in enumerate(zip(got, want)):
            if isinstance(g, (int, float)):
                assert abs(g - number(w)) < 1e-9, (r, c, g, w)
            else:
                assert g == w, (r, c, g, w)
    print("sheets:", "|".join(book.sheetnames))
    print("active:", book.active.title)
    print("numbers:", sum(isinstance(v, (int, float)) for row in rows for v in row))
    print("formats:", "|".join(sorted({c.number_format for row in ws.iter_rows() for c in row})))
    """

  @Test(arguments: ["sv", "en"])
  func theRegisterWorkbookHoldsTheCSVCellsWithAFrozenHeader(language: String) throws {
    guard Self.openpyxlAvailable() else { return }
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (xlsx, csv) = try export("ropa", ["--lang", language], in: folder)
    let run = try SchemaCommandTests.runPython(["-c", Self.compareScript, xlsx, csv, ""])
    #expect(run.exitCode == 0, "\(run.standardOutput)")
    // The Art. 30(1) headings the importer recognises, in the chosen language.
    let headings = try String(contentsOfFile: csv, encoding: .utf8)
    #expect(
      headings.contains(language == "sv" ? "Personuppgiftsansvarig och kontakt (a)" : "Controller and contact (a)"))
    #expect(
      run.standardOutput.contains(
        language == "sv" ? "sheets: Registerförteckning|Om förteckningen" : "sheets: Record of processing|About"))
  }

  @Test func theBurdenWorkbookHasOneSheetPerTableWithNumbersAsNumbers() throws {
    guard Self.openpyxlAvailable() else { return }
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (xlsx, csv) = try export("burden", ["--lang", "sv", "--by", "role"], in: folder)
    let run = try SchemaCommandTests.runPython(["-c", Self.compareScript, xlsx, csv, "Per roll"])
    #expect(run.exitCode == 0, "\(run.standardOutput)")
    #expect(
      run.standardOutput.contains(
        "sheets: Sammanfattning|Per uppföljning|Per roll|Per funktion|Per indikator|Per månad|Största besparingar|Budgetar"
      ))
    // The sheet of --by opens first.
    #expect(run.standardOutput.contains("active: Per roll"))
    // Hours with one decimal, FTE with two, money whole, shares as percentages.
    #expect(run.standardOutput.contains("#,##0"))
    #expect(run.standardOutput.contains("#,##0.0|#,##0.00"))
    #expect(run.standardOutput.contains("0.0%"))
    // The same format codes in English: the reader's program, not the file, chooses the
    // separators (1 234,5 in a Swedish Excel, 1,234.5 in an English one).
    let english = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: english) }
    let (englishXLSX, englishCSV) = try export("burden", ["--lang", "en", "--by", "role"], in: english)
    let englishRun = try SchemaCommandTests.runPython(["-c", Self.compareScript, englishXLSX, englishCSV, "By role"])
    func formats(_ output: String) -> String? {
      output.split(separator: "\n").first { $0.hasPrefix("formats:") }.map(String.init)
    }
    #expect(formats(englishRun.standardOutput) != nil)
    #expect(formats(englishRun.standardOutput) == formats(run.standardOutput))
    let numbers = run.standardOutput.split(separator: "\n").first { $0.hasPrefix("numbers:") }
    #expect((numbers.flatMap { Int($0.dropFirst("numbers: ".count)) } ?? 0) > 50)
  }

  @Test func theSameWorkspaceGivesTheSameWorkbookBytes() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for command in ["ropa", "burden"] {
      var files: [Data] = []
      for round in 1...2 {
        let path = folder.appendingPathComponent("\(command)-\(round).xlsx").path
        let run = try TillitBinary.run(
          [command, "examples/exempelby", "--format", "xlsx", "--out", path] + Self.today,
          environment: ["TZ": round == 1 ? "UTC" : "Pacific/Kiritimati"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        files.append(try Data(contentsOf: URL(fileURLWithPath: path)))
      }
      #expect(files[0] == files[1], "\(command): two runs gave different bytes")
      #expect(files[0].prefix(2) == Data("PK".utf8))
    }
  }

  @Test func aWorkbookGoesToStandardOutputOnlyWhenItIsNotATerminal() throws {
    // Standard output is a pipe here: the bytes go to it.
    let piped = try TillitBinary.run(["ropa", "examples/exempelby", "--format", "xlsx"] + Self.today)
    #expect(piped.exitCode == 0)
    #expect(piped.standardOutput.hasPrefix("PK"))
  }

  @Test func aWorkbookToATerminalIsRefusedWithExitCode2AndAskedForOut() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
      print("skipped: /usr/bin/script (util-linux) is not installed to give tillit a terminal")
      return
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    let command = [TillitBinary.executable.path, "ropa", "examples/exempelby", "--format", "xlsx", "--lang", "en"]
      .map { "'\($0)'" }.joined(separator: " ")
    process.arguments = ["-qec", command + "; echo exit=$?", "/dev/null"]
    process.currentDirectoryURL = TillitBinary.packageRoot
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let screen = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(screen.contains("is not written to the terminal; give a file with --out"), "\(screen)")
    #expect(screen.contains("exit=2"), "\(screen)")
    #expect(!screen.contains("PK"))
    // Refused before the documents are read, not after a long load.
    #expect(!screen.contains("reading the documents"), "\(screen)")
  }

  @Test func aWorkbookOutAFolderIsRefusedWithExitCode2() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try TillitBinary.run(
      ["burden", "examples/exempelby", "--format", "xlsx", "--out", folder.path, "--lang", "en"] + Self.today)
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("is a folder, not a file"))
  }

  @Test func outWritesTheTextFormatsToTheFileToo() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("burden.md").path
    let run = try TillitBinary.run(
      ["burden", "examples/exempelby", "--format", "markdown", "--out", path] + Self.today)
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.isEmpty)
    let direct = try TillitBinary.run(["burden", "examples/exempelby", "--format", "markdown"] + Self.today)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == direct.standardOutput)
  }

  @Test func libreOfficeReadsTheRegisterAsTheCSVHasIt() throws {
    guard let office = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first(where: FileManager.default.isExecutableFile)
    else {
      print("skipped: LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
      return
    }
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (xlsx, csv) = try export("ropa", ["--lang", "sv"], in: folder)
    let converted = folder.appendingPathComponent("converted")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: office)
    process.arguments = [
      "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", converted.path, xlsx,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    // Both read as CSV: LibreOffice quotes every text cell, tillit only what needs it.
    let compare = try SchemaCommandTests.runPython([
      "-c",
      """
      import csv, sys
      def rows(path):
          with open(path, encoding="utf-8-sig", newline="") as f:
              return [row for row in csv.reader(f) if row]
      office, tillit = rows(sys.argv[1]), rows(sys.argv[2])
      assert office == tillit, [(a, b) for a, b in zip(office, tillit) if a != b][:2] or (len(office), len(tillit))
      print("same", len(tillit))
      """,
      converted.appendingPathComponent("ropa.csv").path, csv,
    ])
    #expect(compare.standardOutput.contains("same 17"), "\(compare.standardOutput)")
  }
}
