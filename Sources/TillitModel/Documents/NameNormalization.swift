import Foundation

/// How two indicator names are compared for duplicates (`norm_name`, and the facts that find
/// indicators collected twice).
public enum NameNormalization {
  /// Latin-1 characters that NFKC changes (no-break space, ordinals, superscripts, fractions,
  /// spacing accents, micro sign).
  static let compatibilityLatin1: Set<UInt32> = [
    0xA0, 0xA8, 0xAA, 0xAF, 0xB2, 0xB3, 0xB4, 0xB5, 0xB8, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE,
  ]

  /// NFKC, lower-case, runs of anything but letters and digits to one space, trimmed: how two
  /// indicator names are compared for duplicates (å, ä, ö kept).
  public static func normalized(_ s: String) -> String {
    // NFKC changes nothing in Latin-1 but a handful of compatibility characters; skipping it
    // there (Swedish names are Latin-1) saves most of the cost.
    let needsNFKC = s.unicodeScalars.contains { $0.value >= 0x100 || compatibilityLatin1.contains($0.value) }
    let folded = (needsNFKC ? s.precomposedStringWithCompatibilityMapping : s).lowercased()
    var output = ""
    var pendingSpace = false
    for scalar in folded.unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        if pendingSpace && !output.isEmpty { output.append(" ") }
        pendingSpace = false
        output.unicodeScalars.append(scalar)
      } else {
        pendingSpace = true
      }
    }
    return output
  }
}
