/// The European Economic Area, for transfers to third countries (GDPR chapter V): a recipient
/// outside it needs a transfer basis.
public enum EEA {
  /// EU-27, Iceland, Liechtenstein and Norway.
  public static let countries: Set<String> = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
    "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
  ]
}
