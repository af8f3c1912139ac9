import CEL
import CFuzzDriver
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// Feeds arbitrary bytes to the YAML reader: whatever they are, it must return documents or
/// located errors, never crash, hang or exhaust memory.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let result = YAMLReader().read(bytes: bytes, file: "fuzz.yaml")
  // Touch every location so that a wrong line table (an index past the end) is found too.
  for error in result.errors { _ = error.diagnostic }
  for document in result.documents { _ = document.location(document.root.start) }
  return 0
}

// SwiftPM names this file's code as the entry point; libFuzzer's own `main` (linked in by
// `-sanitize=fuzzer`) would do the same as this.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzYAML($0, $1) })
