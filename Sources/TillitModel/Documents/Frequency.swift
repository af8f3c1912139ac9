import CEL
import TillitYAML

/// How often something happens, as documents write it: a named rhythm or `{per_year: N}`.
public enum Frequency: Sendable, Hashable {
  case named(String)
  case perYear(Double)

  /// Occurrences per year of the named rhythms (SCHEMA.md). `daily` counts working days.
  public static let timesPerYear: [(name: String, perYear: Double)] = [
    ("daily", 220), ("weekly", 45), ("monthly", 12), ("tertial", 3), ("quarterly", 4),
    ("semiannual", 2), ("yearly", 1), ("once", 1),
  ]

  public static let names = timesPerYear.map(\.name)

  /// Occurrences per year (`once` counts as one a year: RULES.md §7).
  public var perYear: Double {
    switch self {
    case .named(let name): return Frequency.timesPerYear.first { $0.name == name }?.perYear ?? 0
    case .perYear(let n): return n
    }
  }
}
