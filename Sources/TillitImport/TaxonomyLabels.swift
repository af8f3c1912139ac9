import Foundation
import TillitModel

/// The taxonomy's categories and data-subject categories by their Swedish and English
/// labels (and by key), so that `Namn` and `Name` both find `identity.name`.
struct TaxonomyLabels: Sendable {
  private var categories: [String: String] = [:]
  private var subjects: [String: String] = [:]

  init(_ taxonomy: Taxonomy) {
    for (key, entry) in taxonomy.categories.sorted(by: { $0.key < $1.key }) {
      for label in [key, entry.name.sv, entry.name.en] {
        let normalized = NameNormalization.normalized(label)
        if categories[normalized] == nil { categories[normalized] = key }
      }
    }
    for (key, entry) in taxonomy.subjects.sorted(by: { $0.key < $1.key }) {
      for label in [key, key.replacingOccurrences(of: "_", with: " "), entry.name.sv, entry.name.en] {
        let normalized = NameNormalization.normalized(label)
        if subjects[normalized] == nil { subjects[normalized] = key }
      }
    }
  }

  func category(_ label: String) -> String? { categories[NameNormalization.normalized(label)] }
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
