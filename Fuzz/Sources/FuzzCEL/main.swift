import CFuzzDriver
import Foundation

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// A fixed follow-up from the example workspace, evaluated against as `doc`: it has fields of
/// each kind (text, numbers, dates, lists of objects), so the fuzzer's expressions can reach
/// every operator. Found beside this file, so the binary runs from any folder.
private let fixedDocument = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("examples/exempelby/followups/elevhalsa-lagesbild.yaml").path

/// `doc`, `org` and friends as the engine binds them, built once.
private let bindings: [String: Value] = {
  let read = YAMLReader().read(path: fixedDocument, displayPath: fixedDocument)
  var values: [String: Value] = ["index": .int(1), "thresholds": .map(MapValue()), "facts": .map(MapValue())]
  if let yaml = read.documents.first, case let (document?, _) = DocumentDecoder.decode(yaml) {
    values["doc"] = DocumentValue.make(document)
    values["item"] = DocumentValue.make(document)
  }
  return values
}()

private let today = CalendarDate(year: 2026, month: 1, day: 15)!

/// The bytes as an expression: parsed, checked and compiled with the variables rules see
/// (`doc`, `org`, `thresholds`, `item`, `index`, `ws`, `facts`), then evaluated. Any input must
/// give a value or a typed error, never a crash, hang or runaway memory.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCEL(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { UnsafeBufferPointer(start: $0, count: size) } ?? UnsafeBufferPointer(start: nil, count: 0)
  let source = String(decoding: bytes, as: UTF8.self)
  guard
    let compiled = try? CompiledExpression(source, variables: RuleScope.variables, functions: TillitFunctions.library)
  else { return 0 }
  if let value = try? compiled.evaluate(bindings, today: today) { _ = value.jsonText }
  return 0
}

// SwiftPM names this file's code as the entry point; libFuzzer's own `main` (linked in by
// `-sanitize=fuzzer`) would do the same as this.
// A document that no longer decodes would leave `doc` null and the fuzzer blind to most of
// the evaluator; say so at once instead.
guard bindings["doc"] != nil else { fatalError("FuzzCEL: the fixed document no longer decodes") }
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzCEL($0, $1) })
