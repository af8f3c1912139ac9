import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

@Suite struct DocumentValueTests {
  func document(_ text: String) throws -> Document {
    let read = YAMLReader().read(text, file: "d.yaml")
    let decoded = DocumentDecoder.decode(try #require(read.documents.first))
    return try #require(decoded.document)
  }

  func eval(_ source: String, _ document: Document) throws -> Value {
    try CompiledExpression(source, variables: ["doc"], functions: TillitFunctions.library).evaluate(
      ["doc": DocumentValue.make(document)], today: CalendarDate("2026-11-29")!)
  }

  @Test func fieldsHaveTheTypesTheSchemaGivesThem() throws {
    let doc = try document(
      """
      apiVersion: tillit/v1
      kind: FollowUp
      id: f
      name: F
      review: {last: 2025-01-15, every: P1Y}
      respondents: [{role: teacher, count: 12, minutes_per_response: 30, frequency: monthly}]
      indicators: [{id: "1.10", decisions: [{frequency: {per_year: 4}}]}]
      """)
    #expect(try eval("doc.review.last + doc.review.every < today()", doc).boolValue == true)
    #expect(try eval("doc.respondents[0].count", doc) == .int(12))
    #expect(try eval("doc.respondents[0].minutes_per_response", doc) == .double(30))
    #expect(try eval("pf(doc.respondents[0].frequency) * 1.0", doc) == .double(12))
    #expect(try eval("pf(doc.indicators[0].decisions[0].frequency)", doc) == .double(4))
    #expect(try eval("doc.indicators[0].id", doc) == .string("1.10"))
  }

  @Test func absentFieldsAreBlankAtEveryDepth() throws {
    let doc = try document("apiVersion: tillit/v1\nkind: FollowUp\nid: f\nname: F\n")
    #expect(try eval("blank(doc.purpose.law) && blank(doc.purpose) && blank(doc.indicators)", doc).boolValue == true)
    #expect(try eval("doc.feedback.arena.name == null", doc).boolValue == true)
    #expect(try eval("size(doc.indicators) == 0", doc).boolValue == true)
  }

  @Test func userNotesAreNotPartOfTheValue() throws {
    let doc = try document("apiVersion: tillit/v1\nkind: Waiver\nid: w\nx-note: intern\n")
    #expect(try eval("'x-note' in doc", doc).boolValue == false)
  }

  @Test func listsAndMapsRememberTheirNode() throws {
    let doc = try document("apiVersion: tillit/v1\nkind: FollowUp\nid: f\nname: F\nindicators:\n  - id: a\n")
    guard case .map(let map) = DocumentValue.make(doc), case .list(let list)? = map["indicators"],
      case .map(let first) = list.items[0]
    else {
      Issue.record("unexpected shape")
      return
    }
    #expect((list.origin as? YAMLNode)?.start.line == 6)
    #expect((first.origin as? YAMLNode)?.start == Mark(line: 6, column: 5))
  }
}

/// Reading a chain of fields from a document object in one go gives what reading them one at
/// a time gives, absent objects and fields that are no objects included.
@Suite struct DocumentRecordChainTests {
  static let followUp = """
    apiVersion: tillit/v1
    kind: FollowUp
    id: f
    name: F
    feedback: {to_respondents: true, arena: {name: Dialog, kind: collegial_dialogue}}
    review: {every: P1Y}
    """

  func record() throws -> any LazyRecord {
    let read = YAMLReader().read(Self.followUp, file: "f.yaml")
    let decoded = DocumentDecoder.decode(try #require(read.documents.first))
    guard case .map(let map) = DocumentValue.make(try #require(decoded.document)),
      case .record(let record) = map.storage
    else {
      Issue.record("a document is not a record")
      throw CancellationError()
    }
    return record
  }

  /// One field at a time, as `Compiler.select` does.
  func stepwise(_ names: [String], from start: any LazyRecord) -> Value? {
    var value = Value.map(MapValue(record: start))
    for name in names {
      guard case .map(let map) = value, let next = map[name] else { return nil }
      value = next
    }
    return value
  }

  @Test(arguments: [
    ["feedback", "arena", "kind"], ["feedback", "to_respondents"], ["purpose", "law"], ["review", "every"],
    ["feedback", "arena"], ["owner"],
  ])
  func aChainReadsWhatStepByStepReads(names: [String]) throws {
    let record = try record()
    var value = Value.null
    var rest = names[...]
    var current: any LazyRecord = record
    while let (next, read) = current.fields(rest) {
      value = next
      rest = rest.dropFirst(read)
      guard !rest.isEmpty else { break }
      guard case .map(let map) = next, case .record(let inner) = map.storage else {
        Issue.record("stopped early at \(rest)")
        return
      }
      current = inner
    }
    #expect(rest.isEmpty)
    #expect(value == stepwise(names, from: record))
  }

  @Test func aNameThatIsNoFieldIsNil() throws {
    #expect(try record().fields(["feedbak", "arena"]) == nil)
    #expect(try record().hasField("feedback"))
    #expect(try !record().hasField("feedbak"))
  }
}
