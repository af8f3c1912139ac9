import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// A category's flags are its own and every ancestor's; known keys have them worked out once
/// (`Taxonomy.inherited`), which must agree with working them out, also after an
/// Organization's additions.
@Suite struct TaxonomyFlagsTests {
  @Test func knownAndUnknownCategoriesInheritTheirAncestorsFlags() {
    let taxonomy = Taxonomy.builtIn
    #expect(taxonomy.flags(ofCategory: "criminal.offences").criminal)
    #expect(taxonomy.flags(ofCategory: "criminal.offences.unlisted").criminal)
    #expect(taxonomy.flags(ofCategory: "care.alarm_events").highlyPersonal)
    #expect(!taxonomy.flags(ofCategory: "contact.email").criminal)
    #expect(taxonomy.flags(ofCategory: "nothing.known") == Taxonomy.Flags())
  }

  @Test func anOrganizationsFlagOnAParentReachesItsKnownChildren() throws {
    let text = """
      apiVersion: tillit/v1
      kind: Organization
      id: org
      name: Org
      taxonomy:
        categories:
          - {key: contact, sv: Kontakt, en: Contact, vulnerable: true}
          - {key: contact.pager, sv: Personsökare, en: Pager}

      """
    let root = try #require(YAMLReader().read(text, file: "o.yaml").documents.first?.root)
    let extended = Taxonomy.builtIn.extended(with: root)
    #expect(extended.flags(ofCategory: "contact.email").vulnerable)
    #expect(extended.flags(ofCategory: "contact.pager").vulnerable)
    #expect(!Taxonomy.builtIn.flags(ofCategory: "contact.email").vulnerable)
  }
}
