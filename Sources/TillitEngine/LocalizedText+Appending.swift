import TillitYAML

extension LocalizedText {
  /// This text followed by `other`, each language with its own: how a catalogue text gains an
  /// optional second part ("Did you mean …?") without a catalogue entry for every combination.
  package func appending(_ other: LocalizedText, separator: String = " ") -> LocalizedText {
    LocalizedText(sv: sv + separator + other.sv, en: en + separator + other.en)
  }
}
