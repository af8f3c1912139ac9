/// A function expressions can call, by name: as a global (`size(x)`), as a member
/// (`x.size()`), or both. The implementation receives the receiver first for member calls.
struct Function: Sendable {
  typealias Implementation = @Sendable (_ arguments: [Value], _ activation: Activation) throws -> Value

  let name: String
  /// Argument counts accepted as a global call.
  let globalArities: Set<Int>
  /// Argument counts accepted as a member call, not counting the receiver.
  let memberArities: Set<Int>
  let implementation: Implementation

  init(
    _ name: String, global: Set<Int> = [], member: Set<Int> = [], _ implementation: @escaping Implementation
  ) {
    self.name = name
    self.globalArities = global
    self.memberArities = member
    self.implementation = implementation
  }
}
