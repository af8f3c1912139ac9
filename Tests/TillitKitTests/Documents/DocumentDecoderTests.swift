import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

@Suite struct DocumentDecoderTests {
  func decode(_ text: String) -> (document: Document?, errors: [DocumentError]) {
    let read = YAMLReader().read(text, file: "d.yaml")
    #expect(read.errors.isEmpty, "\(read.errors)")
    guard let yaml = read.documents.first else { return (nil, []) }
    return DocumentDecoder.decode(yaml)
  }

  func errors(_ marked: MarkedText) -> [DocumentError] {
    decode(marked.text).errors
  }

  @Test(arguments: DocumentKind.allCases)
  func onlyTheHeaderIsNeededToLoad(kind: DocumentKind) throws {
    let name = kind == .waiver ? "" : "name: Namn\n"
    let (document, errors) = decode("apiVersion: tillit/v1\nkind: \(kind.rawValue)\nid: x-1\n\(name)")
    #expect(errors.isEmpty)
    #expect(try #require(document).kind == kind)
  }

  @Test func aMissingNameIsALoadErrorAtTheDocument() {
    let marked = MarkedText("1️⃣apiVersion: tillit/v1\nkind: FollowUp\nid: x\n")
    #expect(errors(marked) == [.missingField(key: "name", path: "", marked.location("1️⃣", file: "d.yaml")!)])
  }

  @Test func aBlankNameCountsAsMissing() {
    let marked = MarkedText("apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: 1️⃣'  '\n")
    #expect(errors(marked) == [.missingField(key: "name", path: "", marked.location("1️⃣", file: "d.yaml")!)])
  }

  @Test(arguments: ["~", "null", "''", "'  '"])
  func aNullOrBlankCategoryCountsAsAbsentNotAsAnUnknownCategory(category: String) throws {
    let text = """
      apiVersion: tillit/v1
      kind: DataCollection
      id: c-1
      name: Insamling
      fields:
        - {name: Namn, category: \(category)}
      data_subjects:
        - {category: \(category)}
      """
    let yaml = try #require(YAMLReader().read(text, file: "d.yaml").documents.first)
    #expect(DocumentDecoder.unknownCategories(in: yaml.root, document: yaml, taxonomy: .builtIn).isEmpty)
    let unknown = try #require(
      YAMLReader().read(text.replacingOccurrences(of: category, with: "namn"), file: "d.yaml").documents.first)
    #expect(DocumentDecoder.unknownCategories(in: unknown.root, document: unknown, taxonomy: .builtIn).count == 2)
  }

  @Test func anUnknownKeyIsAnErrorWithADidYouMean() {
    let marked = MarkedText(
      "apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: X\npurpose:\n  1️⃣statment: Lärande\n")
    guard case .unknownKey(let path, let key, let suggestion, _, let location)? = errors(marked).first else {
      Issue.record("expected unknownKey")
      return
    }
    #expect(path == "purpose")
    #expect(key == "statment")
    #expect(suggestion == "statement")
    #expect(location == marked.location("1️⃣", file: "d.yaml"))
  }

  @Test func xPrefixedKeysAreFreeForTheUsersOwnNotes() {
    let (document, errors) = decode(
      "apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: X\nx-note: fri text\nowner: {function: hr, x-ref: 12}\n")
    #expect(errors.isEmpty)
    #expect(document != nil)
  }

  @Test func aValueOutsideItsSetListsTheAllowedValues() {
    let marked = MarkedText("apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: X\nowner: {function: 1️⃣hrr}\n")
    guard case .notInSet(let path, let value, let allowed, let suggestion, let location)? = errors(marked).first
    else {
      Issue.record("expected notInSet")
      return
    }
    #expect(path == "owner.function")
    #expect(value == "hrr")
    #expect(allowed == DocumentSchema.ownerFunctions)
    #expect(suggestion == "hr")
    #expect(location == marked.location("1️⃣", file: "d.yaml"))
  }

  @Test func aWrongTypeSaysWhatWasExpectedAndFound() {
    let marked = MarkedText(
      "apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: X\nrespondents:\n  - role: teacher\n    count: 1️⃣many\n")
    guard case .wrongType(let path, _, let found, let location)? = errors(marked).first else {
      Issue.record("expected wrongType")
      return
    }
    #expect(path == "respondents[0].count")
    #expect(found == .string)
    #expect(location == marked.location("1️⃣", file: "d.yaml"))
  }

  @Test(arguments: [
    ("last_used: 1️⃣2025-02-30", "indicators[0].last_used"),
    ("last_used: 1️⃣15/01/2025", "indicators[0].last_used"),
    ("frequency: 1️⃣montly", "indicators[0].frequency"),
    ("frequency: 1️⃣{per_year: -1}", "indicators[0].frequency.per_year"),
  ])
  func badDatesAndFrequenciesAreLoadErrorsAtTheirValue(line: String, path: String) {
    let marked = MarkedText(
      "apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: X\nindicators:\n  - id: i\n    \(line)\n")
    let found = errors(marked)
    #expect(found.count == 1, "\(found)")
    let location = found.first?.location
    if path.hasSuffix("per_year") {
      #expect(location?.line == marked.location("1️⃣", file: "d.yaml")?.line)
    } else {
      #expect(location == marked.location("1️⃣", file: "d.yaml"))
    }
    #expect(found.first?.diagnostic.message.en.contains(path) == true)
  }

  // Longer than 1,000 years is refused too: a date plus such a period could leave the years dates are written in.
  @Test(arguments: ["P", "3Y", "P3", "PT12H", "P1M2Y", "P-1Y", "P1001Y", "P12013M", "P365260D"])
  func badPeriodsAreLoadErrors(text: String) {
    let marked = MarkedText(
      "apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: X\nreview: {last: 2025-01-01, every: 1️⃣\(text)}\n")
    guard case .invalidValue(let path, let value, _, let location)? = errors(marked).first else {
      Issue.record("expected invalidValue for \(text)")
      return
    }
    #expect(path == "review.every")
    #expect(value == text)
    #expect(location == marked.location("1️⃣", file: "d.yaml"))
  }

  @Test func outOfRangeNumbersAreLoadErrors() {
    let marked = MarkedText(
      "apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: X\nrespondents:\n  - business_as_usual_share: 1️⃣1.5\n")
    guard case .outOfRange(let path, _, let min, let max, _)? = errors(marked).first else {
      Issue.record("expected outOfRange")
      return
    }
    #expect(path == "respondents[0].business_as_usual_share")
    #expect(min == "0")
    #expect(max == "1")
  }

  @Test func countryNOIsNorwayAndALowerCaseCodeIsAnError() {
    let base = "apiVersion: tillit/v1\nkind: DataCollection\nid: x\nname: X\nrecipients:\n  - id: r\n    country: "
    #expect(decode(base + "NO\n").errors.isEmpty)
    #expect(decode(base + "se\n").errors.count == 1)
    #expect(decode(base + "Sweden\n").errors.count == 1)
  }

  @Test func anUnsupportedAPIVersionAndAnUnknownKindAreErrors() {
    #expect(decode("apiVersion: tillit/v2\nkind: FollowUp\nid: x\nname: X\n").errors.count == 1)
    guard
      case .unknownKind(let kind, let suggestion, _)? = decode(
        "apiVersion: tillit/v1\nkind: Followup\nid: x\nname: X\n"
      ).errors.first
    else {
      Issue.record("expected unknownKind")
      return
    }
    #expect(kind == "Followup")
    #expect(suggestion == "FollowUp")
  }

  @Test(arguments: ["Upper", "with space", "-lead", "å-id"])
  func documentIDsAreLowerCaseLettersDigitsAndHyphens(id: String) {
    #expect(decode("apiVersion: tillit/v1\nkind: FollowUp\nid: '\(id)'\nname: X\n").errors.count == 1)
  }

  @Test func allErrorsOfADocumentAreCollected() {
    let found = decode(
      "apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: X\nowner: {function: nope}\nreview: {every: P1}\nbogus: 1\n"
    ).errors
    #expect(found.count == 3)
  }

  @Test func aFollowUpDecodesIntoItsTypedModel() throws {
    let (document, errors) = decode(
      """
      apiVersion: tillit/v1
      kind: FollowUp
      id: manadsrapport
      name: Månadsrapport
      owner: {function: hr}
      purpose: {statement: Underlag, types: [learning, legal_requirement], law: "AML 3 kap. 2 a §"}
      respondents:
        - {role: unit_manager, count: 45, minutes_per_response: 40, frequency: monthly, business_as_usual_share: 0.2}
      indicators:
        - id: sjuk
          name: Sjukfrånvaro
          kind: quantitative
          users: [unit_manager]
          decisions: [{name: Insatser, forum: bun, frequency: {per_year: 4}}]
          last_used: 2025-05-10
      """)
    #expect(errors.isEmpty)
    guard case .followUp(let followUp)? = document?.content else {
      Issue.record("not a FollowUp")
      return
    }
    #expect(followUp.isLawRequired)
    #expect(followUp.respondents.first?.count == 45)
    #expect(followUp.respondents.first?.frequency?.perYear == 12)
    #expect(followUp.respondents.first?.businessAsUsualShare == 0.2)
    #expect(followUp.indicators.first?.decisions.first?.frequency?.perYear == 4)
    #expect(followUp.indicators.first?.lastUsed == CalendarDate("2025-05-10"))
  }

  @Test func aDataCollectionDecodesIntoItsTypedModel() throws {
    let (document, errors) = decode(
      """
      apiVersion: tillit/v1
      kind: DataCollection
      id: enkat
      name: Enkät
      controller: bun
      purposes: [{id: p, description: Följa hälsan, legal_basis: public_task, law: "Skollagen 2 kap. 25 §"}]
      fields: [{id: pnr, category: identity.national_id.personnummer, purposes: [p], source: population_register}]
      recipients: [{id: r, name: Moln AB, type: processor, country: "NO", dpa: {ref: PUB, clauses: [a, b]}}]
      retention: {record_type: allman_handling, plan_entry: bun-ihp/3.2.1, action: dispose, period: P3Y}
      security: {classification: {c: 3, i: 2, a: 1}, measures: [rbac, mfa]}
      processing: {large_scale: auto, combines: []}
      dpia: {status: done, date: 2024-03-01}
      """)
    #expect(errors.isEmpty, "\(errors)")
    guard case .dataCollection(let collection)? = document?.content else {
      Issue.record("not a DataCollection")
      return
    }
    #expect(collection.recipients.first?.country == "NO")
    #expect(collection.recipients.first?.dpa?.clauses == ["a", "b"])
    #expect(collection.retention?.period == Period(years: 3))
    #expect(collection.security?.classification?.c == 3)
    #expect(collection.processing?.largeScale == nil)
    #expect(collection.dpia?.status == .done)
  }

  @Test func aDocumentValueCanBeLocatedByItsPath() throws {
    let marked = MarkedText(
      "apiVersion: tillit/v1\nkind: FollowUp\nid: x\nname: X\nindicators:\n  - id: a\n  - id: b\n    users: 1️⃣[]\n")
    let document = try #require(decode(marked.text).document)
    #expect(document.location(of: "indicators[1].users") == marked.location("1️⃣", file: "d.yaml"))
    // A missing field is located at its nearest existing parent, where it would be added.
    #expect(document.location(of: "indicators[1].decisions").line == 7)
  }

  @Test func everyDocumentErrorHasAMessageInBothLanguages() {
    let l = SourceLocation(file: "d.yaml", line: 1, column: 1)
    let errors: [DocumentError] = [
      .notAMapping(l), .missingField(key: "k", path: "p", l),
      .wrongType(path: "p", expected: Shape.date.expectation, found: .int, l),
      .notInSet(path: "p", value: "v", allowed: ["a"], suggestion: "a", l),
      .invalidValue(path: "p", value: "v", expected: Shape.period.expectation, l),
      .outOfRange(path: "p", value: "2", min: "0", max: "1", l),
      .unknownKey(path: "p", key: "k", suggestion: nil, allowed: ["a"], l),
      .unsupportedAPIVersion(found: "v2", l), .unknownKind(found: "K", suggestion: nil, l),
      .duplicateID(kind: .followUp, id: "x", first: l, second: l), .noOrganization,
      .multipleOrganizations(first: l, second: l),
    ]
    for error in errors {
      let message = error.diagnostic.message
      #expect(!message.sv.isEmpty && !message.en.isEmpty && message.sv != message.en, "\(error)")
    }
  }
}

/// A closed vocabulary has one list of values: the schema's words are the enum's cases.
@Suite struct VocabularyTests {
  @Test func theSchemaOffersExactlyTheWordsTheModelCanRead() throws {
    func words(_ kind: DocumentKind, _ path: String) -> [String]? {
      guard case .oneOf(let words)? = FieldPath(path)?.resolve(in: .object(DocumentSchema.shape(of: kind))) else {
        return nil
      }
      return words
    }
    #expect(words(.followUp, "indicators[*].source") == IndicatorSource.allCases.map(\.rawValue))
    #expect(words(.followUp, "indicators[*].decisions[*].kind") == DecisionKind.allCases.map(\.rawValue))
    #expect(words(.dataCollection, "status") == CollectionStatus.allCases.map(\.rawValue))
    #expect(words(.dataCollection, "type") == CollectionType.allCases.map(\.rawValue))
    #expect(words(.dataCollection, "dpia.status") == DPIAStatus.allCases.map(\.rawValue))
    #expect(words(.dataCollection, "fields[*].source") == FieldSource.allCases.map(\.rawValue))
    #expect(words(.dataCollection, "transfers[*].mechanism") == TransferMechanism.allCases.map(\.rawValue))
    #expect(words(.dataCollection, "retention.action") == RetentionAction.allCases.map(\.rawValue))
  }
}
