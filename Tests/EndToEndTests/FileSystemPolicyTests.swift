import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `tillit check` does with what is not a plain YAML file in the workspace: an error with
/// the path and exit code 2, never a hang, a silent gap or someone else's content on screen.
@Suite struct FileSystemPolicyTests {
  static let organization = "apiVersion: tillit/v1\nkind: Organization\nid: o\nname: O\n"

  func workspace() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-fs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    try Self.organization.write(to: url.appendingPathComponent("org.yaml"), atomically: true, encoding: .utf8)
    return url
  }

  @Test func aFIFOInTheWorkspaceExitsTwoNamingItInsteadOfBlocking() throws {
    let ws = try workspace()
    defer { try? FileManager.default.removeItem(at: ws) }
    #expect(mkfifo(ws.appendingPathComponent("x.yaml").path, 0o644) == 0)
    let run = try TillitBinary.run(["check", "."], currentDirectory: ws)
    #expect(run.exitCode == 2)
    #expect(
      run.standardError.contains("./x.yaml: error: this is a named pipe (FIFO), not a regular file"),
      "\(run.standardError)")
  }

  @Test func aCommittedLinkToTheEnvironmentIsRefusedAndNothingOfItIsPrinted() throws {
    let ws = try workspace()
    defer { try? FileManager.default.removeItem(at: ws) }
    try FileManager.default.createSymbolicLink(
      atPath: ws.appendingPathComponent("env.yaml").path, withDestinationPath: "/proc/self/environ")
    let run = try TillitBinary.run(
      ["check", "."], environment: ["TILLIT_TEST_SECRET": "hemlighet-4711"], currentDirectory: ws)
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("./env.yaml: error: the symbolic link points outside the folder being checked"))
    #expect(!run.standardError.contains("hemlighet-4711"))
    #expect(!run.standardOutput.contains("hemlighet-4711"))
    #expect(!run.standardError.contains("/proc"))
  }

  @Test func aBrokenLinkFailsTheRunInsteadOfPassingWhatWasNeverRead() throws {
    let ws = try workspace()
    defer { try? FileManager.default.removeItem(at: ws) }
    try FileManager.default.createSymbolicLink(
      atPath: ws.appendingPathComponent("uppfoljning.yaml").path, withDestinationPath: "flyttad.yaml")
    let run = try TillitBinary.run(["check", ".", "--lang", "sv"], currentDirectory: ws)
    #expect(run.exitCode == 2)
    #expect(
      run.standardError.contains(
        "./uppfoljning.yaml: fel: den symboliska länken leder inte till någon fil eller mapp (den finns inte)"),
      "\(run.standardError)")
  }
}
