import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// A chain of fields read from a document (`doc.a.b.c`) is walked node by node (`FieldChain`)
/// rather than one map value per field: these pin that the result is that of reading one
/// field at a time, where objects are absent, not mappings, or the field does not exist.
@Suite struct FieldChainTests {
  func document(_ text: String) throws -> Document {
    let read = YAMLReader().read(text, file: "d.yaml")
    let decoded = DocumentDecoder.decode(try #require(read.documents.first))
    return try #require(decoded.document)
  }

  func eval(_ source: String, _ document: Document) throws -> Value {
    try CompiledExpression(source, variables: ["doc"]).evaluate(
      ["doc": DocumentValue.make(document)], today: CalendarDate("2026-11-29")!)
  }

  /// The same fields read one at a time, through a value the chain cannot see through.
  func stepwise(_ fields: [String], _ document: Document) throws -> Value {
    var value = DocumentValue.make(document)
    for field in fields { value = try Compiler.select(value, field) }
    return value
  }

  @Test func chainOfFieldsReadsWhatStepwiseSelectionReads() throws {
    let doc = try document(
      """
      apiVersion: tillit/v1
      kind: FollowUp
      id: f
      name: F
      owner: {function: hr}
      purpose: {statement: Lära, types: [learning, control]}
      feedback: ~
      """)
    for path in [
      "owner.function", "purpose.statement", "purpose.types", "purpose.law", "feedback.arena.name", "review.every",
    ] {
      let fields = path.split(separator: ".").map(String.init)
      #expect(try eval("doc.\(path)", doc) == stepwise(fields, doc), "doc.\(path)")
    }
    #expect(try eval("doc.owner.function", doc) == .string("hr"))
    #expect(try eval("doc.feedback.arena.name", doc) == .null)
  }

  @Test func chainThroughAnAbsentObjectGivesAnAbsentObjectThatRemembersNoNode() throws {
    let doc = try document("apiVersion: tillit/v1\nkind: FollowUp\nid: f\nname: F\n")
    guard case .map(let arena) = try eval("doc.feedback.arena", doc) else {
      Issue.record("an absent object is still a map")
      return
    }
    #expect(arena.origin == nil)
    #expect(try eval("size(doc.feedback.arena)", doc) == stepwise(["feedback", "arena"], doc).mapCount)
  }

  @Test func chainToAnUnknownFieldIsRefusedWithItsName() throws {
    let doc = try document("apiVersion: tillit/v1\nkind: FollowUp\nid: f\nname: F\nowner: {function: hr}\n")
    let expression = try CompiledExpression("doc.owner.nonsense", variables: ["doc"], strict: false)
    #expect {
      _ = try expression.evaluate(["doc": DocumentValue.make(doc)], today: CalendarDate("2026-11-29")!)
    } throws: { error in
      guard let error = error as? EvaluationError, case .noSuchField("nonsense") = error.kind else { return false }
      return error.range == 0..<18
    }
  }

  @Test func chainKeepsTheOriginOfTheObjectItEndsOn() throws {
    let doc = try document("apiVersion: tillit/v1\nkind: FollowUp\nid: f\nname: F\npurpose:\n  statement: S\n")
    guard case .map(let purpose) = try eval("doc.purpose", doc) else {
      Issue.record("purpose is a map")
      return
    }
    #expect((purpose.origin as? YAMLNode)?.start.line == 6)
  }
}

extension Value {
  fileprivate var mapCount: Value {
    if case .map(let map) = self { return .int(Int64(map.count)) }
    return .null
  }
}
