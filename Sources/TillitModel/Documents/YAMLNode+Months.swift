import TillitYAML

extension YAMLNode {
  /// A list of months (whole numbers 1–12), each once, in calendar order; anything else in the
  /// list is left out (validation reports it), and absent or null gives the empty list. The
  /// reporting calendar reads it, so a typo costs a finding, not a wrong month.
  package func months(_ key: String) -> [Int] {
    guard let list = self[key] else { return [] }
    let months = list.items.compactMap { item -> Int? in
      if case .int(let month) = item.value, (1...12).contains(month) { return month }
      return nil
    }
    return Array(Set(months)).sorted()
  }
}
