import CEL
import Dispatch
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

// Benchmarks that print figures (never pass/fail): run with `scripts/bench`.
//
//   tillit-bench targets --tillit BINARY --corpus WORKSPACE [--scale WORKSPACE]... [--runs N]
//                                          every figure of issue #15 item 3 beside its target,
//                                          measuring the tillit binary as a child process
//   tillit-bench expressions [WORKSPACE]   evaluations per second of typical rule conditions
//   tillit-bench load WORKSPACE            documents per second loading a workspace, and the
//                                          rate of a bare libyaml event parse of the same files
//   tillit-bench check WORKSPACE [REPORT.json]
//                                          the same for `tillit check` with every built-in pack,
//                                          phase by phase, the JSON report written to a file

let arguments = Array(CommandLine.arguments.dropFirst())
/// The date the targets are measured with: the corpus's reviews are overdue by then, as they
/// are in the figures of issue #15.
let today = CalendarDate("2026-11-29")!

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func benchmarkExpressions(_ path: String) throws {
  let loaded = WorkspaceLoader().load(paths: [path])
  let followUps = loaded.workspace.documents.filter { $0.kind == .followUp }.map(DocumentValue.make)
  let collections = loaded.workspace.documents.filter { $0.kind == .dataCollection }.map(DocumentValue.make)
  let conditions: [(name: String, source: String, documents: [Value])] = [
    ("simple field comparison", "doc.owner.function == 'hr'", followUps),
    ("blank test", "blank(doc.purpose.statement)", followUps),
    ("list membership", "'control' in doc.purpose.types && !('learning' in doc.purpose.types)", followUps),
    ("review overdue (dates)", "!blank(doc.review.last) && doc.review.last + doc.review.every < today()", followUps),
    ("exists over indicators", "doc.indicators.exists(i, i.perspective in ['citizen', 'user'])", followUps),
    ("all over purposes", "doc.purposes.all(p, p.legal_basis != 'legitimate_interests')", collections),
    (
      "nested exists (fields × bases)",
      "doc.fields.exists(f, f.category.startsWith('special.') && !doc.special_category_basis.exists(b, f.category.endsWith(b.categories[0])))",
      collections
    ),
  ]
  print(
    "Expression evaluation, one core, release build (\(followUps.count) follow-ups, \(collections.count) collections)")
  for condition in conditions {
    let program = try CompiledExpression(condition.source, variables: ["doc"], functions: TillitFunctions.library)
    let iterations = max(200_000, 20 * condition.documents.count)
    var checksum = 0
    let elapsed = try seconds {
      for i in 0..<iterations {
        if case .bool(true) = try program.evaluate(
          values: [condition.documents[i % condition.documents.count]], today: today)
        {
          checksum += 1
        }
      }
    }
    print(
      "  \(condition.name.padding(toLength: 32, withPad: " ", startingAt: 0)) \(Figure.grouped(Double(iterations) / elapsed).leftPadded(12)) evaluations/s   (\(condition.source.prefix(60)))"
    )
    _ = checksum
  }
}

func benchmarkLoad(_ path: String) {
  let (files, _) = SourceFileFinder.find([path])
  // Warm the page cache first, so neither measurement pays for the disk.
  _ = BareParse.run(files.map(\.path))
  let bare = BareParse.run(files.map(\.path))
  var documents = 0
  let load = seconds {
    let result = WorkspaceLoader().load(paths: [path])
    documents = result.workspace.documents.count
    withExtendedLifetime(result) {}
  }
  let cores = Machine.usableCores().count
  print(
    "Workspace load: \(Figure.grouped(Double(documents))) documents, \(Figure.grouped(Double(files.count))) files, \(Figure.grouped(Double(bare.bytes) / 1e6)) MB"
  )
  print(
    "  bare libyaml event parse (1 core): \(Figure.grouped(Double(documents) / bare.seconds).leftPadded(8)) documents/s  \(Figure.fixed(bare.megabytesPerSecond, 1)) MB/s  \(Figure.grouped(Double(bare.events))) events"
  )
  print(
    "  tillit load (\(cores) core\(cores == 1 ? "" : "s")):           \(Figure.grouped(Double(documents) / load).leftPadded(8)) documents/s  \(Figure.fixed(Double(bare.bytes) / load / 1e6, 1)) MB/s"
  )
  print("  ratio tillit / bare libyaml:       \(Figure.fixed(bare.seconds / load, 2))")
}

/// `tillit check` with every built-in pack, phase by phase, beside a bare libyaml parse: the
/// stages the CLI runs, timed one by one in this process. The report is the JSON one, streamed
/// to `reportPath` as `--format json=FILE` does.
func benchmarkCheck(_ path: String, reportPath: String) {
  let (files, _) = SourceFileFinder.find([path])
  _ = BareParse.run(files.map(\.path))  // warms the page cache
  let bare = BareParse.run(files.map(\.path))
  var packs: [PolicyPack] = []
  let packTime = seconds {
    packs = PolicyPackLoader.builtInNames.compactMap { PolicyPackLoader().load($0).pack }
  }
  var loaded: WorkspaceLoader.Result?
  let loadTime = seconds { loaded = WorkspaceLoader().load(paths: [path]) }
  let workspace = loaded!.workspace
  var findings: [Finding] = []
  let checkTime = seconds {
    findings = Engine(packs: packs, today: today).check(workspace)
  }
  let report = CheckReport(
    findings: findings, documentCount: workspace.documents.count, fileCount: workspace.files.count,
    today: today, failOn: .never, language: .en, packs: packs,
    documents: workspace.documents.map { ($0.kind, $0.id, $0.location.file) })
  var written = true
  let reportTime = seconds {
    do {
      try OutputFile.write(to: reportPath) { stream in
        var stream = stream
        ReportFormat.json.write(report, color: false, to: &stream)
      }
    } catch {
      written = false
    }
  }
  let reportBytes = (try? FileManager.default.attributesOfItem(atPath: reportPath)[.size] as? Int) ?? 0
  unlink(reportPath)
  let documents = Double(workspace.documents.count)
  let total = packTime + loadTime + checkTime + reportTime
  let cores = Machine.usableCores().count
  print(
    "tillit check, every built-in pack (\(packs.flatMap(\.rules).count) rules), \(cores) core\(cores == 1 ? "" : "s"): \(Figure.grouped(documents)) documents, \(Figure.grouped(Double(bare.bytes) / 1e6)) MB"
  )
  print(
    "  load packs \(Figure.fixed(packTime, 2)) s, load workspace \(Figure.fixed(loadTime, 2)) s, rules \(Figure.fixed(checkTime, 2)) s, JSON report \(Figure.fixed(reportTime, 2)) s (\(Figure.grouped(Double(findings.count))) findings, \(written ? Figure.grouped(Double(reportBytes) / 1e6) + " MB" : "not written to \(reportPath)"))"
  )
  print("  tillit check:              \(Figure.grouped(documents / total).leftPadded(8)) documents/s")
  print("  bare libyaml parse (1 core): \(Figure.grouped(documents / bare.seconds).leftPadded(6)) documents/s")
  print("  ratio tillit / bare libyaml: \(Figure.fixed(bare.seconds / total, 2))")
  withExtendedLifetime(loaded) {}
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data((message + "\n").utf8))
  exit(2)
}

switch arguments.first {
case "targets":
  do {
    try TargetsBenchmark(arguments: Array(arguments.dropFirst())).run()
  } catch let failure as TargetsBenchmark.Failure {
    fail("tillit-bench targets: \(failure)\n\(TargetsBenchmark.usage)")
  } catch {
    fail("tillit-bench targets: \(error)")
  }
case "expressions":
  try benchmarkExpressions(arguments.dropFirst().first ?? "examples/exempelby")
case "check":
  guard let path = arguments.dropFirst().first else { fail("usage: tillit-bench check WORKSPACE [REPORT.json]") }
  benchmarkCheck(
    path,
    reportPath: arguments.dropFirst(2).first ?? FileManager.default.temporaryDirectory.path
      + "/tillit-bench-\(getpid())-report.json")
case "load":
  guard let path = arguments.dropFirst().first else { fail("usage: tillit-bench load WORKSPACE") }
  benchmarkLoad(path)
default:
  fail(
    "usage: tillit-bench targets --tillit BINARY --corpus WORKSPACE [--scale WORKSPACE]... | expressions [WORKSPACE] | load WORKSPACE | check WORKSPACE [REPORT.json]"
  )
}
