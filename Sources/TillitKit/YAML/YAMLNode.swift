/// One node of a composed YAML document: immutable, with the place it starts and ends.
///
/// Aliases are resolved while composing: an alias node is a copy of its anchored node (arrays
/// are copy-on-write, so the copy is cheap) and keeps the anchor's marks, because that is where
/// the user wrote the value.
public struct YAMLNode: Sendable {
  public enum Content: Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode])
    case mapping([YAMLPair])
  }

  public var content: Content
  /// Where the node starts (for a block scalar: its indicator; for a quoted scalar: the quote).
  public var start: Mark
  /// Where the node ends (exclusive).
  public var end: Mark

  public init(_ content: Content, start: Mark, end: Mark) {
    self.content = content
    self.start = start
    self.end = end
  }

  public var scalar: YAMLScalar? {
    if case .scalar(let s) = content { return s }
    return nil
  }

  public var sequence: [YAMLNode]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  public var mapping: [YAMLPair]? {
    if case .mapping(let pairs) = content { return pairs }
    return nil
  }

  /// True for an explicit or implicit YAML null (`~`, `null`, or nothing).
  public var isNull: Bool {
    if case .scalar(let s) = content, case .null = s.value { return true }
    return false
  }

  /// The value under `key` when this node is a mapping with a plain-text key.
  public subscript(key: String) -> YAMLNode? {
    guard case .mapping(let pairs) = content else { return nil }
    for pair in pairs where pair.key == key { return pair.value }
    return nil
  }

  /// A short name of the node's YAML type, for messages.
  public var typeName: YAMLTypeName {
    switch content {
    case .mapping: return .mapping
    case .sequence: return .sequence
    case .scalar(let s):
      switch s.value {
      case .null: return .null
      case .bool: return .bool
      case .int: return .int
      case .float: return .float
      case .string: return .string
      }
    }
  }
}

/// A key and its value in a mapping. Keys are scalars (complex keys are refused while composing),
/// so the key's text and its own mark are kept directly.
public struct YAMLPair: Sendable {
  public var key: String
  public var keyMark: Mark
  public var value: YAMLNode

  public init(key: String, keyMark: Mark, value: YAMLNode) {
    self.key = key
    self.keyMark = keyMark
    self.value = value
  }
}

/// The YAML type of a node, as named in messages.
public enum YAMLTypeName: String, Sendable {
  case mapping, sequence, null, bool, int, float, string
}

/// One parsed YAML document and the file it came from.
public struct YAMLDocument: Sendable {
  public var file: String
  /// 0-based position of the document in its file's stream.
  public var index: Int
  public var root: YAMLNode

  public init(file: String, index: Int, root: YAMLNode) {
    self.file = file
    self.index = index
    self.root = root
  }

  public func location(_ mark: Mark) -> SourceLocation { mark.location(in: file) }
}
