/// Every document of one organisation's workspace, in a deterministic order (by file, then by
/// position in the file), with indexes by id.
public struct Workspace: Sendable {
  public private(set) var documents: [Document]
  public private(set) var organization: Organization?
  public private(set) var followUps: [FollowUp] = []
  public private(set) var dataCollections: [DataCollection] = []
  public private(set) var waivers: [Waiver] = []
  /// The files read, in order, including those that held no document.
  public private(set) var files: [String]

  public init(documents: [Document], files: [String]) {
    self.documents = documents
    self.files = files
    for document in documents {
      switch document.content {
      case .organization(let o): if organization == nil { organization = o }
      case .followUp(let f): followUps.append(f)
      case .dataCollection(let c): dataCollections.append(c)
      case .waiver(let w): waivers.append(w)
      }
    }
  }

  /// How many documents of each kind, for summaries.
  public var countsByKind: [(kind: DocumentKind, count: Int)] {
    DocumentKind.allCases.map { kind in (kind, documents.lazy.filter { $0.kind == kind }.count) }
  }

  public func document(kind: DocumentKind, id: String) -> Document? {
    documents.first { $0.kind == kind && $0.id == id }
  }
}
