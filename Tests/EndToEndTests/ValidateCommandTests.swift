import Foundation
import Testing

/// `tillit validate` as a user runs it: exit codes, output and the place of every error.
@Suite struct ValidateCommandTests {
  static let fixtures = TillitBinary.packageRoot.appendingPathComponent("Tests/Fixtures/broken")

  static var brokenFixtures: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).filter { $0.hasSuffix(".yaml") }
      .sorted()
  }

  @Test func theExampleWorkspaceIsValid() throws {
    let run = try TillitBinary.run(["validate", "examples/exempelby"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(run.standardOutput.hasPrefix("OK: 34 documents in 34 files"))
    #expect(run.standardOutput.contains("13 FollowUp"))
    #expect(run.standardOutput.contains("16 DataCollection"))
    #expect(run.standardError.isEmpty)
  }

  @Test func theSummaryIsInSwedishWithLangSv() throws {
    let run = try TillitBinary.run(["validate", "--lang", "sv", "examples/exempelby"])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.hasPrefix("OK: 34 dokument i 34 filer"))
  }

  @Test func theLanguageDefaultsFromLANG() throws {
    let run = try TillitBinary.run(
      ["validate", "Tests/Fixtures/broken/bad-date.yaml"], environment: ["LANG": "sv_SE.UTF-8"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains(": fel: "))
  }

  @Test(arguments: brokenFixtures)
  func eachKindOfBrokenInputExitsTwoAtItsPlace(fixture: String) throws {
    let marked = try String(contentsOf: Self.fixtures.appendingPathComponent(fixture), encoding: .utf8)
    let (text, line, column) = try #require(Self.stripMarker(marked), "\(fixture) has no 1️⃣ marker")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent(fixture)
    try text.write(to: file, atomically: true, encoding: .utf8)

    let run = try TillitBinary.run(["validate", file.path])
    #expect(run.exitCode == 2, "\(fixture): \(run.standardError)")
    let firstLine = run.standardError.split(separator: "\n").first.map(String.init) ?? ""
    #expect(firstLine.hasPrefix("\(file.path):\(line):\(column): error: "), "\(fixture): \(firstLine)")
    #expect(run.standardOutput.isEmpty)
    // Compiler style: the source line and a caret under the column follow.
    let lines = run.standardError.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count > 2 && lines[2].hasSuffix("^"), "\(fixture)")
  }

  @Test func invalidUTF8ExitsTwoAtTheBadByte() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("latin1.yaml")
    var bytes = Array("apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: Uppf".utf8)
    bytes += [0xF6, 0x6C, 0x6A, 0x6E, 0x69, 0x6E, 0x67, 0x0A]  // "öljning" in Latin-1
    try Data(bytes).write(to: file)
    let run = try TillitBinary.run(["validate", file.path])
    #expect(run.exitCode == 2)
    #expect(run.standardError.hasPrefix("\(file.path):4:11: error: invalid UTF-8"))
  }

  @Test func aUTF16FileExitsTwoAndIsAskedToBeSavedAsUTF8() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("utf16.yaml")
    let text = "apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: Uppföljning\n"
    try Data([0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: file)
    let run = try TillitBinary.run(["validate", file.path])
    #expect(run.exitCode == 2)
    #expect(
      run.standardError.hasPrefix("\(file.path): error: the file is saved as UTF-16, not UTF-8; save it as UTF-8"))
    #expect(!run.standardError.contains("Latin-1"))
  }

  @Test func controlCharactersFromAFileNeverReachTheTerminal() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("esc.yaml")
    // An escaped ESC and BEL (legal YAML) in a value that the error message quotes, and a raw
    // ESC (not legal) further down.
    let text =
      "apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: X\nrespondents:\n  - role: t\n"
      + "    frequency: \"\\e]0;pwned\\a\"\n  - role: u\n    count: 1\u{1B}[2J\n"
    try text.write(to: file, atomically: true, encoding: .utf8)
    let run = try TillitBinary.run(["validate", file.path])
    #expect(run.exitCode == 2)
    #expect(!run.standardError.unicodeScalars.contains("\u{1B}"), "\(run.standardError)")
    #expect(!run.standardError.unicodeScalars.contains("\u{07}"))
    #expect(run.standardError.contains("control character U+001B"))
  }

  @Test func manyBrokenFilesPrintTheFirstErrorsThenOneLineCountingTheRest() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for i in 0..<250 {
      try "apiVersion: tillit/v1\nkind: FollowUp\nid: x\(i)\nname: X\nrespondents: 1\n".write(
        to: folder.appendingPathComponent("f\(i).yaml"), atomically: true, encoding: .utf8)
    }
    let english = try TillitBinary.run(["validate", folder.path])
    #expect(english.exitCode == 2)
    let lines = english.standardError.split(separator: "\n")
    #expect(lines.filter { $0.contains(": error: ") }.count == 200)
    #expect(lines.contains("… and 50 more errors in 50 files"))
    #expect(lines.last == "250 errors; no document was checked further.")
    let swedish = try TillitBinary.run(["validate", "--lang", "sv", folder.path])
    #expect(swedish.exitCode == 2)
    #expect(swedish.standardError.contains("\n… och 50 fel till i 50 filer\n"))
  }

  @Test func aDuplicateIDAcrossFilesShowsBothPlaces() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let document = "apiVersion: tillit/v1\nkind: FollowUp\nid: samma\nname: X\n"
    try document.write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
    try ("# andra\n" + document).write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
    let run = try TillitBinary.run(["validate", folder.path])
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("\(folder.path)/b.yaml:2:1: error: id 'samma' is already used"))
    #expect(run.standardError.contains("\(folder.path)/a.yaml:1:1: note: first defined here"))
  }

  @Test func aMissingPathIsAUsageErrorWithExitTwo() throws {
    let run = try TillitBinary.run(["validate", "no/such/folder"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("no/such/folder: error: the path does not exist"))
  }

  @Test func aMissingArgumentOrUnknownOptionExitsTwo() throws {
    #expect(try TillitBinary.run(["validate"]).exitCode == 2)
    #expect(try TillitBinary.run(["validate", "--bogus", "examples/exempelby"]).exitCode == 2)
    #expect(try TillitBinary.run(["no-such-command"]).exitCode == 2)
  }

  @Test func helpExitsZeroInBothLanguages() throws {
    let english = try TillitBinary.run(["validate", "--help"])
    #expect(english.exitCode == 0)
    #expect(english.standardOutput.contains("Reads and checks the documents"))
    let swedish = try TillitBinary.run(["validate", "--help", "--lang", "sv"])
    #expect(swedish.standardOutput.contains("Läser och kontrollerar dokumenten"))
  }

  /// The text without its 1️⃣ marker, and the marker's 1-based line and column (Unicode scalars).
  static func stripMarker(_ marked: String) -> (String, Int, Int)? {
    guard let range = marked.range(of: "1️⃣") else { return nil }
    let before = marked[..<range.lowerBound]
    let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
    let column = before[lineStart...].unicodeScalars.count + 1
    return (marked.replacingCharacters(in: range, with: ""), line, column)
  }
}
