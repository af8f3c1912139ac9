import TillitYAML

extension LocalizedText {
  /// Sentences of a message put together with a space, each language from its own parts; an
  /// absent part (no suggestion to make) is left out. A message whose middle sentence comes and
  /// goes is built this way so that the catalogue holds whole sentences, never a half one.
  static func sentences(_ parts: LocalizedText?...) -> LocalizedText {
    let present = parts.compactMap { $0 }
    return LocalizedText(
      sv: present.map(\.sv).joined(separator: " "), en: present.map(\.en).joined(separator: " "))
  }
}
