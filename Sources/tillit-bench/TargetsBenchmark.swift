import Foundation
import TillitEngine
import TillitModel

/// Every figure of issue #15 item 3 in one run, each target beside its figure.
///
/// The real `tillit` binary runs as a child process (`ChildRun`), on one core and on two
/// (`taskset`), with every built-in pack and the JSON report written to a file; a bare libyaml
/// parse of the same files runs in this process in the same run, so the ratios compare like
/// with like on whatever machine this is. Each figure is the best of `runs` runs (the least
/// disturbed); peak memory is the largest seen. The in-process phase breakdown follows, to say
/// where the time goes.
struct TargetsBenchmark {
  var tillit: String
  var corpus: String
  /// Workspaces of growing size for the linearity table.
  var scales: [String] = []
  var runs = 3
  /// Where the child writes its JSON report; removed after each run.
  var output = ".build-bench/targets-report.json"
  var today = "2026-11-29"

  /// Cores other processes may keep busy during a best run before the figures are called
  /// disturbed: a quiet machine shows a few hundredths.
  static let quietLoad = 0.1

  /// A figure the bench could not take: printed, and the bench exits 2.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static let usage = """
    usage: tillit-bench targets --tillit BINARY --corpus WORKSPACE [--scale WORKSPACE]... [--runs N]
                                [--output FILE.json] [--today YYYY-MM-DD]
    """

  init(arguments: [String]) throws(Failure) {
    var remaining = arguments[...]
    var tillit: String?
    var corpus: String?
    while let option = remaining.popFirst() {
      guard let value = remaining.popFirst() else { throw Failure(description: "\(option) needs a value") }
      switch option {
      case "--tillit": tillit = value
      case "--corpus": corpus = value
      case "--scale": scales.append(value)
      case "--output": output = value
      case "--today": today = value
      case "--runs":
        guard let count = Int(value), count >= 1 else { throw Failure(description: "--runs needs a number ≥ 1") }
        runs = count
      default: throw Failure(description: "unknown option \(option)")
      }
    }
    guard let tillit, let corpus else { throw Failure(description: "--tillit and --corpus are required") }
    self.tillit = tillit
    self.corpus = corpus
  }

  // MARK: - Measurements

  /// The YAML files tillit reads for `path`, found the way tillit finds them.
  func files(of path: String) throws(Failure) -> [String] {
    let (files, errors) = SourceFileFinder.find([path])
    guard errors.isEmpty, !files.isEmpty else {
      throw Failure(description: "\(path): no readable workspace (\(errors.count) errors finding files)")
    }
    return files.map(\.path)
  }

  func checkCommand(_ path: String) -> [String] {
    [tillit, "check", path, "--today", today, "--fail-on", "never", "--lang", "en", "--format", "json=\(output)"]
  }

  func validateCommand(_ path: String) -> [String] {
    [tillit, "validate", path, "--lang", "en"]
  }

  /// Runs `command` and insists it succeeded: a figure of a failed run would mislead. Notes
  /// the size of the report it wrote, then removes the report (hundreds of megabytes).
  func measure(_ command: [String], cores: [Int], into series: inout Series) throws {
    unlink(output)
    defer { unlink(output) }
    let run = try ChildRun.run(command, cores: cores)
    series.reportBytes = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
    guard run.exitCode == 0 else {
      throw Failure(
        description: """
          \(run.commandLine) ended with \(run.exitCode.map { "exit code \($0)" } ?? "a signal"):
          \(run.standardError.split(separator: "\n").prefix(5).joined(separator: "\n"))
          """)
    }
    series.runs.append(run)
  }

  /// The document count in `tillit validate`'s English summary (`OK: 20401 documents in …`).
  static func validatedDocuments(_ summary: String) -> Int? {
    guard let range = summary.range(of: "OK: ") else { return nil }
    return Int(summary[range.upperBound...].prefix { $0.isNumber })
  }

  /// Best (least wall time) and largest peak memory of a series of runs.
  struct Series {
    var runs: [ChildRun] = []
    /// Bytes of the report the last run wrote (0 for commands that write none).
    var reportBytes = 0
    var best: ChildRun { runs.min { $0.wallSeconds < $1.wallSeconds }! }
    /// The least CPU time of any run: what the work costs, whatever else the machine did.
    var leastCPUSeconds: Double { runs.map(\.cpuSeconds).min()! }
    var peakResidentBytes: Int { runs.map(\.peakResidentBytes).max()! }
  }

  func run() throws {
    let cores = Machine.usableCores()
    let one = [cores[0]]
    let two = cores.count >= 2 ? Array(cores.prefix(2)) : nil
    // A second of doing nothing first: what the machine does without us.
    let quietStart = Machine.busySeconds(of: cores)
    usleep(1_000_000)
    let busyBeforeStart = Machine.busySeconds(of: cores) - quietStart
    let busyStart = Machine.busySeconds(of: cores)
    let clockStart = DispatchTime.now().uptimeNanoseconds
    let version = (try? ChildRun.run([tillit, "--version"]).standardOutput)?
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let configuration = Configuration.inEffect(given: nil, searchingFrom: [corpus]).0?.file

    print("tillit performance targets (issue #15 item 3): figures, not pass/fail")
    print(
      "  machine: \(cores.count) usable core\(cores.count == 1 ? "" : "s") (\(cores.map(String.init).joined(separator: ","))), \(Figure.fixed(busyBeforeStart, 2)) cores busy with other work in the second before the start"
    )
    print("  tillit:  \(tillit) (\(version ?? "version unknown")), best of \(runs) run\(runs == 1 ? "" : "s")")
    print(
      "  packs:   "
        + (configuration.map { "those of \($0), which is in effect for the corpus (not every built-in pack!)" }
          ?? "every built-in pack (\(PolicyPackLoader.builtInNames.joined(separator: ", "))): no tillit.yaml in effect")
    )

    let paths = try files(of: corpus)
    _ = BareParse.run(paths)  // the page cache now holds every file, for every run below
    let bare = BareParse.best(of: runs, paths)
    let documents = Double(bare.documents)
    print(
      "  corpus:  \(corpus): \(Figure.grouped(documents)) documents in \(Figure.grouped(Double(paths.count))) files, \(Figure.fixed(Double(bare.bytes) / 1e6, 1)) MB"
    )
    print("")
    print(
      "Bare libyaml event parse (in this process, 1 thread): \(Figure.fixed(bare.seconds, 2)) s, \(Figure.grouped(bare.documentsPerSecond)) documents/s, \(Figure.fixed(bare.megabytesPerSecond, 1)) MB/s, \(Figure.grouped(bare.documentsPerCPUSecond)) documents per CPU second (\(Figure.grouped(Double(bare.events))) events)"
    )
    print("")

    // Interleaved, so that a disturbance (someone else's build) spreads over every series
    // rather than spoiling one of them.
    var checkOne = Series()
    var checkTwo = Series()
    var validateOne = Series()
    var validateTwo = Series()
    for _ in 1...runs {
      try measure(checkCommand(corpus), cores: one, into: &checkOne)
      if let two { try measure(checkCommand(corpus), cores: two, into: &checkTwo) }
      try measure(validateCommand(corpus), cores: one, into: &validateOne)
      if let two { try measure(validateCommand(corpus), cores: two, into: &validateTwo) }
    }

    print("Child processes (wall time from spawn to exit; CPU time and peak RSS from wait4):")
    print(
      "  \("command".rightPadded(32)) cores  seconds  CPU s  documents/s   MB/s  docs/CPU s  peak RSS MB  RSS/input  other load"
    )
    func row(_ name: String, _ series: Series, cores: Int) {
      let best = series.best
      let peak = Double(series.peakResidentBytes)
      let columns = [
        name.rightPadded(32),
        String(cores).leftPadded(5),
        Figure.fixed(best.wallSeconds, 2).leftPadded(8),
        Figure.fixed(best.cpuSeconds, 2).leftPadded(6),
        Figure.grouped(documents / best.wallSeconds).leftPadded(12),
        Figure.fixed(Double(bare.bytes) / best.wallSeconds / 1e6, 1).leftPadded(6),
        Figure.grouped(documents / series.leastCPUSeconds).leftPadded(11),
        Figure.grouped(peak / 1e6).leftPadded(12),
        (Figure.fixed(peak / Double(bare.bytes), 2) + "×").leftPadded(10),
        Figure.fixed(best.otherLoad, 2).leftPadded(11),
      ]
      print("  " + columns.joined(separator: " "))
    }
    row("tillit check --format json=FILE", checkOne, cores: 1)
    if two != nil { row("tillit check --format json=FILE", checkTwo, cores: 2) }
    row("tillit validate", validateOne, cores: 1)
    if two != nil { row("tillit validate", validateTwo, cores: 2) }
    print("  e.g. \(checkOne.best.commandLine)")
    print(
      "  JSON report: \(Figure.fixed(Double(checkOne.reportBytes) / 1e6, 1)) MB.\n"
        + "  docs/CPU s: documents per CPU second of the least CPU run; others' load hardly moves it, and on 1 core it\n"
        + "  is the rate an undisturbed run reaches. Other load: cores other processes kept busy, on the cores the\n"
        + "  child could use, during the best run (0 = undisturbed)."
    )
    if let counted = Self.validatedDocuments(validateOne.best.standardOutput), counted != bare.documents {
      print("  note: tillit validate counts \(Figure.grouped(Double(counted))) documents, libyaml \(bare.documents)")
    }
    print("")

    let linearity = try measureLinearity(reusing: checkOne, of: bare, cores: one)
    printLinearity(linearity)

    print("In-process phase breakdown (tillit-bench check: what each stage costs):")
    let bench =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    for cores in [one] + (two.map { [$0] } ?? []) {
      _ = try ChildRun.run([bench, "check", corpus, output], cores: cores, passOutputThrough: true)
    }
    unlink(output)
    print("")

    let checkRate = documents / checkOne.best.wallSeconds
    let speedUp = two.map { _ in checkOne.best.wallSeconds / checkTwo.best.wallSeconds }
    let validateRatio = bare.seconds / validateOne.best.wallSeconds
    let validateRatioTwo = validateTwo.runs.isEmpty ? nil : bare.seconds / validateTwo.best.wallSeconds
    let peak = max(checkOne.peakResidentBytes, checkTwo.runs.isEmpty ? 0 : checkTwo.peakResidentBytes)
    let memoryRatio = Double(peak) / Double(bare.bytes)
    let timeGrowth = linearity.timeGrowth.max()
    let memoryGrowth = linearity.memoryGrowth.max()
    let targets = [
      Target(
        name: "check, 1 core", figure: "\(Figure.grouped(checkRate)) documents/s", bar: "≥ 5,000 documents/s",
        met: checkRate >= 5000),
      Target(
        name: "check / bare libyaml parse, 1 core",
        figure: Figure.fixed(bare.seconds / checkOne.best.wallSeconds, 2)
          + " (CPU time: \(Figure.fixed(bare.cpuSeconds / checkOne.leastCPUSeconds, 2)))",
        bar: "≥ 0.35", met: bare.seconds / checkOne.best.wallSeconds >= 0.35),
      Target(
        name: "check, 2 cores / 1 core", figure: speedUp.map { Figure.fixed($0, 2) + "×" } ?? "one core only",
        bar: "≥ 1.70×", met: speedUp.map { $0 >= 1.7 }),
      Target(
        name: "check peak memory / input bytes",
        figure: "\(Figure.fixed(memoryRatio, 2))× (\(Figure.grouped(Double(peak) / 1e6)) MB)",
        bar: "≤ 3× (\(Figure.grouped(3 * Double(bare.bytes) / 1e6)) MB)", met: memoryRatio <= 3),
      Target(
        name: "validate / bare libyaml parse, 1 core",
        figure: Figure.fixed(validateRatio, 2)
          + " (CPU time: \(Figure.fixed(bare.cpuSeconds / validateOne.leastCPUSeconds, 2))"
          + (validateRatioTwo.map { "; 2 cores: \(Figure.fixed($0, 2))" } ?? "") + ")",
        bar: "≥ 0.60",
        met: validateRatio >= 0.6),
      Target(
        name: "linear in documents: time", figure: timeGrowth.map { "worst step \(Figure.fixed($0, 2))" } ?? "–",
        bar: "≤ \(Figure.fixed(Linearity.allowance, 2))", met: linearity.isLinearInTime),
      Target(
        name: "linear in documents: peak memory",
        figure: memoryGrowth.map { "worst step \(Figure.fixed($0, 2))" } ?? "–",
        bar: "≤ \(Figure.fixed(Linearity.allowance, 2))", met: linearity.isLinearInMemory),
    ]
    let busy = Machine.busySeconds(of: cores) - busyStart
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - clockStart) / 1e9
    print("Targets (issue #15 item 3, \(Figure.grouped(documents)) documents, every built-in pack, JSON to a file):")
    for target in targets {
      print(
        "  \(target.name.rightPadded(38)) \(target.figure.leftPadded(36))   target \(target.bar.rightPadded(22)) \(target.verdict)"
      )
    }
    print(
      "  (bench took \(Figure.fixed(elapsed, 0)) s; the machine averaged \(Figure.fixed(busy / elapsed, 2)) busy cores of \(cores.count), this bench and its children included)"
    )
    let disturbance =
      [checkOne, checkTwo, validateOne, validateTwo].filter { !$0.runs.isEmpty }.map(\.best.otherLoad)
      .max() ?? 0
    if disturbance > Self.quietLoad {
      print(
        "  note: other processes kept up to \(Figure.fixed(disturbance, 2)) cores busy during the best runs: the speed figures are lower than this build can reach; measure again on a quiet machine"
      )
    }
  }

  /// Linearity rows, one per scale workspace, on one core; the main corpus's runs are reused.
  func measureLinearity(reusing main: Series, of mainParse: BareParse, cores: [Int]) throws -> Linearity {
    var rows: [Linearity.Row] = []
    let mainPath = URL(fileURLWithPath: corpus).standardizedFileURL.path
    for scale in scales {
      let series: Series
      let parse: BareParse
      if URL(fileURLWithPath: scale).standardizedFileURL.path == mainPath {
        (series, parse) = (main, mainParse)
      } else {
        parse = BareParse.run(try files(of: scale))  // counts, and warms the page cache
        var measured = Series()
        for _ in 1...runs { try measure(checkCommand(scale), cores: cores, into: &measured) }
        series = measured
      }
      rows.append(
        Linearity.Row(
          path: scale, documents: parse.documents, bytes: parse.bytes, seconds: series.best.wallSeconds,
          cpuSeconds: series.leastCPUSeconds,
          peakResidentBytes: series.peakResidentBytes, otherLoad: series.best.otherLoad))
    }
    return Linearity(rows)
  }

  func printLinearity(_ linearity: Linearity) {
    guard !linearity.rows.isEmpty else { return }
    print(
      "Linearity: tillit check on 1 core, JSON to a file. Growth: against the size above, over the growth in documents (1.00 = in proportion; CPU time, which other processes hardly move):"
    )
    print(
      "  documents   MB in  seconds  CPU s  documents/s  peak RSS MB  RSS/input  time growth  memory growth  other load"
    )
    let timeGrowth = [nil] + linearity.timeGrowth.map(Optional.some)
    let memoryGrowth = [nil] + linearity.memoryGrowth.map(Optional.some)
    for (index, row) in linearity.rows.enumerated() {
      let columns = [
        Figure.grouped(Double(row.documents)).leftPadded(11),
        Figure.fixed(Double(row.bytes) / 1e6, 1).leftPadded(7),
        Figure.fixed(row.seconds, 2).leftPadded(8),
        Figure.fixed(row.cpuSeconds, 2).leftPadded(6),
        Figure.grouped(row.documentsPerSecond).leftPadded(12),
        Figure.grouped(Double(row.peakResidentBytes) / 1e6).leftPadded(12),
        (Figure.fixed(row.memoryPerInputByte, 2) + "×").leftPadded(10),
        (timeGrowth[index].map { Figure.fixed($0, 2) } ?? "").leftPadded(12),
        (memoryGrowth[index].map { Figure.fixed($0, 2) } ?? "").leftPadded(14),
        Figure.fixed(row.otherLoad, 2).leftPadded(11),
      ]
      print(columns.joined(separator: " "))
    }
    print("")
  }
}
