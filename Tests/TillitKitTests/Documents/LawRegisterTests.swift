import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitModel
@testable import TillitYAML

/// `policies/laws.yaml`: the statutes revision 2 (RULES.md §9.4) names as replaced are all there,
/// with the dates and replacements verified against the statute register, and every entry points
/// at riksdagen.se; the register is data, never loaded as a pack.
@Suite struct LawRegisterTests {
  static let register = LawRegister.builtIn

  @Test(
    arguments: [
      ("2001:453", "2025-07-01", ["2025:400"]),
      ("1998:204", "2018-05-25", [nil, "2018:218"]),
      ("1986:223", "2018-07-01", ["2017:900"]),
      ("1991:900", "2018-01-01", ["2017:725"]),
      ("2013:460", "2018-08-01", ["2018:1200"]),
    ] as [(String, String, [String?])])
  func everyReplacementOfRevisionTwoIsRegisteredWithItsDate(sfs: String, repealed: String, replacedBy: [String?]) throws
  {
    let law = try #require(Self.register.laws[sfs])
    #expect(law.repealed == CalendarDate(repealed))
    #expect(law.replacedBy.map(\.sfs) == replacedBy)
    for replacement in law.replacedBy {
      guard let number = replacement.sfs else { continue }
      // The replacement is in force from the day the old act ceased to apply.
      #expect(Self.register.laws[number]?.inForce == law.repealed, "\(number)")
      #expect(Self.register.laws[number]?.repealed == nil, "\(number)")
    }
  }

  @Test func theNewSocialServicesActIsNamedByItsNumberInBothLanguages() throws {
    let law = try #require(Self.register.laws["2001:453"])
    #expect(
      law.replacedBy.first?.name
        == LocalizedText(sv: "socialtjänstlagen (2025:400)", en: "the Social Services Act (2025:400)"))
  }

  @Test func everyEntryHasANameInBothLanguagesAndAnAuthoritativeSource() throws {
    #expect(Self.register.laws.count >= 10)
    for law in Self.register.laws.values {
      #expect(!law.name.sv.isEmpty && !law.name.en.isEmpty && law.name.en != law.name.sv, "\(law.sfs)")
      let host = try #require(law.source.flatMap(URL.init(string:))?.host, "\(law.sfs) has no source")
      #expect(host == "www.riksdagen.se", "\(law.sfs): \(host)")
      // A repealed act names what replaced it, and a number it names is an entry.
      #expect((law.repealed == nil) == law.replacedBy.isEmpty, "\(law.sfs)")
      for replacement in law.replacedBy {
        if let sfs = replacement.sfs { #expect(Self.register.laws[sfs] != nil, "\(law.sfs) → \(sfs)") }
      }
    }
  }

  @Test func aCitationIsFoundByAnyNumberInItsText() {
    let register = Self.register
    #expect(register.repealedLaw(citedIn: "Socialtjänstlagen (2001:453) 4 kap. 1 §")?.sfs == "2001:453")
    #expect(register.repealedLaw(citedIn: "Lag (2001:454) om behandling … jämte SoL (2001:453)")?.sfs == "2001:453")
    #expect(register.repealedLaw(citedIn: "PUL 1998:204") != nil)
    #expect(register.repealedLaw(citedIn: "Socialtjänstlagen (2025:400)") == nil)
    #expect(register.repealedLaw(citedIn: "Lag (2001:454) om behandling av personuppgifter inom socialtjänsten") == nil)
    // Not an SFS number: five digits before the colon, or none after it.
    #expect(register.repealedLaw(citedIn: "12001:453") == nil)
    #expect(register.repealedLaw(citedIn: "2001: 453") == nil)
    #expect(register.repealedLaw(citedIn: "") == nil)
  }

  @Test func theRegisterIsNotABuiltInPack() {
    #expect(!PolicyPackLoader.builtInNames.contains("laws"))
    #expect(PolicyPackLoader.builtInNames.contains("se"))
  }
}
