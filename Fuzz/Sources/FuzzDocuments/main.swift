import CEL
import CFuzzDriver
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// Treats the bytes as one workspace file, as `WorkspaceLoader` does for each file it reads:
/// YAML documents, shape validation and decoding, then the typed model and the expression value
/// rules see. Bad documents must give located errors, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzDocuments(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let read = YAMLReader().read(bytes: bytes, file: "fuzz.yaml")
  for yaml in read.documents {
    let (document, errors) = DocumentDecoder.decode(yaml)
    for error in errors { _ = error.diagnostic }
    guard let document else { continue }
    _ = document.content
    _ = document.location
    _ = DocumentValue.make(document).jsonText
  }
  return 0
}

// SwiftPM names this file's code as the entry point; libFuzzer's own `main` (linked in by
// `-sanitize=fuzzer`) would do the same as this.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzDocuments($0, $1) })
