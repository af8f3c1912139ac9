import Foundation
import Testing

/// `tillit schema` prints a JSON Schema that accepts every example document and catches a typo,
/// checked with Python's jsonschema (the validator editors' language servers agree with).
@Suite struct SchemaCommandTests {
  /// Whether Python with jsonschema and PyYAML can run the schema checks. Locally a missing
  /// one skips them with a printed reason; under `CI` (whose `.ci/run` installs both) it is a
  /// failure, since a skipped check is not a passed one.
  static var pythonWithJSONSchema: Bool {
    let run = try? runPython(["-c", "import jsonschema, yaml"])
    if run?.exitCode == 0 { return true }
    if ProcessInfo.processInfo.environment["CI"] != nil {
      Issue.record("python3 with jsonschema and PyYAML is needed under CI (.ci/run installs them)")
    }
    return false
  }

  static func runPython(_ arguments: [String]) throws -> TillitBinary.Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    process.currentDirectoryURL = TillitBinary.packageRoot
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return TillitBinary.Run(
      exitCode: process.terminationStatus, standardOutput: String(decoding: data, as: UTF8.self), standardError: "")
  }

  func writeSchema() throws -> (folder: URL, schema: URL) {
    let run = try TillitBinary.run(["schema"])
    #expect(run.exitCode == 0)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let schema = folder.appendingPathComponent("tillit.schema.json")
    try run.standardOutput.write(to: schema, atomically: true, encoding: .utf8)
    return (folder, schema)
  }

  @Test func theSchemaIsDraft2020JSONWithEveryKind() throws {
    let run = try TillitBinary.run(["schema"])
    let json = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
    #expect(json?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    let definitions = json?["$defs"] as? [String: Any] ?? [:]
    for kind in ["Organization", "FollowUp", "DataCollection", "Waiver", "Indicator", "Recipient"] {
      #expect(definitions[kind] != nil, "\(kind) missing from $defs")
    }
  }

  @Test func everyExampleDocumentIsValidAgainstTheSchema() throws {
    guard Self.pythonWithJSONSchema else {
      print("skipped: python3 with jsonschema and PyYAML is not available")
      return
    }
    let (folder, schema) = try writeSchema()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try Self.runPython(["scripts/validate-against-schema.py", schema.path, "examples/exempelby"])
    #expect(run.exitCode == 0, "\(run.standardOutput)")
    #expect(run.standardOutput.contains("34 documents checked, 0 invalid"))
  }

  @Test func theSchemaCatchesAMisspeltKey() throws {
    guard Self.pythonWithJSONSchema else {
      print("skipped: python3 with jsonschema and PyYAML is not available")
      return
    }
    let (folder, schema) = try writeSchema()
    defer { try? FileManager.default.removeItem(at: folder) }
    let document = folder.appendingPathComponent("typo.yaml")
    try "apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: X\npurpose: {statment: Lärande}\n".write(
      to: document, atomically: true, encoding: .utf8)
    let run = try Self.runPython(["scripts/validate-against-schema.py", schema.path, document.path])
    #expect(run.exitCode == 1)
    #expect(run.standardOutput.contains("1 documents checked, 1 invalid"))
  }
}
