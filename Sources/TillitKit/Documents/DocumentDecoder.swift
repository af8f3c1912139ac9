/// Turns one composed YAML document into a typed tillit document, or into the reasons it cannot.
public enum DocumentDecoder {
  public static func decode(_ yaml: YAMLDocument) -> (document: Document?, errors: [DocumentError]) {
    let root = yaml.root
    guard root.isMapping else {
      return (nil, [.notAMapping(yaml.location(root.start))])
    }
    guard let versionNode = root["apiVersion"], !versionNode.isNull else {
      return (nil, [.missingField(key: "apiVersion", path: "", yaml.location(root.start))])
    }
    guard versionNode.hasText(DocumentKind.apiVersion) else {
      return (nil, [.unsupportedAPIVersion(found: versionNode.text ?? "", yaml.location(versionNode.start))])
    }
    guard let kindNode = root["kind"], !kindNode.isNull else {
      return (nil, [.missingField(key: "kind", path: "", yaml.location(root.start))])
    }
    let kindText = kindNode.text ?? ""
    guard let kind = DocumentKind(rawValue: kindText) else {
      let suggestion = Suggestion.closest(to: kindText, among: DocumentKind.allCases.map(\.rawValue))
      return (nil, [.unknownKind(found: kindText, suggestion: suggestion, yaml.location(kindNode.start))])
    }
    var validator = ShapeValidator(document: yaml)
    validator.validate(root, against: DocumentSchema.shape(of: kind))
    guard validator.errors.isEmpty else { return (nil, validator.errors) }
    return (Document(kind: kind, id: root.text("id") ?? "", source: yaml), [])
  }
}
