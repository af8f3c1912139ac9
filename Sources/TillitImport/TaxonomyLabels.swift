import Foundation
import TillitModel
import TillitYAML

/// The taxonomy's categories and data-subject categories by their Swedish and English
/// labels (and by key), so that `Namn` and `Name` both find `identity.name`.
///
/// A label can mean different categories in the two languages (`Position` is Swedish for a
/// location and English for a job title), or even two in one language. The run's language
/// (`--lang`, or the language of the headings) is asked first; a label that still names more
/// than one category is ambiguous and left to a person, never guessed.
struct TaxonomyLabels: Sendable {
  /// What a label names.
  enum Match: Equatable {
    case key(String)
    /// More than one category, in the keys' order.
    case ambiguous([String])
  }

  private var keys: Set<String> = []
  private var categories: [Language: [String: Set<String>]] = [:]
  private var subjects: [String: String] = [:]
  let language: Language?

  init(_ taxonomy: Taxonomy, language: Language? = nil) {
    self.language = language
    for (key, entry) in taxonomy.categories {
      keys.insert(key)
      categories[.sv, default: [:]][NameNormalization.normalized(entry.name.sv), default: []].insert(key)
      categories[.en, default: [:]][NameNormalization.normalized(entry.name.en), default: []].insert(key)
    }
    for (key, entry) in taxonomy.subjects.sorted(by: { $0.key < $1.key }) {
      for label in [key, key.replacingOccurrences(of: "_", with: " "), entry.name.sv, entry.name.en] {
        let normalized = NameNormalization.normalized(label)
        if subjects[normalized] == nil { subjects[normalized] = key }
      }
    }
  }

  /// The category a cell item names: its key, its label in the run's language, then in the
  /// other; `Label (key)`, as tillit's export writes a label two categories share, names the key.
  func category(_ label: String) -> Match? {
    let trimmed = label.trimmingCharacters(in: .whitespaces)
    if keys.contains(trimmed) { return .key(trimmed) }
    if let open = trimmed.lastIndex(of: "("), trimmed.hasSuffix(")") {
      let inner = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
      if keys.contains(inner) { return .key(inner) }
    }
    let normalized = NameNormalization.normalized(trimmed)
    let order: [[Language]] =
      language.map { chosen in [[chosen], Language.allCases.filter { $0 != chosen }] } ?? [Language.allCases]
    for languages in order {
      let found = languages.reduce(into: Set<String>()) { $0.formUnion(categories[$1]?[normalized] ?? []) }
      if found.count == 1, let key = found.first { return .key(key) }
      if found.count > 1 { return .ambiguous(found.sorted()) }
    }
    return nil
  }

  /// A subject category; a Swedish or English plural (`Elever`, `Pupils`) finds the
  /// singular the taxonomy names.
  func subject(_ label: String) -> String? {
    let normalized = NameNormalization.normalized(label)
    if let key = subjects[normalized] { return key }
    for suffix in ["erna", "arna", "orna", "na", "er", "ar", "or", "s", "a"] where normalized.hasSuffix(suffix) {
      if let key = subjects[String(normalized.dropLast(suffix.count))] { return key }
    }
    return nil
  }
}
