import Synchronization

/// Fixed slots that concurrent workers fill, one slot each, so that results come out in a
/// fixed order whichever worker finished first.
///
/// The slots live behind a `Mutex`, so the compiler can prove the sharing safe (no
/// `@unchecked Sendable`). A worker takes the lock once, only to store a finished result;
/// next to reading a file or evaluating a document that costs nothing measurable.
final class ResultSlots<Value: Sendable>: Sendable {
  private let storage: Mutex<[Value?]>

  init(count: Int) {
    storage = Mutex(Array(repeating: nil, count: count))
  }

  subscript(index: Int) -> Value? {
    get { storage.withLock { $0[index] } }
    set { storage.withLock { $0[index] = newValue } }
  }

  /// The filled slots in order; a slot never filled is left out.
  var values: [Value] { storage.withLock { $0.compactMap { $0 } } }
}
