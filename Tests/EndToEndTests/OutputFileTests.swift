import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What `check --format FORMAT=FILE` and `baseline` do to each kind of path: files are
/// replaced atomically, devices and pipes written through, links kept, clashes refused.
@Suite struct OutputFileTests {
  static let workspace = "Tests/Fixtures/golden-workspace"
  static let check = ["check", workspace, "--today", "2026-11-29", "--fail-on", "never"]

  func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  func fileType(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & 0o170_000 : 0
  }

  @Test func reportsToDevNullLeaveTheDeviceInPlace() throws {
    let run = try TillitBinary.run(Self.check + ["--format", "json=/dev/null", "--format", "sarif=/dev/null"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(fileType("/dev/null") == 0o020_000)
  }

  @Test func aReportToANamedPipeIsStreamedToItsReader() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pipe = folder.appendingPathComponent("report.pipe").path
    #expect(mkfifo(pipe, 0o600) == 0)
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/bin/cat")
    reader.arguments = [pipe]
    let output = Pipe()
    reader.standardOutput = output
    try reader.run()
    let run = try TillitBinary.run(Self.check + ["--format", "json=\(pipe)"])
    let received = output.fileHandleForReading.readDataToEndOfFile()
    reader.waitUntilExit()
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(String(decoding: received, as: UTF8.self).contains("\"fingerprint\""))
    #expect(fileType(pipe) == 0o010_000)
  }

  @Test func aReportThroughASymbolicLinkReplacesTheTargetAndKeepsTheLink() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("real.json")
    try "old".write(to: target, atomically: true, encoding: .utf8)
    let link = folder.appendingPathComponent("out.json").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.json")
    let run = try TillitBinary.run(Self.check + ["--format", "json=\(link)"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(fileType(link) == 0o120_000)
    #expect(try String(contentsOf: target, encoding: .utf8).contains("\"fingerprint\""))
  }

  @Test func aBaselineThroughASymbolicLinkKeepsTheLink() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let link = folder.appendingPathComponent("baseline.json").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "stored.json")
    let run = try TillitBinary.run(["baseline", "create", Self.workspace, "--file", link, "--today", "2026-11-29"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(fileType(link) == 0o120_000)
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("stored.json").path))
  }

  @Test func aReplacedReportKeepsItsPermissions() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out.json").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8)))
    #expect(chmod(path, 0o640) == 0)
    let run = try TillitBinary.run(Self.check + ["--format", "json=\(path)"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    var info = stat()
    #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o640)
  }

  @Test func temporariesLeftByAKilledRunAreRemovedByTheNextWrite() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let stale = [".out.json.\(UUID().uuidString).tmp", ".out.json.\(UUID().uuidString).tmp"]
    for name in stale {
      #expect(
        FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data("{".utf8)))
    }
    // Not ours: another name, or not a UUID in the middle.
    let kept = [".other.json.\(UUID().uuidString).tmp", ".out.json.notes.tmp"]
    for name in kept {
      #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data()))
    }
    let run = try TillitBinary.run(Self.check + ["--format", "json=\(folder.appendingPathComponent("out.json").path)"])
    #expect(run.exitCode == 0, "\(run.standardError)")
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(left == (kept + ["out.json"]).sorted())
  }

  @Test func twoFormatsNamingTheSameFileAreRefused() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out").path
    let link = folder.appendingPathComponent("link").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "out")
    for other in [folder.appendingPathComponent("./out").path, link] {
      let run = try TillitBinary.run(Self.check + ["--format", "json=\(path)", "--format", "sarif=\(other)"])
      #expect(run.exitCode == 2)
      #expect(run.standardError.contains("write to the same file"), "\(run.standardError)")
      #expect(!FileManager.default.fileExists(atPath: path))
    }
    let swedish = try TillitBinary.run(
      Self.check + ["--lang", "sv", "--format", "json=\(path)", "--format", "junit=\(path)"])
    #expect(swedish.standardError.contains("skriver till samma fil"), "\(swedish.standardError)")
  }

  @Test func aReportToAFolderOrAMissingFolderIsAClearError() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try TillitBinary.run(Self.check + ["--format", "json=\(folder.path)"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("\(folder.path): error: is a folder, not a file"), "\(run.standardError)")
    let missing = folder.appendingPathComponent("no/such/out.json").path
    let swedish = try TillitBinary.run(Self.check + ["--lang", "sv", "--format", "json=\(missing)"])
    #expect(swedish.exitCode == 2)
    #expect(swedish.standardError.contains("\(missing): fel: filen kan inte skrivas: mappen finns inte"))
  }

  @Test func aFullDiskIsAClearErrorNotASilentlyShortReport() throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
    let run = try TillitBinary.run(Self.check + ["--format", "json=/dev/full"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("/dev/full: error: the file cannot be written: no space left on the disk"))
  }
}
