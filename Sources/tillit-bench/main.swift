import CEL
import CLibYAML
import Dispatch
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

// Benchmarks that print figures (never pass/fail): run with `scripts/bench`.
//
//   tillit-bench expressions [WORKSPACE]   evaluations per second of typical rule conditions
//   tillit-bench load WORKSPACE            documents per second loading a workspace, and the
//                                          rate of a bare libyaml event parse of the same files
//   tillit-bench check WORKSPACE           the same for `tillit check` with every built-in pack,
//                                          phase by phase

let arguments = Array(CommandLine.arguments.dropFirst())
let today = CalendarDate("2026-11-29")!

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func format(_ value: Double) -> String {
  let formatter = NumberFormatter()
  formatter.numberStyle = .decimal
  formatter.maximumFractionDigits = 0
  formatter.groupingSeparator = ","
  return formatter.string(from: NSNumber(value: value)) ?? String(value)
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
      "  \(condition.name.padding(toLength: 32, withPad: " ", startingAt: 0)) \(format(Double(iterations) / elapsed).leftPadded(12)) evaluations/s   (\(condition.source.prefix(60)))"
    )
    _ = checksum
  }
}

/// The cores this process may run on (`taskset` narrows them), from /proc on Linux.
func usableCores() -> Int {
  if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") })
  {
    var count = 0
    for part in line.dropFirst("Cpus_allowed_list:".count).trimmingCharacters(in: .whitespaces).split(separator: ",") {
      let bounds = part.split(separator: "-").compactMap { Int($0) }
      count += bounds.count == 2 ? bounds[1] - bounds[0] + 1 : 1
    }
    if count > 0 { return count }
  }
  return ProcessInfo.processInfo.activeProcessorCount
}

/// Reads each file and pulls every libyaml event, nothing else: the floor tillit is
/// measured against, in the same run. Returns seconds, bytes read and events pulled.
func bareLibYAMLParse(_ paths: [String]) -> (seconds: Double, bytes: Int, events: Int) {
  var events = 0
  var bytes = 0
  let elapsed = seconds {
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      bytes += data.count
      data.withUnsafeBytes { raw in
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, raw.bindMemory(to: UInt8.self).baseAddress, raw.count)
        var event = yaml_event_t()
        while yaml_parser_parse(parser, &event) == 1 {
          events += 1
          let done = event.type == YAML_STREAM_END_EVENT
          yaml_event_delete(&event)
          if done { break }
        }
        yaml_parser_delete(parser)
      }
    }
  }
  return (elapsed, bytes, events)
}

func benchmarkLoad(_ path: String) {
  let (files, _) = SourceFileFinder.find([path])
  // Warm the page cache first, so neither measurement pays for the disk.
  for file in files { _ = FileManager.default.contents(atPath: file.path) }
  let (bare, bytes, events) = bareLibYAMLParse(files.map(\.path))
  var documents = 0
  let load = seconds {
    let result = WorkspaceLoader().load(paths: [path])
    documents = result.workspace.documents.count
    withExtendedLifetime(result) {}
  }
  let cores = usableCores()
  print(
    "Workspace load: \(format(Double(documents))) documents, \(format(Double(files.count))) files, \(format(Double(bytes) / 1e6)) MB"
  )
  print(
    "  bare libyaml event parse (1 core): \(format(Double(documents) / bare).leftPadded(8)) documents/s  \(String(format: "%.1f", Double(bytes) / bare / 1e6)) MB/s  \(format(Double(events))) events"
  )
  print(
    "  tillit load (\(cores) core\(cores == 1 ? "" : "s")):           \(format(Double(documents) / load).leftPadded(8)) documents/s  \(String(format: "%.1f", Double(bytes) / load / 1e6)) MB/s"
  )
  print("  ratio tillit / bare libyaml:       \(String(format: "%.2f", bare / load))")
}

/// `tillit check` with every built-in pack, phase by phase, beside a bare libyaml parse.
func benchmarkCheck(_ path: String) {
  let (files, _) = SourceFileFinder.find([path])
  for file in files { _ = FileManager.default.contents(atPath: file.path) }
  let (bare, bytes, _) = bareLibYAMLParse(files.map(\.path))
  var packs: [PolicyPack] = []
  let packTime = seconds {
    packs = PolicyPackLoader.builtInNames.compactMap { PolicyPackLoader().load($0).pack }
  }
  var loaded: WorkspaceLoader.Result?
  let loadTime = seconds { loaded = WorkspaceLoader().load(paths: [path]) }
  let workspace = loaded!.workspace
  var findings: [Finding] = []
  let checkTime = seconds {
    findings = Engine(packs: packs, today: CalendarDate("2025-11-15")!).check(workspace)
  }
  var text = ""
  let report = CheckReport(
    findings: findings, documentCount: workspace.documents.count, fileCount: workspace.files.count,
    today: CalendarDate("2025-11-15")!, failOn: .error, language: .en, packs: packs)
  let reportTime = seconds { text = ReportFormat.text.render(report, color: false) }
  let documents = Double(workspace.documents.count)
  let total = packTime + loadTime + checkTime + reportTime
  let cores = usableCores()
  print(
    "tillit check, every built-in pack (\(packs.flatMap(\.rules).count) rules), \(cores) core\(cores == 1 ? "" : "s"): \(format(documents)) documents, \(format(Double(bytes) / 1e6)) MB"
  )
  print(
    "  load packs \(String(format: "%.2f", packTime)) s, load workspace \(String(format: "%.2f", loadTime)) s, rules \(String(format: "%.2f", checkTime)) s, text report \(String(format: "%.2f", reportTime)) s (\(format(Double(findings.count))) findings, \(format(Double(text.utf8.count) / 1e6)) MB)"
  )
  print("  tillit check:              \(format(documents / total).leftPadded(8)) documents/s")
  print("  bare libyaml parse (1 core): \(format(documents / bare).leftPadded(6)) documents/s")
  print("  ratio tillit / bare libyaml: \(String(format: "%.2f", bare / total))")
  withExtendedLifetime(loaded) {}
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}

switch arguments.first {
case "expressions":
  try benchmarkExpressions(arguments.dropFirst().first ?? "examples/exempelby")
case "check":
  guard let path = arguments.dropFirst().first else {
    FileHandle.standardError.write(Data("usage: tillit-bench check WORKSPACE\n".utf8))
    exit(2)
  }
  benchmarkCheck(path)
case "load":
  guard let path = arguments.dropFirst().first else {
    FileHandle.standardError.write(Data("usage: tillit-bench load WORKSPACE\n".utf8))
    exit(2)
  }
  benchmarkLoad(path)
default:
  FileHandle.standardError.write(Data("usage: tillit-bench expressions [WORKSPACE] | load WORKSPACE\n".utf8))
  exit(2)
}
