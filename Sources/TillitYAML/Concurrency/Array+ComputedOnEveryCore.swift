import Dispatch

extension Array {
  /// `body(i)` for every index from 0 to `count - 1`, computed on every core, in index order
  /// whichever worker finished first — so output never depends on scheduling.
  ///
  /// Each worker initialises only its own element of a buffer allocated before the work
  /// starts, and nothing reads the buffer until `concurrentPerform` has returned, which it does
  /// only after every worker has finished. No two threads ever touch the same memory at once;
  /// that invariant is what the compiler cannot see, so the buffer's address crosses into the
  /// workers as `nonisolated(unsafe)`: the one place in tillit where thread safety is asserted
  /// by hand rather than proven. A lock (`Mutex`) would prove it to the compiler but not to
  /// ThreadSanitizer, which cannot see Synchronization's futex-based lock and reports every
  /// guarded write as a race; this way the suite runs clean under `scripts/sanitize thread`.
  package static func computedOnEveryCore(count: Int, _ body: @Sendable (Int) -> Element) -> [Element] {
    guard count > 0 else { return [] }
    return [Element](unsafeUninitializedCapacity: count) { buffer, initializedCount in
      nonisolated(unsafe) let base = buffer.baseAddress!
      DispatchQueue.concurrentPerform(iterations: count) { i in
        (base + i).initialize(to: body(i))
      }
      initializedCount = count
    }
  }
}
