import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// The ⟨name⟩ thresholds in effect for one run over one workspace, resolved in one place so
/// that a threshold means the same to the rules, the facts and every report.
///
/// Before this type, the layers were merged in four places, each a little differently:
/// `tillit.yaml`'s `top_savings` was ignored by `burden`, and `check --format html` listed the
/// built-in ten savings whatever the Organization said.
///
/// Precedence (README, "Configuration"), weakest first: the defaults of the packs in use (a
/// later pack over an earlier one), then `tillit.yaml`'s `thresholds:`, then the Organization's
/// own `thresholds:`. A name written with no value (`top_savings:` or `~`) sets nothing, in
/// every layer, so an empty entry never hides a default.
public struct Thresholds: Sendable {
  /// Where a value in effect comes from, weakest first.
  public enum Source: Int, Sendable, CaseIterable, Comparable {
    case pack, configuration, organization

    public static func < (lhs: Source, rhs: Source) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The values of the names the Swift layer itself reads, for when no layer sets them: RULES.md
  /// §1's defaults. Only these two: the others are read by rules alone, which see exactly
  /// what the layers set (a pack that reads a threshold it does not declare is told so).
  public static let topSavingsDefault = 10
  public static let largeScaleSubjectsDefault = 5000

  /// Each layer's own values, by name.
  private var layers: [Source: [String: Value]]
  /// The value in effect for each name some layer sets.
  public private(set) var values: [String: Value] = [:]
  /// The layer each value in effect comes from.
  public private(set) var sources: [String: Source] = [:]

  /// The thresholds of `packs` (in order), `configuration` (`tillit.yaml`) and the Organization.
  public init(packs: [PolicyPack] = [], configuration: [String: Value] = [:], organization: Organization? = nil) {
    var defaults: [String: Value] = [:]
    for pack in packs { defaults.merge(pack.thresholds) { _, later in later } }
    layers = [.pack: defaults, .configuration: configuration, .organization: Thresholds.values(of: organization)]
    resolve()
  }

  /// The same thresholds with the Organization's layer taken from `organization`: the packs
  /// and the configuration are known before the workspace is, the Organization only after.
  public func with(organization: Organization?) -> Thresholds {
    var copy = self
    copy.layers[.organization] = Thresholds.values(of: organization)
    copy.resolve()
    return copy
  }

  /// ⟨top_savings⟩: how many indicators the savings lists keep.
  public var topSavings: Int { integer("top_savings") ?? Thresholds.topSavingsDefault }

  /// ⟨large_scale_subjects⟩: from how many data subjects a processing is large-scale (WP248 C5).
  public var largeScaleSubjects: Int { integer("large_scale_subjects") ?? Thresholds.largeScaleSubjectsDefault }

  /// The thresholds as the expression variable `thresholds`: a map with its keys sorted, so
  /// that iterating it is deterministic.
  public var expressionValue: Value {
    var map = MapValue()
    for name in values.keys.sorted() { map.insert(.string(name), values[name]!) }
    return .map(map)
  }

  private func integer(_ name: String) -> Int? {
    if case .int(let n)? = values[name] { return Int(clamping: n) }
    return nil
  }

  private mutating func resolve() {
    values = [:]
    sources = [:]
    for source in Source.allCases {
      for (name, value) in layers[source] ?? [:] where value != .null {
        values[name] = value
        sources[name] = source
      }
    }
  }

  /// What the Organization's `thresholds:` sets, typed as the schema says (a period is a
  /// period, a count an int), exactly as `tillit.yaml`'s and the packs' are read.
  static func values(of organization: Organization?) -> [String: Value] {
    guard let node = organization?.thresholds else { return [:] }
    var values: [String: Value] = [:]
    for field in DocumentSchema.thresholdFields where node[field.key] != nil {
      values[field.key] = DocumentValue.value(of: node[field.key], shape: field.shape)
    }
    return values
  }
}
