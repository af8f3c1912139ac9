import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One run of a program as a child process, measured from outside: wall time from spawn to
/// exit, CPU time and peak resident memory from `wait4`'s rusage.
///
/// Measuring the real `tillit` binary this way is what a user gets — process start, packs,
/// loading, rules and the report written to a file — and the bench's own memory (a bare parse,
/// a loaded workspace) never counts in the peak.
struct ChildRun: Sendable {
  /// The command as run, `taskset` included when the run was pinned: print it and anyone can
  /// repeat the measurement by hand.
  var command: [String]
  /// Seconds from just before `posix_spawn` to just after `wait4`.
  var wallSeconds: Double
  /// User plus system CPU seconds of the child (and of whatever it waited for).
  var cpuSeconds: Double
  /// `ru_maxrss`, which Linux gives in kibibytes, in bytes.
  var peakResidentBytes: Int
  /// Average number of cores other processes kept busy, on the cores the child could use,
  /// while it ran: those cores' busy time from /proc/stat minus the child's own CPU time, over
  /// the wall time. Near 0 means the figure is undisturbed.
  var otherLoad: Double
  /// The exit code, or nil when a signal ended the child.
  var exitCode: Int32?
  var standardOutput: String
  var standardError: String

  /// Why a child could not be started.
  enum SpawnError: Error, CustomStringConvertible {
    case cannotSpawn(command: String, errno: Int32)
    case cannotCreateCapture(path: String, errno: Int32)

    var description: String {
      switch self {
      case .cannotSpawn(let command, let code):
        "cannot start \(command): \(String(cString: strerror(code)))"
      case .cannotCreateCapture(let path, let code):
        "cannot create \(path) for a child's output: \(String(cString: strerror(code)))"
      }
    }
  }

  /// Runs `command` (searched for in PATH when it has no slash), pinned to `cores` with
  /// `taskset` when given, standard input from /dev/null. Standard output and error are
  /// captured unless `passOutputThrough`, when the child writes to the bench's own.
  static func run(_ command: [String], cores: [Int]? = nil, passOutputThrough: Bool = false) throws(SpawnError)
    -> ChildRun
  {
    // What this process printed so far must come out before anything the child prints.
    fflush(nil)
    let full = cores.map { ["taskset", "-c", $0.map(String.init).joined(separator: ",")] + command } ?? command
    let captureFolder = FileManager.default.temporaryDirectory.path
    // Named per run, not per process: runs from several threads must not share a file.
    let name = "\(captureFolder)/tillit-bench-\(getpid())-\(UUID().uuidString)"
    let outputPath = name + "-stdout"
    let errorPath = name + "-stderr"
    defer {
      unlink(outputPath)
      unlink(errorPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if !passOutputThrough {
      for (descriptor, path) in [(Int32(1), outputPath), (2, errorPath)] {
        let created = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard created >= 0 else { throw .cannotCreateCapture(path: path, errno: errno) }
        close(created)
        posix_spawn_file_actions_addopen(&actions, descriptor, path, O_WRONLY | O_TRUNC, 0)
      }
    }
    let arguments = full.map { strdup($0) } + [nil]
    defer { arguments.forEach { free($0) } }
    var pid: pid_t = 0
    let watched = cores ?? Machine.usableCores()
    let busyBefore = Machine.busySeconds(of: watched)
    let start = DispatchTime.now().uptimeNanoseconds
    let spawned = posix_spawnp(&pid, full[0], &actions, nil, arguments, environ)
    guard spawned == 0 else { throw .cannotSpawn(command: full[0], errno: spawned) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let busy = Machine.busySeconds(of: watched) - busyBefore
    let cpu = usage.ru_utime.seconds + usage.ru_stime.seconds
    // A normal exit leaves the signal bits (the low 7) zero and the code in the next byte.
    let exitCode = status & 0x7f == 0 ? (status >> 8) & 0xff : nil
    return ChildRun(
      command: full, wallSeconds: wall, cpuSeconds: cpu, peakResidentBytes: usage.ru_maxrss * 1024,
      otherLoad: wall > 0 ? max(0, busy - cpu) / wall : 0, exitCode: exitCode,
      standardOutput: passOutputThrough ? "" : (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      standardError: passOutputThrough ? "" : (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
  }

  /// The command as one shell line.
  var commandLine: String { command.joined(separator: " ") }
}

extension timeval {
  fileprivate var seconds: Double { Double(tv_sec) + Double(tv_usec) / 1e6 }
}
