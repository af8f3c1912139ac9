import TillitModel
import TillitYAML

/// What the workspace calls its things, by id: the Organization's roles, forums and committees
/// and every document. The engine's own findings (about actions and waivers) name an owner or a
/// document by this instead of its id (RULES.md §9.5), as pack messages do with `name(...)`.
struct WorkspaceNames: Sendable {
  private var names: [String: LocalizedText] = [:]
  private var documents: Set<String> = []

  init(_ workspace: Workspace) {
    for document in workspace.documents {
      let root = document.source.root
      if let name = root["name"]?.text, !name.isEmpty {
        names[document.id] = LocalizedText(sv: name, en: name)
        documents.insert(document.id)
      }
      guard document.kind == .organization else { continue }
      for list in ["roles", "forums", "controllers"] {
        guard let items = root[list]?.items else { continue }
        for item in items {
          guard let id = item["id"]?.text, let name = Self.localized(item["name"]) else { continue }
          names[id] = name
        }
      }
    }
  }

  /// `{sv, en}` or one text for both.
  private static func localized(_ node: YAMLNode?) -> LocalizedText? {
    guard let node else { return nil }
    if let text = node.text { return text.isEmpty ? nil : LocalizedText(sv: text, en: text) }
    let sv = node["sv"]?.text
    let en = node["en"]?.text
    guard let either = sv ?? en else { return nil }
    return LocalizedText(sv: sv ?? either, en: en ?? either)
  }

  /// The name of a role, forum or committee; a document's name with its id in parentheses,
  /// since the reader may look for its file; the id itself when nothing has that id.
  func name(of id: String) -> LocalizedText {
    guard let name = names[id] else { return LocalizedText(sv: id, en: id) }
    guard documents.contains(id) else { return name }
    return LocalizedText(
      sv: Texts.namesDocument(name: name.sv, id: id).sv, en: Texts.namesDocument(name: name.en, id: id).en)
  }
}
