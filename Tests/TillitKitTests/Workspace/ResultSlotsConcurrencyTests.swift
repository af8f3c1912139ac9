import Dispatch
import Testing

@testable import TillitKit

/// `ResultSlots` is written from every core at once by the loader, the engine and the fact
/// layer. Under `scripts/sanitize thread` this test is the smallest reproduction of a race in
/// it; in an ordinary run it checks that every worker's value lands in its own slot.
@Suite struct ResultSlotsConcurrencyTests {
  @Test func slotsFilledFromEveryCoreHoldEachWorkersValueInOrder() {
    let count = 2_000
    let slots = ResultSlots<[Int]>(count: count)
    // Each worker does a little work first, so the workers overlap as the loader's do.
    DispatchQueue.concurrentPerform(iterations: count) { i in
      slots[i] = (0..<200).map { i &* $0 }
    }
    let values = slots.values
    #expect(values.count == count)
    #expect(values.enumerated().allSatisfy { i, value in value == (0..<200).map { i &* $0 } })
  }

  @Test func slotsNobodyFilledAreLeftOut() {
    let slots = ResultSlots<String>(count: 3)
    slots[1] = "b"
    #expect(slots.values == ["b"])
  }
}
