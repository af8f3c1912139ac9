import Foundation
import Testing

/// `docs/rules.md` and `docs/regler.md` are generated from the built-in packs; these tests
/// fail when a pack changes and the reference was not regenerated, so the documentation can
/// never promise a rule that `tillit check` does not enforce (or hide one it does).
@Suite struct RulesReferenceTests {
  static let documents: [(language: String, file: String)] = [("en", "docs/rules.md"), ("sv", "docs/regler.md")]

  @Test(arguments: documents)
  func theCommittedRuleReferenceMatchesTheBuiltInPacks(language: String, file: String) throws {
    // Outside the package, so that no tillit.yaml narrows or widens the packs in effect.
    let elsewhere = FileManager.default.temporaryDirectory
    let run = try TillitBinary.run(
      ["rules", "--format", "markdown", "--lang", language], currentDirectory: elsewhere)
    #expect(run.exitCode == 0, "\(run.standardError)")
    let committed = try String(
      contentsOf: TillitBinary.packageRoot.appendingPathComponent(file), encoding: .utf8)
    #expect(
      run.standardOutput == committed,
      "\(file) is out of date: run scripts/generate-rule-reference")
  }

  @Test func theReferenceDocumentsEveryRuleWithItsSources() throws {
    let run = try TillitBinary.run(
      ["rules", "--format", "markdown", "--lang", "en"], currentDirectory: FileManager.default.temporaryDirectory)
    let ids = try TillitBinary.run(["rules"], currentDirectory: FileManager.default.temporaryDirectory)
      .standardOutput.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
    #expect(!ids.isEmpty)
    for id in ids {
      #expect(run.standardOutput.contains("\n### \(id)\n"), "no section for \(id)")
    }
    #expect(run.standardOutput.components(separatedBy: "*References:*").count - 1 == ids.count)
  }

  @Test func aTagNarrowsTheReference() throws {
    let run = try TillitBinary.run(
      ["rules", "--format", "markdown", "--lang", "en", "--tag", "burden"],
      currentDirectory: FileManager.default.temporaryDirectory)
    #expect(run.standardOutput.contains("### BUR-01"))
    #expect(!run.standardOutput.contains("### GDPR-"))
  }
}
