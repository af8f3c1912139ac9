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
    return needsNFKC ? normalizedInGeneral(s) : normalizedLatin1(s)
  }

  /// The same as `normalizedInGeneral` for text of Latin-1 characters outside
  /// `compatibilityLatin1`, by a table instead of Unicode's properties: every letter of that
  /// range is alphabetic and lower-cases by adding 0x20 (`À` → `à`, `Þ` → `þ`; `ß` and `ÿ`
  /// stay), the only numbers left are the digits, and `×` and `÷` are not letters. Indicator
  /// names are compared for every follow-up of a workspace, so this is most of their cost.
  static func normalizedLatin1(_ s: String) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(s.utf8.count)
    var pendingSpace = false
    for scalar in s.unicodeScalars {
      var value = scalar.value
      switch value {
      case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: value += 0x20
      case 0x30...0x39, 0x61...0x7A, 0xDF...0xF6, 0xF8...0xFF: break
      default:
        pendingSpace = true
        continue
      }
      if pendingSpace && !output.isEmpty { output.append(0x20) }
      pendingSpace = false
      if value < 0x80 {
        output.append(UInt8(value))
      } else {
        output.append(UInt8(0xC0 | (value >> 6)))
        output.append(UInt8(0x80 | (value & 0x3F)))
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// NFKC, lower-case and the runs of non-letters, by Unicode's own properties: for text
  /// beyond Latin-1 or with its compatibility characters.
  static func normalizedInGeneral(_ s: String) -> String {
    let folded = s.precomposedStringWithCompatibilityMapping.lowercased()
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
