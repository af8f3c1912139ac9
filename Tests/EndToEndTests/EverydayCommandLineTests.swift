import Foundation
import Testing

/// What a person meets typing tillit by hand: typos, filters that match nothing, colour,
/// progress, a summary, and a baseline not yet made.
@Suite struct EverydayCommandLineTests {
  static let workspace = TillitBinary.packageRoot.appendingPathComponent("examples/exempelby").path

  func tillit(_ arguments: [String], environment: [String: String] = [:]) throws -> TillitBinary.Run {
    try TillitBinary.run(arguments, environment: environment)
  }

  @Test func aMisspeltCommandSuggestsTheClosestInBothLanguages() throws {
    let english = try tillit(["chek", "."])
    #expect(english.exitCode == 2)
    #expect(
      english.standardError
        == "error: 'chek' is not a command; did you mean tillit check? tillit --help lists the commands\n")
    let swedish = try tillit(["chek", "."], environment: ["LANG": "sv_SE.UTF-8"])
    #expect(swedish.exitCode == 2)
    #expect(
      swedish.standardError.contains("'chek' är inget kommando; menade du tillit check?"), "\(swedish.standardError)")
    let far = try tillit(["frobnicate"])
    #expect(far.exitCode == 2)
    #expect(!far.standardError.contains("did you mean"))
  }

  @Test func helpForACommandIsInTheLanguageAskedForWithLang() throws {
    let swedish = try tillit(["help", "check", "--lang", "sv"], environment: ["LANG": "en_US.UTF-8"])
    #expect(swedish.exitCode == 0, "\(swedish.standardError)")
    #expect(swedish.standardOutput.contains("Kontrollerar dokumenten mot regelpaketen"))
    let english = try tillit(["help", "--lang=en", "check"], environment: ["LANG": "sv_SE.UTF-8"])
    #expect(english.exitCode == 0, "\(english.standardError)")
    #expect(!english.standardOutput.contains("Kontrollerar dokumenten mot regelpaketen"))
    #expect(english.standardOutput.contains("USAGE: tillit check"))
  }

  @Test func anErrorWhileASubcommandRunsShowsThatSubcommandsUsage() throws {
    let run = try tillit(["check", "--format", "bogus", Self.workspace])
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("Error: unknown format 'bogus'"))
    #expect(run.standardError.contains("Usage: tillit check "), "\(run.standardError)")
    #expect(run.standardError.contains("tillit check --help shows every option."))
    #expect(!run.standardError.contains("tillit <subcommand>"))
  }

  @Test func anUnknownPackOrTagIsRefusedWithTheClosestValue() throws {
    let pack = try tillit(["rules", "--pack", "trsut"])
    #expect(pack.exitCode == 2)
    #expect(pack.standardOutput.isEmpty)
    #expect(pack.standardError.contains("--pack 'trsut' does not exist; did you mean trust?"), "\(pack.standardError)")
    let tag = try tillit(["rules", "--tag", "dpai"])
    #expect(tag.exitCode == 2)
    #expect(tag.standardError.contains("--tag 'dpai' does not exist; did you mean dpia?"), "\(tag.standardError)")
    #expect(try tillit(["rules", "--pack", "trust", "--tag", "dpia"]).exitCode == 0)
  }

  @Test func anUnknownControllerIsRefusedWithTheClosestValue() throws {
    let run = try tillit(["ropa", Self.workspace, "--controller", "sno", "--today", "2026-11-29"])
    #expect(run.exitCode == 2)
    #expect(run.standardOutput.isEmpty)
    #expect(run.standardError.contains("--controller 'sno' does not exist; did you mean son?"), "\(run.standardError)")
    let swedish = try tillit(["ropa", Self.workspace, "--controller", "sno", "--lang", "sv", "--today", "2026-11-29"])
    #expect(swedish.standardError.contains("--controller 'sno' finns inte; menade du son?"), "\(swedish.standardError)")
  }

  @Test func colorAlwaysPaintsTheSeverityWordsEvenWithNoColorSetAndNeverDoesNot() throws {
    let always = try tillit(["check", Self.workspace, "--color", "always", "--today", "2026-11-29"])
    #expect(always.standardOutput.contains("\u{1B}[31m"))
    let never = try tillit(["check", Self.workspace, "--color", "never", "--today", "2026-11-29"])
    #expect(!never.standardOutput.contains("\u{1B}["))
    // auto, with standard output a pipe: no colour.
    let auto = try tillit(["check", Self.workspace, "--today", "2026-11-29"], environment: ["NO_COLOR": ""])
    #expect(!auto.standardOutput.contains("\u{1B}["))
  }

  @Test func summaryPrintsTheTextReportsLastLineAloneAndKeepsTheExitCode() throws {
    let full = try tillit(["check", Self.workspace, "--today", "2026-11-29"])
    let summary = try tillit(["check", Self.workspace, "--summary", "--today", "2026-11-29"])
    #expect(summary.exitCode == full.exitCode)
    let last = full.standardOutput.split(separator: "\n").last.map(String.init) ?? ""
    #expect(summary.standardOutput == last + "\n")
    #expect(last.contains("documents checked"))
  }

  @Test func progressShowsOnlyWhenAskedOffATerminalAndQuietSilencesIt() throws {
    let plain = try tillit(["check", Self.workspace, "--today", "2026-11-29"])
    #expect(plain.standardError.isEmpty, "\(plain.standardError)")
    let asked = try tillit(["check", Self.workspace, "--progress", "--today", "2026-11-29"])
    #expect(asked.standardError.contains("\r\u{1B}[Kreading the documents…"))
    // Wiped before the run ends, and never on standard output.
    #expect(asked.standardError.hasSuffix("\r\u{1B}[K"))
    #expect(asked.standardOutput == plain.standardOutput)
    let quiet = try tillit(["check", Self.workspace, "--progress", "--quiet", "--today", "2026-11-29"])
    #expect(quiet.standardError.isEmpty)
  }

  /// Runs tillit under `script`, so that its standard error is a terminal; returns what the
  /// terminal showed (standard output goes to /dev/null).
  func onATerminal(_ arguments: [String], ci: Bool) throws -> String? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    let command = ([TillitBinary.executable.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
    process.arguments = ["-qec", command + " > /dev/null", "/dev/null"]
    var environment = ProcessInfo.processInfo.environment
    environment["CI"] = ci ? "true" : nil
    environment["LANG"] = "en_US.UTF-8"
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  @Test func progressShowsOnATerminalButNotWhenCIIsSet() throws {
    let arguments = ["burden", Self.workspace, "--today", "2026-11-29"]
    guard let terminal = try onATerminal(arguments, ci: false), let ci = try onATerminal(arguments, ci: true) else {
      return
    }
    #expect(terminal.contains("reading the documents…"), "\(terminal)")
    #expect(!ci.contains("reading"), "\(ci)")
  }

  @Test func aBaselineNotYetCreatedWarnsNamingTheCommandAndEveryFindingCounts() throws {
    let without = try tillit(["check", Self.workspace, "--today", "2026-11-29"])
    let missing = "/nonexistent-\(UUID().uuidString)/.tillit-baseline.json"
    let run = try tillit(["check", Self.workspace, "--baseline", missing, "--today", "2026-11-29"])
    #expect(run.exitCode == without.exitCode)
    #expect(run.standardOutput == without.standardOutput)
    #expect(
      run.standardError
        == "\(missing): warning: the baseline file does not exist yet, so every finding counts as new; create it with tillit baseline create --file \(missing) \(Self.workspace) and commit it\n"
    )
    let swedish = try tillit(["check", Self.workspace, "--baseline", missing, "--lang", "sv", "--today", "2026-11-29"])
    #expect(swedish.standardError.contains("baslinjefilen finns inte än, så alla fynd räknas som nya"))
  }

  @Test func updatingABaselineNotYetCreatedNamesTheCommandThatCreatesIt() throws {
    let missing = "/nonexistent-\(UUID().uuidString)/b.json"
    let run = try tillit(["baseline", "update", Self.workspace, "--file", missing, "--today", "2026-11-29"])
    #expect(run.exitCode == 2)
    #expect(
      run.standardError
        == "\(missing): error: the baseline file does not exist, so there is nothing to update; create it first with tillit baseline create --file \(missing) \(Self.workspace)\n"
    )
    let swedish = try tillit([
      "baseline", "prune", Self.workspace, "--file", missing, "--lang", "sv", "--today", "2026-11-29",
    ])
    #expect(swedish.standardError.contains("baslinjefilen finns inte, så det finns inget att rensa"))
  }

  @Test func aBaselineThatExistsButIsNoBaselineIsStillAnError() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tillit-not-baseline-\(UUID().uuidString).json")
    try "[1, 2]".write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let run = try tillit(["check", Self.workspace, "--baseline", file.path, "--today", "2026-11-29"])
    #expect(run.exitCode == 2)
  }
}
