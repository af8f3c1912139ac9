import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// tillit's domain functions are total on null and blank input (their natural nothing, never
/// an error), so built-in rules over incomplete documents never raise TILLIT-EVAL; statute
/// references are read in linear time and bounded.
@Suite struct DomainFunctionTests: EvaluatesExpressions {
  static let noReference: Value = {
    var map = MapValue()
    map.insert(.string("sfs"), .null)
    map.insert(.string("chapter"), .null)
    map.insert(.string("section"), .null)
    return .map(map)
  }()

  // MARK: Item 5: one test per function

  @Test func todayNeedsNoInput() throws {
    #expect(try evaluate("today()") == .date(Self.today))
  }

  @Test func dateOfNullOrBlankIsNull() throws {
    #expect(try evaluate("date(null)") == .null)
    #expect(try evaluate("date('  ')") == .null)
    #expect(evaluationError("date('2025-02-30')") != nil)
  }

  @Test func periodOfNullOrBlankIsNull() throws {
    #expect(try evaluate("period(null)") == .null)
    #expect(try evaluate("period('')") == .null)
    #expect(evaluationError("period('PT1H')") != nil)
  }

  @Test func periodEqualWithANullSideIsFalse() throws {
    #expect(try evaluate("period_equal(null, period('P1Y'))") == .bool(false))
    #expect(try evaluate("period_equal(period('P1Y'), null)") == .bool(false))
  }

  @Test func daysOfNullIsNull() throws {
    #expect(try evaluate("days(null)") == .null)
  }

  @Test func pfOfNullBlankOrAnEmptyPerYearIsNull() throws {
    #expect(try evaluate("pf(null)") == .null)
    #expect(try evaluate("pf(' ')") == .null)
    #expect(try evaluate("pf({'per_year': null})") == .null)
    #expect(evaluationError("pf('sometimes')") != nil)
  }

  @Test func isEEAOfNullOrBlankIsFalse() throws {
    #expect(try evaluate("is_eea(null)") == .bool(false))
    #expect(try evaluate("is_eea('')") == .bool(false))
  }

  @Test func normNameOfNullIsNull() throws {
    #expect(try evaluate("norm_name(null)") == .null)
    #expect(try evaluate("norm_name('  ')") == .string(""))
  }

  @Test func blankIsTrueForNullAndBlank() throws {
    #expect(try evaluate("blank(null) && blank(' ')") == .bool(true))
  }

  @Test func roundOfNullIsNull() throws {
    #expect(try evaluate("round(null)") == .null)
    #expect(try evaluate("round(null, 2)") == .null)
  }

  @Test func legalRefOfNullOrBlankNamesNothing() throws {
    #expect(try evaluate("legal_ref(null)") == Self.noReference)
    #expect(try evaluate("legal_ref('  ')") == Self.noReference)
    #expect(try evaluate("legal_ref(null).sfs") == .null)
  }

  @Test func citesOfNullOrBlankIsFalse() throws {
    // Once "no such overload: cites on (null_type, …)" for a special-category basis without a law.
    #expect(try evaluate("cites(null, '2018:218', 3, 3)") == .bool(false))
    #expect(try evaluate("cites('', '2018:218', 3, 3)") == .bool(false))
    #expect(try evaluate("cites('Dataskyddslagen (2018:218) 3 kap. 3 §', null, 3, 3)") == .bool(false))
  }

  @Test func domainFunctionsStillRefuseWrongTypes() {
    for source in [
      "date(1)", "period(true)", "days(1)", "pf(1)", "is_eea(1)", "norm_name(1)", "round('x')",
      "legal_ref(1)", "cites(1, '2018:218', 3, 3)",
    ] {
      #expect(evaluationError(source)?.kind != nil, "\(source)")
    }
  }

  // MARK: Item 2: statute references

  @Test func aLongTextOfNumbersIsReadInLinearTime() throws {
    // 20,000 numbers in 40,000 characters once took tens of seconds (quadratic).
    let text = String(repeating: "1 ", count: 4_000)
    let start = Date()
    let reference = LegalReference(String(repeating: text, count: 5))
    #expect(Date().timeIntervalSince(start) < 2)
    #expect(reference.sfs == nil && reference.chapter == nil && reference.section == nil)
    let cited = LegalReference(String(repeating: "(2018:218) ", count: 4_000) + "3 kap. 3 §")
    #expect(cited.sfs == "2018:218" && cited.chapter == 3 && cited.section == "3")
  }

  @Test func legalReferencesReadEveryFormTheyDidBefore() {
    let forms: [(String, String?, Int?, String?)] = [
      ("Dataskyddslagen (2018:218) 3 kap. 3 §", "2018:218", 3, "3"),
      ("Arbetsmiljölagen (1977:1160) 3 kap. 2 a §", "1977:1160", 3, "2 a"),
      ("Förvaltningslagen (2017:900) 28 §", "2017:900", nil, "28"),
      ("OSL (2009:400) 21 kap.\t7 §", "2009:400", 21, "7"),
      ("2 kap 5a§ lag (2020:1)", "2020:1", 2, "5 a"),
      ("ingen hänvisning", nil, nil, nil),
    ]
    for (text, sfs, chapter, section) in forms {
      let reference = LegalReference(text)
      #expect(reference.sfs == sfs && reference.chapter == chapter && reference.section == section, "\(text)")
    }
  }

  @Test func aReferenceTextBeyondTheLimitIsAClearError() throws {
    let limit = TillitFunctions.maxLegalReferenceLength
    // As a document field: longer than any expression may be.
    let law: [String: Value] = ["law": .string(String(repeating: "1 ", count: limit / 2 + 1))]
    func error(_ source: String) -> EvaluationError? {
      do {
        _ = try CompiledExpression(source, variables: ["law"], functions: TillitFunctions.library).evaluate(
          law, today: Self.today)
        return nil
      } catch {
        return error as? EvaluationError
      }
    }
    #expect(error("legal_ref(law)")?.kind == .inputTooLong(function: "legal_ref", limit: limit))
    #expect(error("legal_ref(law)")?.message.sv.contains("högst \(limit) tecken") == true)
    #expect(error("cites(law, '2018:218', 3, 3)")?.kind == .inputTooLong(function: "cites", limit: limit))
    let atTheLimit: [String: Value] = ["law": .string(String(repeating: "1 ", count: limit / 2))]
    #expect(
      try CompiledExpression("legal_ref(law).sfs", variables: ["law"], functions: TillitFunctions.library).evaluate(
        atTheLimit, today: Self.today)
        == .null)
  }

  // MARK: Built-in packs over documents with nothing in them

  @Test func builtInRulesRaiseNoEvaluationErrorOnEmptyDocuments() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", "apiVersion: tillit/v1\nkind: Organization\nid: org\nname: Org\n")
    try folder.write("followup.yaml", "apiVersion: tillit/v1\nkind: FollowUp\nid: f\nname: F\n")
    try folder.write(
      "collection.yaml",
      """
      apiVersion: tillit/v1
      kind: DataCollection
      id: c
      name: C
      special_category_basis:
        - {categories: [health], law: "  "}
        - {categories: [health]}

      """)
    let loaded = WorkspaceLoader().load(paths: [folder.path])
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let packs = PolicyPackLoader.builtInNames.compactMap { PolicyPackLoader().load($0).pack }
    #expect(packs.count == PolicyPackLoader.builtInNames.count)
    let findings = Engine(packs: packs, today: Self.today).check(loaded.workspace)
    let engineErrors = findings.filter { $0.ruleID == "TILLIT-EVAL" }
    #expect(engineErrors.isEmpty, "\(engineErrors.map(\.message.en))")
    #expect(!findings.isEmpty)
  }
}
