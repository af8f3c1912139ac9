import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Every built-in rule must be able to judge every document that loads: a document that passes
/// validation, however sparse or odd, gets findings or none, never "the rule could not be
/// evaluated" (`TILLIT-EVAL`) and never a message whose placeholders could not be filled.
///
/// The documents come from `DocumentSchema` itself — each optional field absent, null, blank
/// or holding a random valid value, from a fixed seed — and are checked the way `tillit check`
/// checks them: written to files, loaded by `WorkspaceLoader`, judged by `Engine` with the
/// packs of the default configuration. A failure is shrunk to the smallest document that
/// still shows it and printed as YAML, with the rule, its expressions and the error.
@Suite struct BuiltinRulesPropertyTests {
  static let today = CalendarDate("2026-11-29")!
  /// Random documents per kind; `TILLIT_PROPERTY_DOCUMENTS` raises it for a deeper search
  /// (and `TILLIT_PROPERTY_SEED` starts it elsewhere) without changing the test.
  static let documentsPerKind =
    ProcessInfo.processInfo.environment["TILLIT_PROPERTY_DOCUMENTS"].flatMap { Int($0) } ?? 300
  static let seed = ProcessInfo.processInfo.environment["TILLIT_PROPERTY_SEED"].flatMap { UInt64($0) } ?? 0x7111_1700

  /// The packs `tillit check` uses when no configuration names any: every built-in one.
  static let packs: [PolicyPack] = {
    let (packs, diagnostics) = Configuration().loadPacks()
    precondition(diagnostics.isEmpty, "built-in packs must load: \(diagnostics)")
    return packs
  }()

  static let rules: [String: Rule] = Dictionary(
    packs.flatMap(\.rules).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

  /// A finding that says the engine failed rather than the document.
  struct Problem: Hashable {
    var rule: String
    var error: String
    /// The kind of the document the finding is on (the workspace's Organization for none).
    var kind: DocumentKind
    var path: String
  }

  /// The same document kinds' companions in every workspace: an Organization full of values for
  /// the other kinds, and a full FollowUp and DataCollection beside a generated Organization, so
  /// the rules and facts that read across documents run too.
  static let companions: [DocumentKind: GeneratedYAML] = {
    var generator = SchemaDocumentGenerator(random: SplitMix64(seed: 7), ruleIDs: [])
    var out: [DocumentKind: GeneratedYAML] = [:]
    for kind in [DocumentKind.organization, .followUp, .dataCollection] {
      out[kind] = generator.fullDocument(kind, id: "companion")
    }
    return out
  }()

  /// Loads and checks one workspace as `tillit check` would, reusing `folder`.
  final class Checker {
    let folder: TemporaryFolder
    let kind: DocumentKind
    let engine = Engine(packs: BuiltinRulesPropertyTests.packs, today: BuiltinRulesPropertyTests.today)

    init(kind: DocumentKind) throws {
      folder = try TemporaryFolder()
      self.kind = kind
      let others: [DocumentKind] = kind == .organization ? [.followUp, .dataCollection] : [.organization]
      for other in others {
        try folder.write("companion-\(other.rawValue).yaml", BuiltinRulesPropertyTests.companions[other]!.document)
      }
    }

    enum Outcome {
      case notLoaded([Diagnostic])
      case checked([Problem])
    }

    /// The findings on `text` beside the companions, or the diagnostics that stop it loading.
    func findings(_ text: String) throws -> Result<[Finding], LoadFailure> {
      try folder.write("generated.yaml", text)
      let loaded = WorkspaceLoader().load(paths: [folder.path])
      if loaded.hasErrors { return .failure(LoadFailure(diagnostics: loaded.diagnostics)) }
      return .success(engine.check(loaded.workspace))
    }

    struct LoadFailure: Error {
      var diagnostics: [Diagnostic]
    }

    func check(_ document: GeneratedYAML) throws -> Outcome {
      let findings: [Finding]
      switch try self.findings(document.document) {
      case .failure(let failure): return .notLoaded(failure.diagnostics)
      case .success(let found): findings = found
      }
      var problems: [Problem] = []
      for finding in findings {
        if finding.ruleID == "TILLIT-EVAL" {
          let parts = finding.message.en.components(separatedBy: " could not be evaluated here: ")
          problems.append(
            Problem(
              rule: parts[0], error: parts.dropFirst().joined(), kind: finding.documentKind ?? .organization,
              path: finding.path))
        }
        for problem in finding.messageProblems {
          problems.append(
            Problem(
              rule: finding.ruleID, error: "message: \(problem)", kind: finding.documentKind ?? .organization,
              path: finding.path))
        }
      }
      return .checked(problems)
    }

    /// The smallest document (by leaving out pairs and elements) on which `problem` still
    /// happens, so the report shows only what matters.
    func shrink(_ document: GeneratedYAML, keeping problem: Problem) throws -> GeneratedYAML {
      func shows(_ candidate: GeneratedYAML) throws -> Bool {
        guard case .checked(let problems) = try check(candidate) else { return false }
        return problems.contains { $0.rule == problem.rule && $0.error == problem.error }
      }
      var current = document
      var budget = 3000
      var progress = true
      while progress && budget > 0 {
        progress = false
        for candidate in current.smallerVariants {
          budget -= 1
          if budget <= 0 { break }
          if try shows(candidate) {
            current = candidate
            progress = true
            break
          }
        }
      }
      return current
    }
  }

  /// Which of the two property tests saw a problem.
  enum Run {
    case random, oneFieldAtATime
  }

  /// A problem found on main and routed to its owner. It is expected (a known issue) until the
  /// fix lands; then the test fails with "known issue was not recorded", so the entry is
  /// removed together with the fix and the test guards it from then on.
  struct KnownProblem {
    /// Part of `rule|error` of an engine problem, or of `load|message` of a document that
    /// does not load.
    var signature: String
    var kind: DocumentKind
    var runs: [Run]
    var why: String
  }

  static let knownProblems: [KnownProblem] = []

  /// Checks each document and records, once per distinct problem, the shrunk document and what
  /// went wrong; a generated document that does not load is recorded too (the generator and the
  /// schema disagree, or validation refuses what the schema allows). Problems in
  /// `knownProblems` for this kind and run are recorded as known issues.
  func expectCheckable(
    _ documents: [(label: String, document: GeneratedYAML)], kind: DocumentKind, run: Run
  ) throws {
    let checker = try Checker(kind: kind)
    var seen: Set<String> = []
    var reports: [(signature: String, text: String)] = []
    // Rendered at once: the renderer quotes the file, which the next document overwrites.
    var firstNotLoaded: (label: String, document: GeneratedYAML, diagnostics: String, message: String)?
    var notLoaded = 0
    for (label, document) in documents {
      switch try checker.check(document) {
      case .notLoaded(let diagnostics):
        notLoaded += 1
        if firstNotLoaded == nil {
          var renderer = DiagnosticRenderer(language: .en, useColor: false)
          firstNotLoaded = (
            label, document, renderer.render(diagnostics), diagnostics.first?.message.en ?? ""
          )
        }
      case .checked(let problems):
        for problem in problems where seen.insert("\(problem.rule)|\(problem.error)").inserted {
          let minimal = try checker.shrink(document, keeping: problem)
          let rule = Self.rules[problem.rule]
          let onCompanion = problem.kind != kind
          let shown = onCompanion ? Self.companions[problem.kind]!.document : minimal.document
          reports.append(
            (
              "\(problem.rule)|\(problem.error)",
              """
              \(problem.rule) could not be evaluated on a \(problem.kind.rawValue) that loads (\(label)).
                error:  \(problem.error)
                path:   \(problem.path.isEmpty ? "(document)" : problem.path)
                when:   \(rule?.whenSource ?? "-")
                assert: \(rule?.assertSource ?? "-")
              \(onCompanion ? "companion document (beside the generated \(kind.rawValue) below)" : "minimal document"):
              \(shown)\(onCompanion ? "generated \(kind.rawValue):\n\(minimal.document)" : "")
              """
            ))
        }
      }
    }
    if let first = firstNotLoaded {
      reports.append(
        (
          "load|\(first.message)",
          """
          \(notLoaded) generated \(kind.rawValue) document(s) did not load; the first (\(first.label)):
          \(first.document.document)
          \(first.diagnostics)
          """
        ))
    }
    let known = Self.knownProblems.filter { $0.kind == kind && $0.runs.contains(run) }
    for entry in known {
      withKnownIssue(Comment(rawValue: entry.why)) {
        for report in reports where report.signature.contains(entry.signature) {
          Issue.record(Comment(rawValue: report.text))
        }
      }
    }
    for report in reports where !known.contains(where: { report.signature.contains($0.signature) }) {
      Issue.record(Comment(rawValue: report.text))
    }
  }

  @Test(arguments: DocumentKind.allCases)
  func randomDocumentsOfEveryKindAreCheckedWithoutEngineErrors(kind: DocumentKind) throws {
    var generator = SchemaDocumentGenerator(
      random: SplitMix64(seed: Self.seed &+ UInt64(DocumentKind.allCases.firstIndex(of: kind)!)),
      ruleIDs: Self.rules.keys.sorted())
    let documents = (0..<Self.documentsPerKind).map { i in
      (label: "random #\(i)", document: generator.document(kind, id: "gen-\(i)"))
    }
    try expectCheckable(documents, kind: kind, run: .random)
  }

  /// Each field of the schema on its own: absent, null or blank in an otherwise full document,
  /// and holding a value in an otherwise minimal one. A rule that forgets to guard one field
  /// fails here with that field named.
  @Test(arguments: DocumentKind.allCases)
  func everyFieldAbsentNullBlankOrAloneIsCheckedWithoutEngineErrors(kind: DocumentKind) throws {
    var generator = SchemaDocumentGenerator(random: SplitMix64(seed: 11), ruleIDs: Self.rules.keys.sorted())
    let full = generator.fullDocument(kind, id: "full")
    let minimal = SchemaDocumentGenerator.minimalDocument(kind, id: "minimal")
    var documents: [(label: String, document: GeneratedYAML)] = [("full", full), ("minimal", minimal)]
    for (path, field, owner) in SchemaDocumentGenerator.fieldPaths(of: kind) where !field.required {
      let name = path.joined(separator: ".")
      let slice = path[...]
      documents.append(("\(name) absent", full.replacing(slice, with: nil)))
      documents.append(("\(name) null", full.replacing(slice, with: .null)))
      if SchemaDocumentGenerator.acceptsBlank(field) {
        documents.append(
          ("\(name) blank", full.replacing(slice, with: SchemaDocumentGenerator.blank(field.shape, whitespace: false))))
        documents.append(
          (
            "\(name) whitespace",
            full.replacing(slice, with: SchemaDocumentGenerator.blank(field.shape, whitespace: true))
          ))
      }
      // Alone in a minimal document: the field's own value with nothing around it, built
      // from the top so the enclosing objects and lists exist.
      if path.count == 1 {
        for _ in 0..<3 {
          let value = generator.value(field.shape, key: field.key, owner: owner, depth: 1)
          documents.append(("\(name) alone", minimal.replacing(slice, with: value)))
        }
      }
    }
    try expectCheckable(documents, kind: kind, run: .oneFieldAtATime)
  }

  // MARK: Pack expressions the property test found unguarded

  /// The findings of `rule` on a DataCollection written as `body` (after its header).
  func findings(of rule: String, onCollection body: String) throws -> [Finding] {
    let checker = try Checker(kind: .dataCollection)
    let text = "apiVersion: tillit/v1\nkind: DataCollection\nid: c\nname: C\n" + body
    let found = try checker.findings(text).get()
    #expect(!found.contains { $0.ruleID == "TILLIT-EVAL" }, "\(found.filter { $0.ruleID == "TILLIT-EVAL" })")
    return found.filter { $0.ruleID == rule }
  }

  @Test func anAdequacyTransferWithoutACountrySaysTheCountryIsNotStated() throws {
    let found = try findings(
      of: "GDPR-XFR-002", onCollection: "transfers:\n  - {recipient: moln, mechanism: adequacy}\n")
    let finding = try #require(found.first)
    #expect(finding.messageProblems.isEmpty, "\(finding.messageProblems)")
    #expect(finding.message.en.hasSuffix("but the country is not stated (`country`)."))
    #expect(finding.message.sv.hasSuffix("men landet anges inte (`country`)."))
  }

  @Test func aSurveyWithAnUncategorisedFieldNamesItsIdentityNumberFields() throws {
    let found = try findings(
      of: "SE-PNR-002",
      onCollection: """
        type: survey
        fields:
          - {id: pnr, category: identity.national_id.personnummer}
          - {id: fritext}

        """)
    let finding = try #require(found.first)
    #expect(finding.messageProblems.isEmpty, "\(finding.messageProblems)")
    #expect(finding.message.en.contains("holds personal identity numbers (pnr)"))
  }
}
