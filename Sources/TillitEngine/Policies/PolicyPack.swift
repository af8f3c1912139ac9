import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// A loaded, compiled policy pack: its own metadata and every rule in effect, including those
/// of packs it extends, with disabled rules removed and severity overrides applied.
public struct PolicyPack: Sendable {
  public let id: String
  public let version: String?
  public let title: LocalizedText
  public let description: LocalizedText?
  public let references: [Reference]
  /// Where the pack came from: a file path, or `builtin:<name>`.
  public let origin: String
  public internal(set) var rules: [Rule]
  /// The pack's defaults for the ⟨name⟩ thresholds (those of extended packs included).
  public let thresholds: [String: Value]
}

extension PolicyPack {
  /// Each rule once, in order: a rule written for several kinds of document is compiled
  /// once per kind (see `Rule.appliesTo`), and listings show it once.
  public var distinctRules: [Rule] {
    var seen = Set<String>()
    return rules.filter { seen.insert($0.id).inserted }
  }

  /// The same pack with only the rules `keep` accepts, for listings narrowed by tag.
  public func filteringRules(_ keep: (Rule) -> Bool) -> PolicyPack {
    var narrowed = self
    narrowed.rules = rules.filter(keep)
    return narrowed
  }
}
