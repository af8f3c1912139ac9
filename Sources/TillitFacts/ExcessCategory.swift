import CEL
import TillitModel
import TillitYAML

/// Why a share of an indicator's burden is excess (RULES.md §3.2). Listed in the order that
/// breaks ties: when two categories reach the same fraction, the earlier one is the reason.
public enum ExcessCategory: String, Sendable, CaseIterable, Codable, Comparable {
  /// Nobody uses it, or it informs no decision.
  case unused
  /// The same indicator is already collected from the same role in another process.
  case duplicate
  /// Collected by hand although a system or register already holds it.
  case available
  /// Collected more often than the fastest decision it informs.
  case overFrequent = "over_frequent"

  public static func < (lhs: ExcessCategory, rhs: ExcessCategory) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  public var label: LocalizedText {
    switch self {
    case .unused: return Texts.excessUnused
    case .duplicate: return Texts.excessDuplicate
    case .available: return Texts.excessAvailable
    case .overFrequent: return Texts.excessOverFrequent
    }
  }
}

/// The four excess fractions of an indicator in one respondent group, each in [0, 1].
public struct ExcessFractions: Sendable, Hashable {
  public var unused: Double = 0
  public var duplicate: Double = 0
  public var available: Double = 0
  public var overFrequent: Double = 0

  public subscript(category: ExcessCategory) -> Double {
    switch category {
    case .unused: return unused
    case .duplicate: return duplicate
    case .available: return available
    case .overFrequent: return overFrequent
    }
  }

  /// The maximum (never the sum) and the category reaching it; nil reason when it is 0.
  public var maximum: (fraction: Double, reason: ExcessCategory?) {
    var best: (Double, ExcessCategory?) = (0, nil)
    for category in ExcessCategory.allCases where self[category] > best.0 { best = (self[category], category) }
    return best
  }
}
