import TillitYAML

/// What every field of tillit's files means, in Swedish and English: one catalogue from which
/// both the JSON Schema's `title`/`description` (editor hover) and the field tables in `docs/`
/// are written, so that the two cannot say different things. The texts are the `field.` keys
/// of the message catalogue (`texts/TillitModel.yaml`, docs/messages.md).
///
/// An entry is found by `Shape.key` (the `ObjectShape`'s name and the field's key), else by the
/// key alone, for fields that mean the same wherever they appear (`contact`, `ref`). A test
/// fails when a field of any schema (documents, `tillit.yaml`, packs) has no entry.
public enum FieldCatalogue {
  /// A field's short name and what it is for.
  public struct Entry: Sendable {
    public let title: LocalizedText
    public let description: LocalizedText
  }

  /// The entry for `key` in the object shape called `shape`, or nil when none is written.
  public static func entry(shape: String, key: String) -> Entry? {
    entries[catalogueKey("\(shape).\(key)")] ?? entries[catalogueKey(key)]
  }

  /// `RuleExample.also` → `rule_example.also`: the catalogue's keys are lower-case.
  static func catalogueKey(_ key: String) -> String {
    var result = ""
    var previous: Character?
    for character in key {
      if character.isUppercase, let previous, previous.isLowercase || previous.isNumber { result += "_" }
      result += character.lowercased()
      previous = character
    }
    return result
  }

  /// Every `field.<key>.title` and `field.<key>.description` of the catalogue, by key. Field
  /// texts take no placeholders, so the templates as written are the texts.
  private static let entries: [String: Entry] = {
    var titles: [String: LocalizedText] = [:]
    var descriptions: [String: LocalizedText] = [:]
    for entry in Texts.entries where entry.key.hasPrefix("field.") {
      let text = LocalizedText(sv: entry.sv, en: entry.en)
      let name = entry.key.dropFirst("field.".count)
      if name.hasSuffix(".title") {
        titles[String(name.dropLast(".title".count))] = text
      } else if name.hasSuffix(".description") {
        descriptions[String(name.dropLast(".description".count))] = text
      }
    }
    var result: [String: Entry] = [:]
    for (key, title) in titles {
      result[key] = Entry(title: title, description: descriptions[key] ?? title)
    }
    return result
  }()
}
