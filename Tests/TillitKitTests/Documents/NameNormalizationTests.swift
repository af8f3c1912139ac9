import Testing

@testable import TillitModel

/// The Latin-1 table that compares indicator names gives exactly what Unicode's properties
/// give, so the faster path can never make two names equal (or unequal) that were not.
@Suite struct NameNormalizationTests {
  /// Every Latin-1 scalar that takes the table path.
  static let latin1 = (0x01...0xFF).compactMap { Unicode.Scalar(UInt32($0)) }.filter {
    !NameNormalization.compatibilityLatin1.contains($0.value)
  }

  @Test func eachLatin1CharacterAloneIsNormalizedAsUnicodeSays() {
    for scalar in Self.latin1 {
      let text = "a" + String(Character(scalar)) + "B"
      #expect(
        NameNormalization.normalizedLatin1(text) == NameNormalization.normalizedInGeneral(text), "\(scalar.value)")
    }
  }

  @Test func randomLatin1NamesAreNormalizedAsUnicodeSays() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...24, using: &generator)
      var text = ""
      for _ in 0..<length { text.unicodeScalars.append(Self.latin1.randomElement(using: &generator)!) }
      #expect(NameNormalization.normalizedLatin1(text) == NameNormalization.normalizedInGeneral(text), "\(text)")
    }
  }

  @Test func swedishNamesFoldToLowerCaseWordsAndCompatibilityCharactersTakeNFKC() {
    #expect(NameNormalization.normalized("  Antal ÅTGÄRDER/år – totalt ") == "antal åtgärder år totalt")
    #expect(NameNormalization.normalized("Kostnad (kr) ½ år") == "kostnad kr 1 2 år")
    #expect(NameNormalization.normalized("Sjukfrånvaro²") == "sjukfrånvaro2")
  }
}
