import Testing

@testable import tillit_bench

@Suite struct MachineTests {
  @Test func kernelCoreListsExpandRangesAndSingleCores() {
    #expect(Machine.coreList("0-3,8,10-11\n") == [0, 1, 2, 3, 8, 10, 11])
    #expect(Machine.coreList("  0 ") == [0])
  }

  @Test func malformedCoreListsAreNotTakenForCores() {
    #expect(Machine.coreList("") == nil)
    #expect(Machine.coreList("3-1") == nil)
    #expect(Machine.coreList("a-b") == nil)
    #expect(Machine.coreList("1-2-3") == nil)
  }

  @Test func busyTimeOfAStatLineLeavesOutIdleAndIOWait() {
    // user nice system idle iowait irq softirq steal guest guest_nice, in ticks of 1/100 s.
    let line = "cpu0 100 5 50 1000 20 3 2 1 7 0"
    #expect(Machine.busySeconds(statLine: line, ticksPerSecond: 100) == 1.61)
  }

  @Test func aStatLineTooShortToReadCountsAsNoBusyTime() {
    #expect(Machine.busySeconds(statLine: "cpu0 1 2", ticksPerSecond: 100) == 0)
  }

  @Test func theBenchMayRunOnAtLeastOneCore() {
    #expect(!Machine.usableCores().isEmpty)
  }
}
