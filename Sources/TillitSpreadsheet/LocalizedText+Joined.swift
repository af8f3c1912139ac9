import TillitYAML

extension LocalizedText {
  /// Texts of both languages put one after the other, each language from its own parts: a list
  /// of names quoted the way each language quotes («Register» / 'Register'), or the pieces of a
  /// place in a workbook.
  public static func joined(_ parts: [LocalizedText], separator: String) -> LocalizedText {
    LocalizedText(
      sv: parts.map(\.sv).joined(separator: separator), en: parts.map(\.en).joined(separator: separator))
  }
}
