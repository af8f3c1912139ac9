import TillitModel
import TillitYAML

/// The Organization's controllers and roles by what a spreadsheet's cell says of them: the
/// id, the Swedish or English name, or (for a controller) "name, contact" as tillit's own
/// export writes it. A text that fits none, or more than one, finds none: the import keeps it
/// for a person to decide.
struct OrganizationNames: Sendable {
  private var controllers: [String: Set<String>] = [:]
  private var roles: [String: Set<String>] = [:]

  init(_ organization: Organization?) {
    for controller in organization?.controllers ?? [] {
      var texts = [controller.id]
      for name in [controller.name?.sv, controller.name?.en].compactMap({ $0 }) {
        texts.append(name)
        if let contact = controller.contact { texts.append("\(name), \(contact)") }
      }
      for text in texts { controllers[NameNormalization.normalized(text), default: []].insert(controller.id) }
    }
    for role in organization?.roles ?? [] {
      for text in [role.id, role.name?.sv, role.name?.en].compactMap({ $0 }) {
        roles[NameNormalization.normalized(text), default: []].insert(role.id)
      }
    }
  }

  /// The id of the one controller `text` names, or nil.
  func controller(_ text: String) -> String? { only(controllers[NameNormalization.normalized(text)]) }

  /// The id of the one role `text` names, or nil.
  func role(_ text: String) -> String? { only(roles[NameNormalization.normalized(text)]) }

  private func only(_ ids: Set<String>?) -> String? {
    guard let ids, ids.count == 1 else { return nil }
    return ids.first
  }
}
