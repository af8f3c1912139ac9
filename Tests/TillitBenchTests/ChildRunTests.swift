import Foundation
import Testing

@testable import tillit_bench

@Suite struct ChildRunTests {
  @Test func aChildsExitCodeAndOutputAreKept() throws {
    let run = try ChildRun.run(["/bin/sh", "-c", "echo out; echo err >&2; exit 3"])
    #expect(run.exitCode == 3)
    #expect(run.standardOutput == "out\n")
    #expect(run.standardError == "err\n")
    #expect(run.peakResidentBytes > 0)
    #expect(run.wallSeconds > 0)
  }

  @Test func aChildEndedByASignalHasNoExitCode() throws {
    let run = try ChildRun.run(["/bin/sh", "-c", "kill -9 $$"])
    #expect(run.exitCode == nil)
  }

  @Test(
    .enabled(
      if: ["/usr/bin/taskset", "/bin/taskset"].contains { FileManager.default.isExecutableFile(atPath: $0) },
      "taskset (util-linux) pins the child"))
  func aPinnedChildRunsUnderTasksetOnTheGivenCores() throws {
    let core = Machine.usableCores()[0]
    let run = try ChildRun.run(["/bin/sh", "-c", "grep Cpus_allowed_list /proc/self/status"], cores: [core])
    #expect(run.command.prefix(3) == ["taskset", "-c", "\(core)"])
    #expect(run.standardOutput.hasSuffix("\t\(core)\n"))
  }

  @Test func aProgramThatDoesNotExistIsASpawnError() {
    #expect(throws: ChildRun.SpawnError.self) {
      try ChildRun.run(["/nonexistent/tillit"])
    }
  }
}
