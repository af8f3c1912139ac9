/// Hard limits on what one YAML file may ask of tillit, so that no input can exhaust memory or
/// time. The defaults are far above any real follow-up or collection document (the largest in a
/// generated municipality is about 20 KB, nested 6 deep, without aliases).
public struct YAMLLimits: Sendable, Hashable {
  /// Largest file read, in bytes (default 16 MiB).
  public var maxFileBytes: Int
  /// Deepest nesting of mappings and sequences (default 128).
  public var maxDepth: Int
  /// Most aliases (`*name`) in one document (default 1,000).
  public var maxAliases: Int
  /// Most nodes one document may have once aliases are expanded (default 1,000,000); this is
  /// what stops an alias bomb ("billion laughs") before anything is expanded.
  public var maxExpandedNodes: Int

  public init(
    maxFileBytes: Int = 16 << 20, maxDepth: Int = 128, maxAliases: Int = 1_000,
    maxExpandedNodes: Int = 1_000_000
  ) {
    self.maxFileBytes = maxFileBytes
    self.maxDepth = maxDepth
    self.maxAliases = maxAliases
    self.maxExpandedNodes = maxExpandedNodes
  }

  public static let `default` = YAMLLimits()
}
