import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// The fingerprint hashes its parts in place of the text joining them: these pin that it is
/// FNV-1a of exactly that text, so fingerprints in baselines and earlier reports still match.
@Suite struct FingerprintTests {
  func joinedTextHash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  @Test func fingerprintIsTheHashOfItsPartsJoinedByUnitSeparators() {
    let cases: [(String, DocumentKind?, String, String)] = [
      ("TRUST-P00", .followUp, "sjukfranvaro", "owner"), ("R", nil, "", ""),
      ("TILLIT-EVAL/GDPR-001", .dataCollection, "å-ö", "fields[3].category"), ("", .waiver, "w", "until"),
    ]
    for (rule, kind, document, path) in cases {
      #expect(
        Finding.fingerprint(rule: rule, kind: kind, document: document, path: path)
          == joinedTextHash("\(rule)\u{1F}\(kind?.rawValue ?? "")\u{1F}\(document)\u{1F}\(path)"))
    }
    #expect(Finding.fingerprint(rule: "R", kind: nil, document: "", path: "") == 0x2bc5_b32b_04b8_c184)
  }
}
