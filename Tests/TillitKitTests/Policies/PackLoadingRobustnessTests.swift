import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

#if canImport(Glibc)
  import Glibc
#endif

/// Hostile or mistaken packs end in a located error, never a crash, a hang or silence.
@Suite struct PackLoadingRobustnessTests {
  static let header = PolicyPackLoaderTests.header

  static func pack(id: String, _ body: String = "") -> String {
    Self.header.replacingOccurrences(of: "id: p", with: "id: \(id)") + body
  }

  @Test func aPackExtendingItselfThroughAnotherSpellingIsACycleAtTheExtendsEntry() throws {
    let folder = try TemporaryFolder()
    let marked = MarkedText(Self.header + "extends: [1️⃣./self.yaml]\n")
    let path = try folder.write("self.yaml", marked.text)
    let result = PolicyPackLoader().load(path)
    #expect(result.pack == nil)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(
      result.diagnostics.first?.message.en.contains("extends itself: \(path) → \(folder.path)/./self.yaml") == true)
  }

  @Test func aCycleThroughASymbolicLinkIsFound() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.yaml", Self.header + "extends: [link.yaml]\n")
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.yaml", withDestinationPath: path)
    let result = PolicyPackLoader().load(path)
    #expect(result.pack == nil)
    #expect(result.diagnostics.map(\.message.en).contains { $0.contains("extends itself") })
  }

  @Test func aCycleNamesEveryPackInItsChainInBothLanguages() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.yaml", Self.pack(id: "a", "extends: [b.yaml]\n"))
    let marked = MarkedText(Self.pack(id: "b", "extends: [1️⃣c.yaml]\n"))
    let b = try folder.write("b.yaml", marked.text)
    try folder.write("c.yaml", Self.pack(id: "c", "extends: [b.yaml]\n"))
    let result = PolicyPackLoader().load(folder.path + "/a.yaml")
    let message = try #require(result.diagnostics.first?.message)
    #expect(result.diagnostics.count == 1)
    // The cycle is b → c → b: a only leads into it.
    #expect(message.en.contains("pack '\(b)' extends itself: \(b) → \(folder.path)/c.yaml → \(b)"))
    #expect(message.sv.contains("paketet '\(b)' utökar sig självt: \(b) → "))
  }

  @Test func anExtendsChainLongerThanTheLimitIsRefusedAtTheStepPastIt() throws {
    let folder = try TemporaryFolder()
    for step in 0..<20 {
      try folder.write("c\(step).yaml", Self.pack(id: "c\(step)", step < 19 ? "extends: [c\(step + 1).yaml]\n" : ""))
    }
    let result = PolicyPackLoader(maxExtendsDepth: 4).load(folder.path + "/c0.yaml")
    #expect(result.pack == nil)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.location == SourceLocation(file: folder.path + "/c3.yaml", line: 5, column: 11))
    #expect(result.diagnostics.first?.message.en.contains("more than 4 packs in a row") == true)
    #expect(PolicyPackLoader(maxExtendsDepth: 20).load(folder.path + "/c0.yaml").pack != nil)
  }

  @Test func aPackExtendedTwiceHasItsErrorReportedOnce() throws {
    let folder = try TemporaryFolder()
    try folder.write("top.yaml", Self.pack(id: "top", "extends: [left.yaml, right.yaml]\n"))
    try folder.write("left.yaml", Self.pack(id: "left", "extends: [base.yaml]\n"))
    try folder.write("right.yaml", Self.pack(id: "right", "extends: [base.yaml]\n"))
    try folder.write("base.yaml", Self.pack(id: "base", "rules:\n" + PolicyPackLoaderTests.rule(assert: "nme")))
    let result = PolicyPackLoader().load(folder.path + "/top.yaml")
    #expect(result.pack == nil)
    #expect(result.diagnostics.count == 1, "\(result.diagnostics)")
    #expect(result.diagnostics.first?.location?.file == folder.path + "/base.yaml")
  }

  @Test func invalidUTF8InAPackIsAnErrorAtItsPlace() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/latin1.yaml"
    var bytes = Array((Self.header + "description: \"").utf8)
    bytes += [0xE5, 0xE4]  // "åä" in Latin-1
    bytes += Array("\"\n".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let result = PolicyPackLoader().load(path)
    #expect(result.pack == nil)
    #expect(result.diagnostics.first?.location == SourceLocation(file: path, line: 5, column: 15))
    #expect(result.diagnostics.first?.message.en.contains("invalid UTF-8") == true)
  }

  @Test func aByteOrderMarkDoesNotShiftTheColumnOfAnExpressionError() throws {
    let folder = try TemporaryFolder()
    let marked = MarkedText(
      "{apiVersion: tillit/v1, kind: PolicyPack, id: p, title: P, rules: [{id: R, title: T, message: M, "
        + "severity: info, applies_to: FollowUp, assert: 'doc.id == 1️⃣nme'}]}\n")
    let path = folder.path + "/bom.yaml"
    try Data([0xEF, 0xBB, 0xBF] + Array(marked.text.utf8)).write(to: URL(fileURLWithPath: path))
    let result = PolicyPackLoader().load(path)
    #expect(result.diagnostics.first?.location == marked.location("1️⃣", file: path))
  }

  @Test func extendingABuiltInPackThatDoesNotExistSuggestsTheClosestName() throws {
    let folder = try TemporaryFolder()
    let marked = MarkedText(Self.header + "extends: [1️⃣trsut]\n")
    let path = try folder.write("p.yaml", marked.text)
    let result = PolicyPackLoader().load(path)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(result.diagnostics.first?.message.en.hasSuffix("Did you mean 'trust'?") == true)
    #expect(result.diagnostics.first?.message.sv.hasSuffix("Menade du 'trust'?") == true)
  }

  @Test func aMissingExtendedFileIsReportedAtTheExtendsEntry() throws {
    let folder = try TemporaryFolder()
    let marked = MarkedText(Self.header + "extends: [1️⃣saknas.yaml]\n")
    let path = try folder.write("p.yaml", marked.text)
    let result = PolicyPackLoader().load(path)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(
      result.diagnostics.first?.message.en
        == "pack file 'saknas.yaml' (\(folder.path)/saknas.yaml) does not exist; check the path"
        + " (a relative path counts from the file that names it)")
  }

  @Test func aFolderGivenAsAPackIsRefusedByWhatItIs() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(atPath: folder.path + "/dir.yaml", withIntermediateDirectories: true)
    let result = PolicyPackLoader().load(folder.path + "/dir.yaml")
    #expect(result.diagnostics.first?.location == SourceLocation(file: folder.path + "/dir.yaml", line: 0, column: 0))
    #expect(result.diagnostics.first?.message.en.contains("is a folder, not a file") == true)
    #expect(result.diagnostics.first?.message.sv.contains("är en mapp, inte en fil") == true)
  }

  @Test func aFIFOGivenAsAPackIsRefusedWithoutWaitingForAWriter() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/fifo.yaml"
    try #require(mkfifo(path, 0o600) == 0)
    let result = PolicyPackLoader().load(path)
    #expect(result.diagnostics.first?.message.en.contains("is a named pipe (FIFO), not a regular file") == true)
    #expect(result.diagnostics.first?.message.sv.contains("är ett namngivet rör (FIFO), inte en vanlig fil") == true)
  }

  @Test func aPackFileWithTwoDocumentsIsAnErrorWhereTheSecondStarts() throws {
    let folder = try TemporaryFolder()
    let marked = MarkedText(Self.header + "rules: []\n---\n1️⃣apiVersion: tillit/v1\n")
    let path = try folder.write("two.yaml", marked.text)
    let result = PolicyPackLoader().load(path)
    #expect(result.pack == nil)
    #expect(result.diagnostics.first?.location == marked.location("1️⃣", file: path))
  }

  @Test func namesInDisableAreNotCalledUnknownWhenAnExtendedPackFailed() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("p.yaml", Self.header + "extends: [trsut]\ndisable: [TRUST-P05]\n")
    let result = PolicyPackLoader().load(path)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.message.en.contains("pack 'trsut' does not exist") == true)
  }

  // A hang guard, not a speed test: the quadratic version took minutes.
  @Test(.timeLimit(.minutes(1))) func manyExpressionErrorsAreEachLocatedWithoutRereadingTheFile() throws {
    let folder = try TemporaryFolder()
    let count = 10_000
    var text = Self.header + "rules:\n"
    for index in 0..<count {
      text +=
        "  - {id: R\(index), title: T, message: M, severity: info, applies_to: FollowUp, assert: 'doc.id == nme'}\n"
    }
    let path = try folder.write("many.yaml", text)
    let result: PolicyPackLoader.Result? = PolicyPackLoader().load(path)
    #expect(result?.diagnostics.count == count)
    let lastRule =
      "  - {id: R\(count - 1), title: T, message: M, severity: info, applies_to: FollowUp, assert: 'doc.id == "
    #expect(
      result?.diagnostics.last?.location == SourceLocation(file: path, line: 5 + count, column: lastRule.count + 1))
  }

  @Test func aLongChainOfVariablesIsRefusedAtTheFirstStepPastTheLimit() throws {
    let folder = try TemporaryFolder()
    let limit = PolicyPackLoader.maxVariableChain
    var text = Self.header + "variables:\n  - {name: v0, expression: '1'}\n"
    for index in 1...(limit + 5) {
      text += "  - {name: v\(index), expression: 'vars.v\(index - 1) + 1'}\n"
    }
    let path = try folder.write("chain.yaml", text)
    let result = PolicyPackLoader().load(path)
    #expect(result.pack == nil)
    #expect(result.diagnostics.count == 1, "\(result.diagnostics)")
    #expect(result.diagnostics.first?.location == SourceLocation(file: path, line: 6 + limit, column: 12))
    #expect(result.diagnostics.first?.message.en.contains("'v\(limit)' is computed through more than \(limit)") == true)
  }

  // A hang guard, not a speed test: the quadratic version took minutes.
  @Test(.timeLimit(.minutes(1))) func manyVariablesAreCompiledWithoutRebuildingTheirTableForEachExpression() throws {
    let folder = try TemporaryFolder()
    let count = 10_000
    var text = Self.header + "variables:\n"
    for index in 0..<count { text += "  - {name: v\(index), expression: '\(index)'}\n" }
    text += "rules:\n" + PolicyPackLoaderTests.rule(assert: "vars.v\(count - 1) > 0")
    let path = try folder.write("vars.yaml", text)
    let result: PolicyPackLoader.Result? = PolicyPackLoader().load(path)
    #expect(result?.diagnostics.isEmpty == true)
  }

  @Test func aPackOverTheFileSizeLimitIsRefusedBeforeItIsRead() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("big.yaml", Self.header + "description: '" + String(repeating: "x", count: 500) + "'\n")
    let result = PolicyPackLoader(limits: YAMLLimits(maxFileBytes: 256)).load(path)
    #expect(result.pack == nil)
    #expect(result.diagnostics.first?.message.en.contains("more than the limit of 256 bytes") == true)
  }

  @Test func aPackNestedDeeperThanTheLimitIsRefusedAtItsPlace() throws {
    let folder = try TemporaryFolder()
    let marked = MarkedText(Self.header + "x-notes: [[[[[1️⃣[[]]]]]]]\n")
    let path = try folder.write("deep.yaml", marked.text)
    let result = PolicyPackLoader(limits: YAMLLimits(maxDepth: 6)).load(path)
    #expect(result.pack == nil)
    #expect(result.diagnostics.first?.message.en.contains("nested deeper than 6 levels") == true)
    #expect(result.diagnostics.first?.location?.line == 5)
  }
}
