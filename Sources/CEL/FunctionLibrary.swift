/// The functions expressions compiled against it may call, by name: CEL's standard library
/// (with its strings extension and calendar dates), and whatever a program adds.
///
/// A value, not a registry: each compilation names the library it uses, so two programs (or
/// two tests) in one process cannot change each other's functions.
public struct FunctionLibrary: Sendable {
  let functions: [String: Function]

  /// CEL's standard library, its strings extension, timestamps and durations, and calendar
  /// dates and periods.
  public static let standard = FunctionLibrary(functions: StandardLibrary.functions)

  /// This library with `extra` functions added. A name already defined is a programming
  /// error (two meanings for one name), so it stops here rather than shadowing silently.
  public func adding(_ extra: [Function]) -> FunctionLibrary {
    var table = functions
    for function in extra {
      precondition(table[function.name] == nil, "function \(function.name) is defined twice")
      table[function.name] = function
    }
    return FunctionLibrary(functions: table)
  }

  /// The function of that name, if the library has one.
  public subscript(name: String) -> Function? { functions[name] }

  /// Every function name, sorted.
  public var names: [String] { functions.keys.sorted() }
}
