import Foundation

// Turns a message catalogue (`texts/<Target>.yaml`) into an internal `enum Texts` of the target:
//   generate-texts CATALOGUE.yaml OUTPUT.swift TYPE [IMPORT...]
// TYPE is the two-language text type to build (`LocalizedText`, or `CELMessage` in CEL, which
// knows nothing of tillit). docs/messages.md describes the format; this tool reads the restricted
// YAML it allows (a key at column 0, then `sv:` and `en:` as double-quoted lines or `|-` blocks)
// and refuses anything else at its line, so that a catalogue mistake stops the build with a place.

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 3 else {
  FileHandle.standardError.write(Data("usage: generate-texts CATALOGUE.yaml OUTPUT.swift TYPE [IMPORT...]\n".utf8))
  exit(2)
}
let catalogueFile = arguments[0]
let outputFile = arguments[1]
let textType = arguments[2]
let imports = Array(arguments.dropFirst(3))

do {
  let text = try String(contentsOfFile: catalogueFile, encoding: .utf8)
  let entries = try CatalogueParser(text: text).entries()
  let source = try SwiftTextsWriter(
    entries: entries, textType: textType, imports: imports, catalogueName: catalogueFile
  ).source()
  try source.write(toFile: outputFile, atomically: true, encoding: .utf8)
} catch let error as CatalogueError {
  // The compiler's own diagnostic form, so that editors and CI point at the catalogue line.
  FileHandle.standardError.write(Data("\(catalogueFile):\(error.line):1: error: \(error.message)\n".utf8))
  exit(1)
} catch {
  FileHandle.standardError.write(Data("generate-texts: \(catalogueFile): \(error)\n".utf8))
  exit(1)
}
