import Foundation
import Testing

/// A rule whose severity depends on the case says so wherever its severity is shown: `tillit
/// explain` and the rule reference name the condition that raises it.
@Suite struct EscalationExplainTests {
  @Test func explainShowsWhenADerogationBecomesAnError() throws {
    let elsewhere = FileManager.default.temporaryDirectory
    let run = try TillitBinary.run(["explain", "GDPR-XFR-004"], currentDirectory: elsewhere)
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains("Severity: warning"))
    #expect(
      run.standardOutput.contains(
        "  escalate: error when doc.purposes.exists(p, p.legal_basis == 'official_authority')"))
    let swedish = try TillitBinary.run(["explain", "GDPR-XFR-004", "--lang", "sv"], currentDirectory: elsewhere)
    #expect(swedish.standardOutput.contains("  escalate: fel när doc.purposes.exists("))
  }

  @Test func theRuleReferenceShowsTheEscalatedSeverity() throws {
    let reference = try String(
      contentsOf: TillitBinary.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
    #expect(reference.contains("**Derogation closed to authorities** — warning, error when `doc.purposes.exists("))
  }
}
