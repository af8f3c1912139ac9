import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Files are read in batches that share compose buffers; nothing of one file may leak into
/// the next, whatever the sizes and however a file ends.
@Suite struct BatchedReadTests {
  /// Every node's kind, place, style and text, depth first: equal dumps, equal trees.
  static func dump(_ node: YAMLNode) -> String {
    let head = "\(node.kind)@\(node.start.line):\(node.start.column)"
    switch node.kind {
    case .scalar:
      return "\(head) \(String(describing: node.style)) \(String(describing: node.value)) [\(node.text ?? "")]"
    case .sequence: return head + "[" + node.items.map(dump).joined(separator: ", ") + "]"
    case .mapping:
      return head + "{" + node.pairs.map { dump($0.key) + ": " + dump($0.value) }.joined(separator: ", ") + "}"
    }
  }

  static func followUp(_ i: Int) -> String {
    // Sizes differ from file to file, so a later, smaller file reuses larger buffers.
    let indicators = (0..<(i * 7 % 23)).map {
      "  - id: ind-\($0)\n    name: \"Indikator \($0) å\"\n    users: [a, b]\n"
    }
    return "apiVersion: tillit/v1\nkind: FollowUp\nid: f-\(i)\nname: Uppföljning \(i)\nindicators:\n"
      + indicators.joined()
  }

  @Test func aWorkspaceOfManyBatchesReadsEveryFileAsAFreshReaderWould() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", WorkspaceLoaderTests.organization)
    let count = WorkspaceLoader.filesPerBatch * 2 + 5
    for i in 0..<count {
      var text = Self.followUp(i)
      if i % 9 == 4 { text += "---\n" + Self.followUp(i + 1000) }
      if i % 13 == 6 { text = text + "broken: [unclosed\n" }
      try folder.write(String(format: "f/%03d.yaml", i), text)
    }
    let loaded = WorkspaceLoader().load(paths: [folder.path])
    var expected: [String] = []
    var expectedErrors: [Diagnostic] = []
    for file in loaded.workspace.files {
      let read = YAMLReader().read(path: file, displayPath: file)
      expected += read.documents.filter { DocumentDecoder.decode($0).document != nil }.map { Self.dump($0.root) }
      expectedErrors += read.errors.map(\.diagnostic)
    }
    #expect(loaded.workspace.documents.map { Self.dump($0.source.root) } == expected)
    #expect(loaded.diagnostics == expectedErrors.sortedByPlace())
    #expect(expected.count > count)
    #expect(!expectedErrors.isEmpty)
  }
}
