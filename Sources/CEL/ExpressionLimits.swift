/// Every bound the expression language puts on hostile or runaway input, in one place so the
/// README can cite them and a reviewer can see them together.
///
/// Each is far above what a real rule over a real document needs, and each is enforced with a
/// clear, located error (never a crash, a hang or a silently wrong value).
public enum ExpressionLimits {
  /// The longest expression text accepted, in Unicode scalars. Rules are a line or two; the
  /// bound keeps parsing and compiling cheap whatever is fed in.
  public static let maxSourceLength = 10_000

  /// The deepest nesting accepted (parentheses, unary operators, calls, lists, maps, the
  /// branches of `?:`, chained `.field`, `[index]` and method calls), counted by the parser.
  ///
  /// Parsing, compiling and evaluating recurse once per level, so this bounds their stack use:
  /// even a debug build evaluates at the limit on a 512 KiB stack (a Dispatch worker's on
  /// macOS; rules are evaluated on workers), and compiles it well within the main thread's.
  /// A flat chain of binary operators (`a + b + c …`, `a && b && …`) is built and run as a
  /// loop and costs one level in all. (Was 250 before chains were flat; no rule came close.)
  public static let maxNestingDepth = 100

  /// The most steps one evaluation may take: comprehension iterations, list and map
  /// elements, and every character or element a function or operator produces.
  public static let costLimit = 1_000_000

  /// The longest text (in Unicode scalars) or bytes value a function or operator may
  /// produce: concatenation, `replace`, `format`, `join`, `strings.quote`, `string()`, `bytes()`,
  /// `lowerAscii`, `upperAscii`, `substring`, `trim`, `reverse`, `norm_name`.
  public static let maxStringLength = 100_000

  /// The longest list a function or operator may produce (`+` on lists, `split`, `reverse`).
  public static let maxListLength = 100_000

  /// The largest precision `format` accepts in `%.Nf` / `%.Ne`.
  public static let maxFormatPrecision = 100
}
