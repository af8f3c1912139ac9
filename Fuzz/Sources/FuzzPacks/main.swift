import CFuzzDriver
import Foundation

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The bytes as a policy pack file: read, shape-checked and every `when`, `assert`, computed
/// variable and message template compiled, as `PolicyPackLoader.load` does for a file. The
/// origin lies in a folder that does not exist, so relative `extends` cannot reach real files.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzPacks(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { UnsafeBufferPointer(start: $0, count: size) } ?? UnsafeBufferPointer(start: nil, count: 0)
  let result = PolicyPackLoader().load(bytes: Array(bytes), origin: "/nonexistent-tillit-fuzz/pack.yaml")
  _ = result.diagnostics.count
  return 0
}

// SwiftPM names this file's code as the entry point; libFuzzer's own `main` (linked in by
// `-sanitize=fuzzer`) would do the same as this.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzPacks($0, $1) })
