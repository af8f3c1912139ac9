import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// A large workspace has a million findings: each must hold only what is its own.
@Suite struct EngineMemoryTests {
  static let today = CalendarDate("2026-11-29")!

  func findings(messageLanguage: Language?) throws -> [Finding] {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", EngineTests.organization)
    try folder.write("a.yaml", "apiVersion: tillit/v1\nkind: FollowUp\nid: a\nname: A\n")
    try folder.write("b.yaml", "apiVersion: tillit/v1\nkind: FollowUp\nid: b\nname: B\n")
    let loaded = WorkspaceLoader().load(paths: [folder.path])
    let packs = ["trust"].compactMap { PolicyPackLoader().load($0).pack }
    return Engine(packs: packs, today: Self.today, messageLanguage: messageLanguage).check(loaded.workspace)
  }

  @Test func aRunInOneLanguageRendersEachMessageOnceInThatLanguage() throws {
    let both = try findings(messageLanguage: nil)
    let english = try findings(messageLanguage: .en)
    let swedish = try findings(messageLanguage: .sv)
    #expect(!both.isEmpty && both.count == english.count && both.count == swedish.count)
    for (full, one) in zip(both, english) {
      #expect(one.message.en == full.message.en)
      #expect(one.message.sv == full.message.en, "the other language is the same text, not a second rendering")
    }
    for (full, one) in zip(both, swedish) { #expect(one.message.text(.sv) == full.message.sv) }
    #expect(both.contains { $0.message.sv != $0.message.en })
  }

  @Test func findingsOfOneRuleShareTheRulesTextsInsteadOfCopyingThem() throws {
    let all = try findings(messageLanguage: .en)
    let byRule = Dictionary(grouping: all, by: \.ruleID).filter { $0.value.count > 1 }
    #expect(!byRule.isEmpty)
    for (_, group) in byRule {
      #expect(group.allSatisfy { $0.shared === group[0].shared })
    }
  }

  @Test func theFingerprintIsSixteenHexDigitsAsBefore() throws {
    for finding in try findings(messageLanguage: .en) {
      #expect(finding.fingerprint.count == 16)
      #expect(finding.fingerprint.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }
    #expect(
      String(Finding.fingerprint(rule: "R", kind: .followUp, document: "d", path: ""), radix: 16).count <= 16)
  }
}
