import Foundation
import Testing

/// `tillit schema --for document|config|pack`: each schema is valid JSON Schema (draft
/// 2020-12), describes every property for editor hover, and accepts what tillit accepts — the
/// example workspace, the built-in packs, a `tillit.yaml` — while catching a misspelt key.
@Suite struct SchemaTargetsTests {
  static func schema(_ target: String, language: String = "en", into folder: URL) throws -> URL {
    let run = try TillitBinary.run(["schema", "--for", target, "--lang", language])
    #expect(run.exitCode == 0, "\(run.standardError)")
    let file = folder.appendingPathComponent("\(target)-\(language).schema.json")
    try run.standardOutput.write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-schemas-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Checks a schema against the draft 2020-12 metaschema and that every property under
  /// `properties` has a non-empty title and description (outside the `if` conditions that
  /// pick a document kind's shape).
  static let checkSchema = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    bare = []
    def walk(node, where):
        if isinstance(node, dict):
            for key, value in (node.get("properties") or {}).items():
                if not value.get("title") or not value.get("description"):
                    bare.append(where + "/" + key)
            for key, value in node.items():
                if key != "if":  # a condition selecting a kind, not something an editor shows
                    walk(value, where + "/" + key)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, where + "/" + str(index))
    walk(schema, "")
    print("undescribed:", bare[:10])
    sys.exit(1 if bare else 0)
    """

  @Test(arguments: ["document", "config", "pack"])
  func eachSchemaIsValidDraft2020AndDescribesEveryProperty(target: String) throws {
    guard SchemaCommandTests.pythonWithJSONSchema else {
      print("skipped: python3 with jsonschema and PyYAML is not available")
      return
    }
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for language in ["sv", "en"] {
      let schema = try Self.schema(target, language: language, into: folder)
      let run = try SchemaCommandTests.runPython(["-c", Self.checkSchema, schema.path])
      #expect(run.exitCode == 0, "\(target) (\(language)): \(run.standardOutput)")
    }
  }

  @Test func theBuiltInPacksAndTheReadmePackAreValidAgainstThePackSchema() throws {
    guard SchemaCommandTests.pythonWithJSONSchema else {
      print("skipped: python3 with jsonschema and PyYAML is not available")
      return
    }
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let schema = try Self.schema("pack", into: folder)
    let packs = folder.appendingPathComponent("packs")
    try FileManager.default.createDirectory(at: packs, withIntermediateDirectories: true)
    let root = TillitBinary.packageRoot
    for path in [
      "policies/trust.yaml", "policies/burden.yaml", "policies/gdpr.yaml", "policies/se.yaml", "policies/dpia.yaml",
      "Tests/Fixtures/packs/extending-pack.yaml",
    ] {
      let source = root.appendingPathComponent(path)
      try FileManager.default.copyItem(at: source, to: packs.appendingPathComponent(source.lastPathComponent))
    }
    let run = try SchemaCommandTests.runPython(["scripts/validate-against-schema.py", schema.path, packs.path])
    #expect(run.exitCode == 0, "\(run.standardOutput)")
    #expect(run.standardOutput.contains("6 documents checked, 0 invalid"))
  }

  @Test func theSchemaOfAPackCatchesAMisspeltRuleKey() throws {
    guard SchemaCommandTests.pythonWithJSONSchema else {
      print("skipped: python3 with jsonschema and PyYAML is not available")
      return
    }
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let schema = try Self.schema("pack", into: folder)
    let pack = folder.appendingPathComponent("pack.yaml")
    try """
    apiVersion: tillit/v1
    kind: PolicyPack
    id: egna
    title: Egna
    rules:
      - {id: E-1, title: T, message: M, severity: warning, applies_to: FollowUp, asert: "true"}
    """.write(to: pack, atomically: true, encoding: .utf8)
    let run = try SchemaCommandTests.runPython(["scripts/validate-against-schema.py", schema.path, pack.path])
    #expect(run.exitCode == 1)
    #expect(run.standardOutput.contains("1 documents checked, 1 invalid"))
  }

  /// The validation script skips files called tillit.yaml (they are not documents), so the
  /// configuration is checked under another name.
  @Test func theSchemaOfTillitYamlAcceptsAConfigurationAndCatchesAMisspeltKey() throws {
    guard SchemaCommandTests.pythonWithJSONSchema else {
      print("skipped: python3 with jsonschema and PyYAML is not available")
      return
    }
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let schema = try Self.schema("config", into: folder)
    let good = folder.appendingPathComponent("good-config.yaml")
    try """
    packs: [trust, gdpr, ./policies/egna-regler.yaml]
    disable: [TRUST-P05]
    severity: {TRUST-S01: warning}
    fail_on: error
    language: sv
    thresholds: {review_interval: P2Y, large_scale_subjects: 10000}
    """.write(to: good, atomically: true, encoding: .utf8)
    let accepted = try SchemaCommandTests.runPython(["scripts/validate-against-schema.py", schema.path, good.path])
    #expect(accepted.exitCode == 0, "\(accepted.standardOutput)")
    let bad = folder.appendingPathComponent("bad-config.yaml")
    try "fail_on: warning\ntresholds: {review_interval: P2Y}\n".write(to: bad, atomically: true, encoding: .utf8)
    let refused = try SchemaCommandTests.runPython(["scripts/validate-against-schema.py", schema.path, bad.path])
    #expect(refused.exitCode == 1)
  }

  /// `severity:` maps rule ids of the user's choosing to a severity: the values are checked
  /// even though the keys cannot be.
  @Test func theSchemaOfTillitYamlRefusesAnUnknownSeverity() throws {
    guard SchemaCommandTests.pythonWithJSONSchema else {
      print("skipped: python3 with jsonschema and PyYAML is not available")
      return
    }
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let schema = try Self.schema("config", into: folder)
    let config = folder.appendingPathComponent("config.yaml")
    try "severity: {TRUST-S01: warn}\n".write(to: config, atomically: true, encoding: .utf8)
    let run = try SchemaCommandTests.runPython(["scripts/validate-against-schema.py", schema.path, config.path])
    #expect(run.exitCode == 1)
    #expect(run.standardOutput.contains("severity"))
  }

  @Test func anUnknownTargetIsAUsageError() throws {
    let run = try TillitBinary.run(["schema", "--for", "packs", "--lang", "en"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.contains("document") && run.standardError.contains("config"))
  }
}
