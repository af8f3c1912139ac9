import Foundation

/// What the bench needs to know about the machine it measures on, read from /proc (Linux).
enum Machine {
  /// The cores this process may run on, in order (`taskset` and cgroups narrow them), from
  /// `Cpus_allowed_list` in /proc/self/status; every online core when that cannot be read.
  static func usableCores() -> [Int] {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") }),
      let cores = coreList(String(line.dropFirst("Cpus_allowed_list:".count)))
    {
      return cores
    }
    return Array(0..<ProcessInfo.processInfo.activeProcessorCount)
  }

  /// Parses a kernel CPU list such as `0-3,8,10-11`; nil when it is not one.
  static func coreList(_ text: String) -> [Int]? {
    var cores: [Int] = []
    for part in text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",") {
      let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
      switch bounds.count {
      case 1:
        guard let core = bounds[0] else { return nil }
        cores.append(core)
      case 2:
        guard let first = bounds[0], let last = bounds[1], first <= last else { return nil }
        cores += Array(first...last)
      default: return nil
      }
    }
    return cores.isEmpty ? nil : cores
  }

  /// CPU seconds the given cores have spent busy since boot (user, nice, system, interrupts,
  /// steal), from their `cpuN` lines in /proc/stat; 0 when it cannot be read. The difference
  /// over an interval, less what a child pinned to those cores used, is what other processes
  /// took from it.
  static func busySeconds(of cores: [Int]) -> Double {
    guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8) else { return 0 }
    let wanted = Set(cores.map { "cpu\($0)" })
    let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
    return stat.split(separator: "\n").filter { line in
      line.split(separator: " ", maxSplits: 1).first.map { wanted.contains(String($0)) } ?? false
    }.map { busySeconds(statLine: String($0), ticksPerSecond: ticksPerSecond) }.reduce(0, +)
  }

  /// The busy seconds of one `cpu` line of /proc/stat: every field but idle (the 4th) and
  /// iowait (the 5th); guest time is already inside user time, so it is not added again.
  static func busySeconds(statLine: String, ticksPerSecond: Double) -> Double {
    let fields = statLine.split(separator: " ").dropFirst().compactMap { Double($0) }
    guard fields.count >= 4, ticksPerSecond > 0 else { return 0 }
    let busy = fields.prefix(8).enumerated().filter { $0.offset != 3 && $0.offset != 4 }.map(\.element)
    return busy.reduce(0, +) / ticksPerSecond
  }
}
