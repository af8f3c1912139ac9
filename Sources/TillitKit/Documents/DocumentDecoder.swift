/// Turns one composed YAML document into a typed tillit document, or into the reasons it cannot.
public enum DocumentDecoder {
  public static func decode(_ yaml: YAMLDocument) -> (document: Document?, errors: [DocumentError]) {
    let root = yaml.root
    guard root.mapping != nil else {
      return (nil, [.notAMapping(yaml.location(root.start))])
    }
    guard let versionNode = root["apiVersion"], !versionNode.isNull else {
      return (nil, [.missingField(key: "apiVersion", path: "", yaml.location(root.start))])
    }
    guard versionNode.scalar?.text == DocumentKind.apiVersion else {
      return (nil, [.unsupportedAPIVersion(found: versionNode.scalar?.text ?? "", yaml.location(versionNode.start))])
    }
    guard let kindNode = root["kind"], !kindNode.isNull else {
      return (nil, [.missingField(key: "kind", path: "", yaml.location(root.start))])
    }
    let kindText = kindNode.scalar?.text ?? ""
    guard let kind = DocumentKind(rawValue: kindText) else {
      let suggestion = Suggestion.closest(to: kindText, among: DocumentKind.allCases.map(\.rawValue))
      return (nil, [.unknownKind(found: kindText, suggestion: suggestion, yaml.location(kindNode.start))])
    }
    var validator = ShapeValidator(document: yaml)
    validator.validate(root, against: DocumentSchema.shape(of: kind))
    guard validator.errors.isEmpty else { return (nil, validator.errors) }

    let content: Document.Content
    switch kind {
    case .organization: content = .organization(Organization(root))
    case .followUp: content = .followUp(FollowUp(root))
    case .dataCollection: content = .dataCollection(DataCollection(root))
    case .waiver: content = .waiver(Waiver(root))
    }
    return (Document(kind: kind, id: root.text("id") ?? "", source: yaml, content: content), [])
  }
}
