import CEL
import TillitYAML

/// A loaded, validated document of any kind, with the YAML it was read from.
///
/// The typed model is for computing (burden, screening); the YAML tree stays beside it so that
/// every value can still be located: `location(of:)` turns a path such as
/// `indicators[3].users` into file, line and column.
public struct Document: Sendable {
  public enum Content: Sendable {
    case organization(Organization)
    case followUp(FollowUp)
    case dataCollection(DataCollection)
    case waiver(Waiver)
    case action(Action)
  }

  public var kind: DocumentKind
  public var id: String
  public var source: YAMLDocument

  package init(kind: DocumentKind, id: String, source: YAMLDocument) {
    self.kind = kind
    self.id = id
    self.source = source
  }

  /// The typed model, decoded from the validated tree when asked for. Decoding on demand keeps
  /// loading cheap: checks that read a few fields need not pay for every string of every
  /// document.
  public var content: Content {
    let root = source.root
    switch kind {
    case .organization: return .organization(Organization(root))
    case .followUp: return .followUp(FollowUp(root))
    case .dataCollection: return .dataCollection(DataCollection(root))
    case .waiver: return .waiver(Waiver(root))
    case .action: return .action(Action(root))
    }
  }

  /// Where the document starts.
  public var location: SourceLocation { source.location(source.root.start) }

  /// The node at a path inside the document (`indicators[3].users`), or nil if there is none.
  public func node(at path: String) -> YAMLNode? {
    var node = source.root
    for component in DocumentPath.components(of: path) {
      switch component {
      case .key(let key):
        guard let next = node[key] else { return nil }
        node = next
      case .index(let i):
        let items = node.items
        guard node.isSequence, items.indices.contains(i) else { return nil }
        node = items[i]
      }
    }
    return node
  }

  /// The place of the node at `path`; for a path that does not exist (a missing field), the
  /// place of its nearest existing ancestor, which is where the user would add it.
  public func location(of path: String) -> SourceLocation {
    var node = source.root
    for component in DocumentPath.components(of: path) {
      switch component {
      case .key(let key):
        guard let next = node[key] else { return source.location(node.start) }
        node = next
      case .index(let i):
        let items = node.items
        guard node.isSequence, items.indices.contains(i) else { return source.location(node.start) }
        node = items[i]
      }
    }
    return source.location(node.start)
  }
}

/// Paths inside a document: keys joined by `.`, list positions in brackets, 0-based.
public enum DocumentPath {
  public enum Component: Sendable, Hashable {
    case key(String)
    case index(Int)
  }

  public static func components(of path: String) -> [Component] {
    var components: [Component] = []
    var current = ""
    var inIndex = false
    for character in path {
      switch character {
      case "." where !inIndex:
        if !current.isEmpty { components.append(.key(current)) }
        current = ""
      case "[" where !inIndex:
        if !current.isEmpty { components.append(.key(current)) }
        current = ""
        inIndex = true
      case "]" where inIndex:
        components.append(Int(current).map(Component.index) ?? .key(current))
        current = ""
        inIndex = false
      default:
        current.append(character)
      }
    }
    if !current.isEmpty { components.append(.key(current)) }
    return components
  }
}
