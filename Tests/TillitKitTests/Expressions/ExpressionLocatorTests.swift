import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// An error in an expression written in YAML points at the right place of the file, whatever
/// the scalar's style.
@Suite struct ExpressionLocatorTests {
  /// Compiles the `when:` of the marked YAML and returns where its error lands in the file.
  func errorLocation(_ marked: MarkedText) throws -> TillitYAML.SourceLocation? {
    let read = YAMLReader().read(marked.text, file: "p.yaml")
    let node = try #require(read.documents.first?.root["when"])
    do {
      _ = try CompiledExpression(node.text ?? "", variables: ["doc"])
      return nil
    } catch {
      return ExpressionLocator.location(ofOffset: error.range.lowerBound, in: node, fileText: marked.text)
    }
  }

  @Test(arguments: [
    "when: doc.a == 1️⃣nme\n",
    "when: 'doc.a == ''x'' && 1️⃣nme'\n",
    "when: \"doc.a == \\\"x\\\" && 1️⃣nme\"\n",
    "when: \"doc.a == '\\u00e5' && 1️⃣nme\"\n",
    "when: |\n  doc.a == 1 &&\n    1️⃣nme\n",
    "when: >\n  doc.a == 1 &&\n  1️⃣nme == 2\n",
    "when: doc.a == 1 &&\n  doc.b == 2 &&\n  1️⃣nme\n",
    "x: 1\nwhen:   doc.a == 'åäö' && 1️⃣nme\n",
  ])
  func anUnknownNameIsLocatedInTheFile(fixture: String) throws {
    let marked = MarkedText(fixture)
    #expect(try errorLocation(marked) == marked.location("1️⃣", file: "p.yaml"))
  }
}
