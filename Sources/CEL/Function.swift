/// A function expressions can call, by name: as a global (`size(x)`), as a member
/// (`x.size()`), or both. The implementation receives the receiver first for member calls.
///
/// A program adds its own functions to the standard library with `FunctionLibrary.adding`.
public struct Function: Sendable {
  public typealias Implementation = @Sendable (_ arguments: [Value], _ activation: Activation) throws -> Value

  public let name: String
  /// Argument counts accepted as a global call.
  public let globalArities: Set<Int>
  /// Argument counts accepted as a member call, not counting the receiver.
  public let memberArities: Set<Int>
  public let implementation: Implementation

  public init(
    _ name: String, global: Set<Int> = [], member: Set<Int> = [], _ implementation: @escaping Implementation
  ) {
    self.name = name
    self.globalArities = global
    self.memberArities = member
    self.implementation = implementation
  }
}
