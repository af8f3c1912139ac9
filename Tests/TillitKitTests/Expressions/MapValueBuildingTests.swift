import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The facts' objects are built at once from their literal (`MapValue(sortingStringKeys:)`):
/// these pin that they equal what inserting each key in sorted order gives, small and large.
@Suite struct MapValueBuildingTests {
  func inserted(_ pairs: [(String, Value)]) -> MapValue {
    var map = MapValue()
    for (key, value) in pairs.sorted(by: { $0.0 < $1.0 }) { map.insert(.string(key), value) }
    return map
  }

  @Test func objectBuiltAtOnceHasSortedKeysLikeInsertedOne() {
    let built = MapValue(sortingStringKeys: ["b": .int(2), "a": .int(1), "ä": .int(3), "B": .int(4)])
    let expected = inserted([("b", .int(2)), ("a", .int(1)), ("ä", .int(3)), ("B", .int(4))])
    #expect(built.keys == expected.keys)
    #expect(built.values == expected.values)
    #expect(built.keys == [.string("B"), .string("a"), .string("b"), .string("ä")])
  }

  @Test func largeObjectBuiltAtOnceFindsEveryKeyByAnyNumericOrTextLookup() {
    let names = (0..<30).map { "k\($0)" }
    let built = MapValue(
      sortingStringKeys: KeyValuePairs(
        dictionaryLiteral: ("k0", .int(0)), ("k1", .int(1)), ("k2", .int(2)),
        ("k3", .int(3)), ("k4", .int(4)), ("k5", .int(5)), ("k6", .int(6)), ("k7", .int(7)), ("k8", .int(8)),
        ("k9", .int(9)), ("k10", .int(10)), ("k11", .int(11)), ("k12", .int(12)), ("k13", .int(13))))
    #expect(built.count == 14)
    for name in names.prefix(14) {
      let number = Int64(name.dropFirst())!
      #expect(built[name] == .int(number))
      #expect(built[.string(name)] == .int(number))
    }
    #expect(built["k14"] == nil)
    #expect(built[.int(0)] == nil)
    var grown = built
    let added = grown.insert(.string("k14"), .int(14))
    let addedAgain = grown.insert(.string("k3"), .int(99))
    #expect(added && !addedAgain)
    #expect(grown["k14"] == .int(14) && grown["k3"] == .int(3))
  }

  @Test func keyGivenTwiceKeepsItsFirstValueAsInsertDoes() {
    let built = MapValue(sortingStringKeys: KeyValuePairs(dictionaryLiteral: ("a", .int(1)), ("a", .int(2))))
    #expect(built.count == 1)
    #expect(built["a"] == .int(1))
  }
}

extension MapValueBuildingTests {
  func document(_ text: String) throws -> Value {
    let read = YAMLReader().read(text, file: "d.yaml")
    let decoded = DocumentDecoder.decode(try #require(read.documents.first))
    return DocumentValue.make(try #require(decoded.document))
  }

  @Test func presenceOnADocumentObjectAsksTheSchemaAndAgreesWithLookup() throws {
    let doc = try document("apiVersion: tillit/v1\nkind: FollowUp\nid: f\nname: F\npurpose: {statement: S}\n")
    guard case .map(let map) = doc, case .map(let purpose)? = map["purpose"], case .map(let feedback)? = map["feedback"]
    else {
      Issue.record("documents and their objects are maps")
      return
    }
    for object in [map, purpose, feedback] {
      for key in ["purpose", "statement", "law", "arena", "nonsense", "x-note", ""] {
        #expect(object.hasKey(key) == (object[key] != nil), "\(key)")
        #expect(object.hasKey(.string(key)) == (object[.string(key)] != nil), "\(key)")
      }
      #expect(!object.hasKey(.int(1)))
    }
    let values = MapValue(uniqueKeys: [.string("a"), .int(1)], values: [.null, .bool(true)])
    #expect(values.hasKey("a") && values.hasKey(.double(1)) && !values.hasKey("b"))
    let compiled = try CompiledExpression(
      "has(doc.purpose.law) && 'law' in doc.purpose && !('nonsense' in doc.purpose) && has(doc.feedback.arena)",
      variables: ["doc"])
    #expect(try compiled.evaluate(["doc": doc], today: CalendarDate("2026-11-29")!) == .bool(true))
  }
}
