import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// A pack's `when`/`assert` go through the same compiler as `tillit eval`: a long flat chain
/// loads and runs, and an expression beyond a limit is an error at its place in the pack file.
@Suite struct PackExpressionLimitTests {
  static func pack(assert: String) -> String {
    """
    apiVersion: tillit/v1
    kind: PolicyPack
    id: p
    title: {sv: P, en: P}
    rules:
      - id: R-1
        title: {sv: T, en: T}
        message: {sv: M, en: M}
        severity: warning
        applies_to: FollowUp
        assert: \(assert)

    """
  }

  func load(_ marked: MarkedText) throws -> (PolicyPack?, [Diagnostic], String) {
    let folder = try TemporaryFolder()
    let path = try folder.write("pack.yaml", marked.text)
    let result = PolicyPackLoader().load(path)
    return (result.pack, result.diagnostics, path)
  }

  @Test func aLongOperatorChainInAPackLoadsAndEvaluates() throws {
    let chain = Array(repeating: "1", count: 3_000).joined(separator: "+")
    let (pack, diagnostics, _) = try load(MarkedText(Self.pack(assert: "'\(chain) == 3000'")))
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
    let folder = try TemporaryFolder()
    try folder.write("o.yaml", "apiVersion: tillit/v1\nkind: Organization\nid: org\nname: Org\n")
    try folder.write("f.yaml", "apiVersion: tillit/v1\nkind: FollowUp\nid: f\nname: F\n")
    let workspace = WorkspaceLoader().load(paths: [folder.path]).workspace
    let findings = Engine(packs: [try #require(pack)], today: CalendarDate("2026-11-29")!).check(workspace)
    #expect(findings.isEmpty, "\(findings.map(\.message.en))")
  }

  @Test func tooDeepNestingInAPackIsAnErrorAtItsPlaceInTheFile() throws {
    // The whole expression is one level and each `!` another: the 100th `!` passes the limit.
    let bangs = String(repeating: "!", count: ExpressionLimits.maxNestingDepth - 1)
    let marked = MarkedText(Self.pack(assert: "'\(bangs)1️⃣!!true'"))
    let (pack, diagnostics, path) = try load(marked)
    #expect(pack == nil)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(diagnostics.first?.message.en.contains("nested too deeply") == true)
  }

  @Test func tooLongAnExpressionInAPackIsAnErrorAtItsPlaceInTheFile() throws {
    let text = String(repeating: "1 + ", count: ExpressionLimits.maxSourceLength / 4) + "1"
    let cut = text.index(text.startIndex, offsetBy: ExpressionLimits.maxSourceLength)
    let marked = MarkedText(Self.pack(assert: "'\(text[..<cut])1️⃣\(text[cut...])'"))
    let (pack, diagnostics, path) = try load(marked)
    #expect(pack == nil)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(diagnostics.first?.message.sv.contains("uttrycket är för långt") == true)
  }
}
