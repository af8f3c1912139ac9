import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// DPIA screening (RULES.md §4) and the other collection facts, with their reasons.
@Suite struct CollectionFactsTests {
  func facts(_ body: String, extra: [String] = []) throws -> Value {
    let organization = "apiVersion: tillit/v1\nkind: Organization\nid: org\nname: Org\n"
    var documents: [Document] = []
    for (i, text) in ([organization, "apiVersion: tillit/v1\nkind: DataCollection\nid: c\nname: C\n" + body] + extra)
      .enumerated()
    {
      let decoded = DocumentDecoder.decode(try #require(YAMLReader().read(text, file: "\(i).yaml").documents.first))
      #expect(decoded.errors.isEmpty, "\(decoded.errors)")
      documents.append(try #require(decoded.document))
    }
    let workspace = Workspace(documents: documents, files: [])
    return WorkspaceFacts(workspace: workspace, thresholds: Thresholds(organization: workspace.organization))
      .value(for: documents[1])
  }

  func get(_ value: Value, _ path: String) -> Value? {
    var current = value
    for part in path.split(separator: ".") {
      guard case .map(let map) = current, let next = map[String(part)] else { return nil }
      current = next
    }
    return current
  }

  @Test func noCriterionMeansNotIndicated() throws {
    let value = try facts(
      "data_subjects: [{category: resident, estimated_count: 10}]\nfields: [{id: e, category: contact.email}]\n")
    #expect(get(value, "screening.count") == .int(0))
    #expect(get(value, "screening.result") == .string("not_indicated"))
  }

  @Test func oneCriterionIsRecommendedWithItsReason() throws {
    let value = try facts("fields: [{id: h, category: special.health}]\n")
    #expect(get(value, "screening.result") == .string("recommended"))
    #expect(get(value, "screening.criteria.C4.reasons") == .list([.string("fields[0].category")]))
    #expect(get(value, "special_present") == .list([.string("health")]))
  }

  @Test func twoCriteriaRequireADPIAByIMYsList() throws {
    let value = try facts(
      "data_subjects: [{category: pupil, min_age: 9}]\nfields: [{id: h, category: special.health}]\n")
    #expect(get(value, "screening.count") == .int(2))
    #expect(get(value, "screening.result") == .string("required"))
    #expect(get(value, "screening.basis") == .string("imy_list"))
    #expect(get(value, "screening.criteria.C7.reasons") == .list([.string("data_subjects[0]")]))
  }

  @Test func triggerAEvaluationWithAutomatedDecisions() throws {
    let value = try facts(
      "processing: {evaluation_scoring: true}\nautomated_decisions: {exists: true, effect: legal}\n")
    #expect(get(value, "screening.triggers") == .list([.string("T_a")]))
    #expect(get(value, "screening.basis") == .string("art35_3"))
  }

  @Test func triggerBLargeScaleSpecialData() throws {
    let value = try facts(
      "data_subjects: [{category: resident, estimated_count: 3000}, {category: relative, estimated_count: 2000}]\nfields: [{id: h, category: special.health}]\n"
    )
    #expect(get(value, "subjects_total") == .int(5000))
    #expect(get(value, "screening.triggers") == .list([.string("T_b")]))
  }

  @Test func triggerCMonitoringAPublicPlaceAtLargeScale() throws {
    let value = try facts(
      "processing: {systematic_monitoring: true, publicly_accessible_area: true, large_scale: true}\n")
    #expect(get(value, "screening.triggers") == .list([.string("T_c")]))
  }

  @Test func aDPOsOverrideReplacesACriterion() throws {
    let value = try facts(
      "fields: [{id: h, category: special.health}]\ndpia: {screening_overrides: [{criterion: C4, value: false, motivation: Aggregerat}]}\n"
    )
    #expect(get(value, "screening.criteria.C4.holds") == .bool(false))
    #expect(get(value, "screening.result") == .string("not_indicated"))
  }

  @Test func flagsAreInheritedFromAncestors() throws {
    let value = try facts(
      "fields: [{id: p, category: identity.national_id.personnummer}, {id: b, category: financial.income}]\n")
    guard case .list(let fieldList)? = get(value, "fields") else {
      Issue.record("no fields")
      return
    }
    let fields = fieldList.items
    #expect(get(fields[0], "flags.national_id") == .bool(true))
    #expect(get(fields[1], "flags.highly_personal") == .bool(true))
    #expect(get(fields[1], "flags.special") == .null)
  }

  @Test func endpointsOutsideTheEEAAndWhetherATransferCoversThem() throws {
    let value = try facts(
      """
      recipients:
        - {id: a, country: "NO"}
        - {id: b, country: US, sub_processors: [{name: S, country: IN}]}
      transfers: [{recipient: b, country: US, mechanism: dpf}]
      """)
    guard case .list(let endpointList)? = get(value, "non_eea_endpoints") else {
      Issue.record("no endpoints")
      return
    }
    let endpoints = endpointList.items
    #expect(endpoints.count == 2)
    #expect(get(endpoints[0], "country") == .string("US") && get(endpoints[0], "covered") == .bool(true))
    #expect(get(endpoints[1], "country") == .string("IN") && get(endpoints[1], "covered") == .bool(false))
  }

  @Test func unresolvedReferencesAndRegisterOverlap() throws {
    let register = """
      apiVersion: tillit/v1
      kind: DataCollection
      id: reg
      name: Register
      type: register
      controller: bun
      data_subjects: [{category: pupil}]
      fields: [{id: a, category: contact.address}]
      """
    let value = try facts(
      "type: survey\ncontroller: bun\ndata_subjects: [{category: pupil}]\npurposes: [{id: p, derived_from: [nope]}]\nfields: [{id: adr, category: contact.address, source: data_subject, purposes: [q]}]\n",
      extra: [register])
    #expect(get(value, "register_overlap") == .list([.string("adr")]))
    guard case .list(let unresolved)? = get(value, "unresolved_refs") else {
      Issue.record("no refs")
      return
    }
    #expect(
      unresolved.items.compactMap { get($0, "path") } == [
        .string("fields[0].purposes[0]"), .string("purposes[0].derived_from[0]"),
      ])
  }

  @Test func aTransferWithoutAMechanismCoversNothingAndIsWhereToFixIt() throws {
    let value = try facts(
      "recipients: [{id: a, country: CH}]\ntransfers: [{recipient: a, country: CH}]\n")
    guard case .list(let endpoints)? = get(value, "non_eea_endpoints"), let endpoint = endpoints.items.first else {
      Issue.record("no endpoints")
      return
    }
    #expect(get(endpoint, "covered") == .bool(false))
    #expect(get(endpoint, "path") == .string("transfers[0].mechanism"))
  }

  @Test func sameDataElsewhereListsTheFirstTenByIDAndSaysThereAreMore() throws {
    let holders = (1...12).map { i in
      "apiVersion: tillit/v1\nkind: DataCollection\nid: h\(String(format: "%02d", i))\nname: H\ndata_subjects: [{category: pupil}]\nfields: [{id: p, category: identity.national_id.personnummer}]\n"
    }
    let value = try facts(
      "data_subjects: [{category: pupil}]\nfields: [{id: pnr, category: identity.national_id.personnummer}]\n",
      extra: holders)
    guard case .list(let elsewhere)? = get(value, "same_data_elsewhere"), let entry = elsewhere.items.first else {
      Issue.record("nothing elsewhere")
      return
    }
    #expect(get(entry, "collections") == .list((1...10).map { .string("h" + String(format: "%02d", $0)) }))
    #expect(get(entry, "more") == .bool(true))
  }
}
