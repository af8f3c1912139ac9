import CEL
import TillitYAML

/// Every document of one organisation's workspace, in a deterministic order (by file, then by
/// position in the file), with indexes by id.
public struct Workspace: Sendable {
  public private(set) var documents: [Document]
  /// The files read, in order, including those that held no document.
  public private(set) var files: [String]

  public init(documents: [Document], files: [String]) {
    self.documents = documents
    self.files = files
  }

  /// The workspace's Organization (the first, if a broken workspace has several).
  public var organization: Organization? {
    guard let document = documents.first(where: { $0.kind == .organization }),
      case .organization(let organization) = document.content
    else { return nil }
    return organization
  }

  public var followUps: [FollowUp] {
    documents.compactMap { if case .followUp(let f) = $0.content { return f } else { return nil } }
  }

  public var dataCollections: [DataCollection] {
    documents.compactMap { if case .dataCollection(let c) = $0.content { return c } else { return nil } }
  }

  public var waivers: [Waiver] {
    documents.compactMap { if case .waiver(let w) = $0.content { return w } else { return nil } }
  }

  /// How many documents of each kind, for summaries.
  public var countsByKind: [(kind: DocumentKind, count: Int)] {
    DocumentKind.allCases.map { kind in (kind, documents.lazy.filter { $0.kind == kind }.count) }
  }

  public func document(kind: DocumentKind, id: String) -> Document? {
    documents.first { $0.kind == kind && $0.id == id }
  }
}
