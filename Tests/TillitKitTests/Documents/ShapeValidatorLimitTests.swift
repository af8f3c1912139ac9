import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Values that are well-formed YAML but not usable document content: NaN and infinity in a
/// number, and texts far longer than their field can mean.
@Suite struct ShapeValidatorLimitTests {
  func errors(_ marked: MarkedText) -> [DocumentError] {
    let read = YAMLReader().read(marked.text, file: "d.yaml")
    #expect(read.errors.isEmpty, "\(read.errors)")
    guard let yaml = read.documents.first else { return [] }
    return DocumentDecoder.decode(yaml).errors
  }

  static let header = "apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: X\n"

  @Test(arguments: [".nan", ".NaN", ".inf", "-.inf"])
  func notANumberOrInfinityInANumericFieldSaysSo(value: String) throws {
    let marked = MarkedText(Self.header + "respondents:\n  - role: teacher\n    minutes_per_response: 1️⃣\(value)\n")
    let location = try #require(marked.location("1️⃣", file: "d.yaml"))
    let found = errors(marked)
    #expect(found == [.notFinite(path: "respondents[0].minutes_per_response", value: value, location)])
    let message = try #require(found.first).diagnostic.message
    #expect(message.en.contains("NaN and infinity are not allowed"))
    #expect(message.sv.contains("NaN (”inte ett tal”) och oändligt är inte tillåtna"))
    #expect(!message.en.contains("found a decimal number"))
  }

  @Test func notANumberInAWholeNumberFieldSaysSo() throws {
    let marked = MarkedText(Self.header + "respondents:\n  - role: teacher\n    count: 1️⃣.nan\n")
    let location = try #require(marked.location("1️⃣", file: "d.yaml"))
    #expect(errors(marked) == [.notFinite(path: "respondents[0].count", value: ".nan", location)])
  }

  @Test func aLegalReferenceOverTheShortTextLimitIsALocatedError() throws {
    let law = String(repeating: "SFS 2018:218 ", count: 3_100)
    let marked = MarkedText(
      "apiVersion: tillit/v1\nkind: DataCollection\nid: x\nname: X\npurposes:\n  - id: p\n    law: 1️⃣\(law)\n")
    let location = try #require(marked.location("1️⃣", file: "d.yaml"))
    let length = law.trimmingCharacters(in: .whitespaces).unicodeScalars.count
    let found = errors(marked)
    #expect(
      found == [
        .textTooLong(path: "purposes[0].law", length: length, limit: ShapeValidator.shortTextLimit, location)
      ])
    let message = try #require(found.first).diagnostic.message
    #expect(message.en.contains("the text is 40,299 characters, more than this field's limit of 1,000"))
    #expect(message.sv.contains("texten är 40\u{A0}299 tecken, mer än fältets gräns på 1\u{A0}000"))
    #expect(message.en.count < 300)
  }

  @Test func aLongDescriptionIsFineUpToTheFreeTextLimit() {
    let description = String(repeating: "å", count: ShapeValidator.freeTextLimit)
    let marked = MarkedText(
      "apiVersion: tillit/v1\nkind: DataCollection\nid: x\nname: X\npurposes:\n  - id: p\n    description: \(description)\n"
    )
    #expect(errors(marked).isEmpty)
  }

  @Test func aDescriptionOverTheFreeTextLimitIsALocatedError() throws {
    let description = String(repeating: "å", count: ShapeValidator.freeTextLimit + 1)
    let marked = MarkedText(
      "apiVersion: tillit/v1\nkind: DataCollection\nid: x\nname: X\npurposes:\n  - id: p\n    description: 1️⃣\(description)\n"
    )
    let location = try #require(marked.location("1️⃣", file: "d.yaml"))
    #expect(
      errors(marked) == [
        .textTooLong(
          path: "purposes[0].description", length: ShapeValidator.freeTextLimit + 1,
          limit: ShapeValidator.freeTextLimit, location)
      ])
  }

  @Test func aNameInBothLanguagesCountsAsAShortField() throws {
    let name = String(repeating: "n", count: ShapeValidator.shortTextLimit + 1)
    let marked = MarkedText(
      "apiVersion: tillit/v1\nkind: Organization\nid: x\nname: X\nroles:\n  - id: r\n    name:\n      sv: 1️⃣\(name)\n")
    let location = try #require(marked.location("1️⃣", file: "d.yaml"))
    #expect(errors(marked) == [.textTooLong(path: "roles[0].name.sv", length: name.count, limit: 1_000, location)])
  }
}
