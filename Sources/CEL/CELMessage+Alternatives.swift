extension CELMessage {
  /// `A`, `A or B`, `A, B or C` in each language: the word before the last alternative is the
  /// language's own, so the list is built from the catalogue rather than joined with one word.
  static func alternatives(_ names: [String]) -> CELMessage {
    guard names.count > 1, let last = names.last else {
      let only = names.first ?? ""
      return CELMessage(verbatim: only)
    }
    return Texts.celAlternatives(first: names.dropLast().joined(separator: ", "), last: last)
  }

  /// A text that reads the same in both languages: a name or a piece of an expression.
  init(verbatim text: String) {
    self.init(sv: text, en: text)
  }
}
