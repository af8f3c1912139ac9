import Testing

@testable import CEL

/// A map built from sorted text keys (`MapValue(sortingStringKeys:)`, what every document's
/// facts are) is searched in order up to `sortedScanLimit` keys instead of hashing each key
/// into an index when it is built (issue #15): every lookup must find what an indexed map finds.
@Suite struct SortedKeysMapTests {
  func map(_ count: Int) -> MapValue {
    let names = (0..<count).map { "key_number_\($0)_of_a_long_facts_object" }
    return MapValue(sortingStringKeys: names.reversed(), values: names.reversed().map(Value.string))
  }

  @Test(arguments: [1, 11, 12, 13, 20, 32, 33, 40])
  func aMapOfSortedTextKeysFindsEveryKeyAndNoOther(_ count: Int) {
    let built = map(count)
    #expect(built.count == count)
    let keys = built.keys.compactMap(\.stringValue)
    #expect(keys == keys.sorted())
    for i in 0..<count {
      let name = "key_number_\(i)_of_a_long_facts_object"
      #expect(built[name] == .string(name))
      #expect(built[Value.string(name)] == .string(name))
    }
    #expect(built["missing"] == nil)
    #expect(built[Value.int(0)] == nil)
  }

  @Test func aKeyInsertedLaterIsFoundAndADuplicateRefused() {
    var built = map(20)
    let added = built.insert(.string("added"), .int(1))
    let duplicate = built.insert(.string("key_number_3_of_a_long_facts_object"), .int(2))
    #expect(added)
    #expect(!duplicate)
    #expect(built["added"] == .int(1))
    #expect(built["key_number_19_of_a_long_facts_object"] == .string("key_number_19_of_a_long_facts_object"))
  }
}
