import CEL
import TillitYAML

/// Turns one composed YAML document into a typed tillit document, or into the reasons it cannot.
public enum DocumentDecoder {
  /// Every `fields[].category` and `data_subjects[].category` must be in the taxonomy (the
  /// built-in one with the Organization's additions). A null or blank category counts as absent,
  /// as every other null or blank field does: the rules then report the missing category.
  static func unknownCategories(in root: YAMLNode, document: YAMLDocument, taxonomy: Taxonomy) -> [DocumentError] {
    var errors: [DocumentError] = []
    for (list, subject) in [("fields", false), ("data_subjects", true)] {
      for (i, item) in root.objects(list).enumerated() {
        guard let node = item["category"], !node.isNull, !node.isBlankText, let value = node.text else {
          continue
        }
        let known = subject ? taxonomy.subjects[value] != nil : taxonomy.categories[value] != nil
        if !known {
          let candidates = subject ? Array(taxonomy.subjects.keys) : Array(taxonomy.categories.keys)
          errors.append(
            .unknownCategory(
              path: "\(list)[\(i)].category", value: value, subject: subject,
              suggestion: Suggestion.closest(to: value, among: candidates), document.location(node.start)))
        }
      }
    }
    return errors
  }

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
