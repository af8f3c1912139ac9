import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// A pack's expressions read document fields the schema knows, checked when the pack loads:
/// a misspelt field is a load error at its own line and column with a "did you mean", never
/// an evaluation error on every document later.
@Suite struct PackFieldAccessTests {
  static let header = "apiVersion: tillit/v1\nkind: PolicyPack\nid: p\ntitle: {sv: P, en: P}\n"

  static func rule(
    assert: String, kind: String = "FollowUp", forEach: String? = nil, when: String? = nil, message: String = "M"
  ) -> String {
    """
      - id: R-1
        title: {sv: T, en: T}
        message: \(message)
        severity: warning
        applies_to: \(kind)
    \(forEach.map { "    for_each: \($0)\n" } ?? "")\(when.map { "    when: \($0)\n" } ?? "")    assert: \(assert)

    """
  }

  func load(_ marked: MarkedText) throws -> (PolicyPack?, [Diagnostic], String) {
    let folder = try TemporaryFolder()
    let path = try folder.write("pack.yaml", marked.text)
    let result = PolicyPackLoader().load(path)
    return (result.pack, result.diagnostics, path)
  }

  /// Loads a pack that must fail with one diagnostic at 1️⃣ whose English message contains `message`
  /// (the first of several when `alone` is false: a rule using a variable that failed to compile
  /// is refused too, for the name that is now unknown).
  func expectRefused(
    _ body: String, _ message: String, alone: Bool = true, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let marked = MarkedText(Self.header + body)
    let (pack, diagnostics, path) = try load(marked)
    #expect(pack == nil, sourceLocation: sourceLocation)
    #expect(alone ? diagnostics.count == 1 : !diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path), sourceLocation: sourceLocation)
    #expect(
      diagnostics.first?.message.en.contains(message) == true, "\(diagnostics.first?.message.en ?? "–")",
      sourceLocation: sourceLocation)
  }

  func expectLoads(_ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let (pack, diagnostics, _) = try load(MarkedText(Self.header + body))
    #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
    #expect(pack != nil, sourceLocation: sourceLocation)
  }

  @Test func aMisspeltFieldFailsToLoadAtItsLineAndColumnWithADidYouMean() throws {
    let marked = MarkedText(Self.header + "rules:\n" + Self.rule(assert: "doc.1️⃣feedbak.arena != null"))
    let (pack, diagnostics, path) = try load(marked)
    #expect(pack == nil)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(diagnostics.first?.location?.line == 11)
    #expect(
      diagnostics.first?.message.en
        == "error in the expression: unknown field 'feedbak' in doc (FollowUp). Did you mean 'feedback'? Known fields: "
        + "apiVersion, kind, id, name, owner, purpose, shared_understanding, designed_with_respondents, review, "
        + "respondents, indicators, citizen_perspective, qualitative_analysis, feedback, audiences, side_effects, "
        + "collections")
    #expect(
      diagnostics.first?.message.sv.hasPrefix(
        "fel i uttrycket: okänt fält 'feedbak' i doc (FollowUp). Menade du 'feedback'? Kända fält: apiVersion") == true)
  }

  @Test func aMisspeltNestedFieldIsReportedAtItsOwnName() throws {
    try expectRefused(
      "rules:\n" + Self.rule(assert: "doc.feedback.1️⃣arrena.kind == 'other'"),
      "unknown field 'arrena' in doc.feedback (Feedback). Did you mean 'arena'? Known fields: to_respondents, within_days, arena"
    )
  }

  @Test func aFieldOfAnIndexedElementIsChecked() throws {
    try expectRefused(
      "rules:\n" + Self.rule(assert: "doc.indicators[0].1️⃣usres.size() > 0"),
      "unknown field 'usres' in doc.indicators[0] (Indicator). Did you mean 'users'?")
  }

  @Test func aFieldInsideHasIsChecked() throws {
    try expectRefused(
      "rules:\n" + Self.rule(assert: "'has(doc.purpose.1️⃣lwa)'"),
      "unknown field 'lwa' in doc.purpose (Purpose). Did you mean 'law'?")
  }

  @Test func itemInAForEachHasTheListsElementFields() throws {
    try expectRefused(
      "rules:\n" + Self.rule(assert: "item.1️⃣usres.size() > 0", forEach: "indicators"),
      "unknown field 'usres' in item (Indicator). Did you mean 'users'?")
    try expectRefused(
      "rules:\n" + Self.rule(assert: "item.1️⃣forun != ''", forEach: "indicators[*].decisions"),
      "unknown field 'forun' in item (Decision). Did you mean 'forum'?")
    try expectLoads("rules:\n" + Self.rule(assert: "item.users.size() > 0", forEach: "indicators"))
  }

  @Test func aComprehensionVariableOverADocumentListIsChecked() throws {
    try expectRefused(
      "rules:\n" + Self.rule(assert: "doc.indicators.all(i, i.1️⃣usres.size() > 0)"),
      "unknown field 'usres' in i (Indicator)")
  }

  @Test func theWhenAndTheMessageAreCheckedToo() throws {
    try expectRefused(
      "rules:\n" + Self.rule(assert: "true", when: "doc.owner.1️⃣fuction == 'hr'"),
      "unknown field 'fuction' in doc.owner (Owner). Did you mean 'function'?")
    try expectRefused(
      "rules:\n" + Self.rule(assert: "true", message: "'Forum {{ doc.feedback.arena.1️⃣nmae }}'"),
      "unknown field 'nmae' in doc.feedback.arena (FeedbackArena). Did you mean 'name'?")
  }

  @Test func eachKindIsCheckedAgainstItsOwnFields() throws {
    try expectRefused(
      "rules:\n" + Self.rule(assert: "doc.1️⃣feedback == null", kind: "DataCollection"),
      "unknown field 'feedback' in doc (DataCollection)")
    try expectLoads("rules:\n" + Self.rule(assert: "doc.purposes.size() > 0", kind: "DataCollection"))
  }

  @Test func orgAndThresholdsAreCheckedAgainstTheOrganizationAndTheThresholdNames() throws {
    try expectRefused(
      "rules:\n" + Self.rule(assert: "org.1️⃣rols.size() > 0"),
      "unknown field 'rols' in org (Organization). Did you mean 'roles'?")
    try expectRefused(
      "rules:\n" + Self.rule(assert: "doc.feedback.within_days <= thresholds.1️⃣feedback_within_day"),
      "unknown field 'feedback_within_day' in thresholds (Thresholds). Did you mean 'feedback_within_days'?")
  }

  @Test func freeFormValuesAcceptAnyKey() throws {
    // ws and facts are maps the engine builds; a for_each over facts has elements of their
    // own making; dyn() gives up the check on purpose.
    try expectLoads(
      "rules:\n"
        + Self.rule(assert: "has(ws.roles.anything) || facts.whatever == 1 || dyn(doc).not_a_field == 1 || item.any"))
    try expectLoads("rules:\n" + Self.rule(assert: "item.free_key != ''", forEach: "facts.unresolved_refs"))
  }

  @Test func aLocalizedTextAndAFrequencyHaveTheirOwnFields() throws {
    try expectLoads(
      "rules:\n"
        + Self.rule(assert: "doc.feedback.arena.frequency.per_year > 1", kind: "FollowUp")
        + Self.rule(assert: "org.roles.all(r, r.name.sv != '')", kind: "Organization").replacingOccurrences(
          of: "R-1", with: "R-2"))
    try expectRefused(
      "rules:\n" + Self.rule(assert: "org.roles.all(r, r.name.1️⃣sw != '')"),
      "unknown field 'sw' in r.name (LocalizedText). Did you mean 'sv'?")
  }

  @Test func aVariableSeesTheFieldsOfEveryKindItsPacksRulesApplyTo() throws {
    let rules =
      "rules:\n" + Self.rule(assert: "vars.v")
      + Self.rule(assert: "true", kind: "DataCollection")
      .replacingOccurrences(of: "R-1", with: "R-2")
    try expectLoads(
      "variables:\n  - {name: v, expression: 'doc.feedback.within_days > 0 || doc.purposes.size() > 0'}\n" + rules)
    try expectRefused(
      "variables:\n  - {name: v, expression: 'doc.1️⃣feedbak == null'}\n" + rules,
      "unknown field 'feedbak' in doc (FollowUp or DataCollection). Did you mean 'feedback'?", alone: false)
  }

  @Test func aVariableSeesTheElementFieldsOfItsPacksForEachLists() throws {
    try expectRefused(
      "variables:\n  - {name: v, expression: 'item.1️⃣usres'}\nrules:\n"
        + Self.rule(assert: "vars.v.size() > 0", forEach: "indicators"),
      "unknown field 'usres' in item (Indicator)", alone: false)
  }
}
