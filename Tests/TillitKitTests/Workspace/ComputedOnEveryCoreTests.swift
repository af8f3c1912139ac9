import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The loader, the engine and the fact layer compute on every core through
/// `Array.computedOnEveryCore`. Under `scripts/sanitize thread` this is the smallest
/// reproduction of a race in it; in an ordinary run it checks that every worker's value lands
/// at its own index.
@Suite struct ComputedOnEveryCoreTests {
  @Test func everyWorkersValueLandsAtItsOwnIndexInOrder() {
    let count = 2_000
    // Each worker does a little work first, so the workers overlap as the loader's do.
    let values = [[Int]].computedOnEveryCore(count: count) { i in (0..<200).map { i &* $0 } }
    #expect(values.count == count)
    #expect(values.enumerated().allSatisfy { i, value in value == (0..<200).map { i &* $0 } })
  }

  @Test func nothingToComputeIsAnEmptyArray() {
    #expect([String].computedOnEveryCore(count: 0) { _ in "x" }.isEmpty)
  }
}
