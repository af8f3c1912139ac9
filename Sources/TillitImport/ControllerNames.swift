import TillitModel
import TillitYAML

/// The Organization's controllers by what a register's cell says of them: the id, the
/// Swedish or English name, or "name, contact" as tillit's own export writes it. A text that
/// fits no controller, or more than one, finds none: the import keeps it for a person to decide.
struct ControllerNames: Sendable {
  private var byText: [String: Set<String>] = [:]

  init(_ organization: Organization?) {
    for controller in organization?.controllers ?? [] {
      var texts = [controller.id]
      for name in [controller.name?.sv, controller.name?.en].compactMap({ $0 }) {
        texts.append(name)
        if let contact = controller.contact { texts.append("\(name), \(contact)") }
      }
      for text in texts { byText[NameNormalization.normalized(text), default: []].insert(controller.id) }
    }
  }

  /// The id of the one controller `text` names, or nil.
  func id(for text: String) -> String? {
    guard let ids = byText[NameNormalization.normalized(text)], ids.count == 1 else { return nil }
    return ids.first
  }
}
