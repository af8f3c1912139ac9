import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitModel
@testable import TillitYAML

/// Chains of fields planned against the schema when a pack is loaded (issue #15 item 1): the
/// value read by a plan is the value read field by field, and a record the plan was not made
/// for is read field by field.
@Suite struct DocumentReadPlannerTests {
  static let followUp = """
    apiVersion: tillit/v1
    kind: FollowUp
    id: f
    name: F
    purpose: {statement: Varför, law: SFS 2010:800}
    review: {every: P1Y}
    feedback: {arena: {name: Möte, frequency: {per_year: 4}}}
    respondents: [{role: teacher, minutes_per_response: 10}]
    indicators: [{id: a, users: [x]}, {id: b}]

    """

  func document() throws -> Document {
    let decoded = DocumentDecoder.decode(try #require(YAMLReader().read(Self.followUp, file: "f.yaml").documents.first))
    return try #require(decoded.document)
  }

  /// Every object shape reachable from the document kinds, by name.
  func objectShapes() -> [String: [[String]]] {
    var found: [String: [[String]]] = [:]
    var seen = Set<String>()
    func walk(_ shape: Shape) {
      switch shape {
      case .object(let object):
        let keys = object.fields.map(\.key)
        guard seen.insert("\(object.name) \(keys)").inserted else { return }
        found[object.name, default: []].append(keys)
        for field in object.fields { walk(field.shape) }
      case .list(let element): walk(element)
      case .dictionary(let value): walk(value)
      default: break
      }
    }
    for kind in DocumentKind.allCases { walk(.object(DocumentSchema.shape(of: kind))) }
    return found
  }

  @Test func everyObjectShapeOfTheSchemaHasANameOfItsOwn() {
    let shapes = objectShapes()
    #expect(shapes.count > 10)
    for (name, variants) in shapes { #expect(variants.count == 1, "\(name) names \(variants.count) shapes") }
  }

  @Test func aPlannedChainReadsWhatSelectingFieldByFieldReads() throws {
    let document = try document()
    let planner = DocumentReadPlanner(shape: DocumentSchema.shape(of: .followUp))
    let value = DocumentValue.make(document)
    guard case .map(let map) = value, case .record(let record) = map.storage else {
      Issue.record("a document is not a record")
      return
    }
    for chain in [
      ["purpose", "law"], ["id"], ["review", "every"], ["feedback", "arena", "name"], ["owner", "function"],
    ] {
      let plan = try #require(planner.plan(chain), "\(chain)")
      #expect(plan.read(from: record) == (try FieldChain.select(chain, from: value)), "\(chain)")
    }
    #expect(planner.plan(["purpose", "law"])?.read(from: record) == .string("SFS 2010:800"))
    #expect(planner.plan(["owner", "function"])?.read(from: record) == .null)
  }

  @Test func aChainThroughAListOrAnUnknownFieldHasNoPlan() {
    let planner = DocumentReadPlanner(shape: DocumentSchema.shape(of: .followUp))
    #expect(planner.plan(["indicators", "id"]) == nil)
    #expect(planner.plan(["purpose", "nothing"]) == nil)
    #expect(planner.plan(["feedback", "arena", "frequency", "per_year"]) == nil)
    #expect(planner.plan([]) == nil)
  }

  @Test func aRecordOfAnotherShapeIsReadFieldByField() throws {
    let plan = try #require(DocumentReadPlanner(shape: DocumentSchema.shape(of: .followUp)).plan(["id"]))
    let organization = DocumentValue.absent(.object(DocumentSchema.organization))
    guard case .map(let map) = organization, case .record(let record) = map.storage else {
      Issue.record("an absent Organization is not a record")
      return
    }
    #expect(plan.read(from: record) == nil)
    let rule = try CompiledExpression(
      "doc.id", variables: ["doc"], fieldTypes: RuleFieldTypes.roots(kind: .followUp).filter { $0.key == "doc" })
    let today = try #require(CalendarDate("2026-12-01"))
    let ticket = MapValue(sortingStringKeys: ["id": .string("from a map")])
    #expect(try rule.evaluate(["doc": .map(ticket)], today: today) == .string("from a map"))
    #expect(try rule.evaluate(["doc": DocumentValue.make(try document())], today: today) == .string("f"))
  }
}
