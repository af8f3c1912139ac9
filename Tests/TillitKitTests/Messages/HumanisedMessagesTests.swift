import CEL
import Foundation
import Testing
import TillitEngine
import TillitModel
import TillitYAML

/// RULES.md §9.5 and issue #13's first "Done when": what a finding says reads as prose for an
/// official — no value-set ids, ISO 8601 durations, `.`-decimals in Swedish, `snake_case` ids
/// or unrendered `{{` outside `backticks` — for every built-in rule's failing examples and for
/// the example workspace, in both languages.
@Suite struct HumanisedMessagesTests {
  static let today = CalendarDate("2026-12-01")!

  /// Each text of the built-in rules' failing examples: "RULE sv|en message|remedy: text".
  static func exampleTexts() -> [(label: String, text: String, language: Language)] {
    var texts: [(String, String, Language)] = []
    for name in PolicyPackLoader.builtInNames {
      guard let pack = PolicyPackLoader().load(name).pack else { continue }
      for (ruleID, findings) in PackTester(today: today).failingExampleFindings(pack) {
        for finding in findings { texts += Self.texts(of: finding, label: ruleID) }
      }
    }
    return texts
  }

  static func texts(of finding: Finding, label: String) -> [(String, String, Language)] {
    var texts: [(String, String, Language)] = []
    for language in Language.allCases {
      texts.append(("\(label) \(language.rawValue) message", finding.message.text(language), language))
      if let remedy = finding.remediation {
        texts.append(("\(label) \(language.rawValue) remedy", remedy.text(language), language))
      }
    }
    return texts
  }

  @Test func everyBuiltInRuleSpeaksInWordsOnItsFailingExamples() {
    let texts = Self.exampleTexts()
    // Every built-in rule has failing examples, so an empty list would prove nothing.
    #expect(texts.count > 400)
    for (label, text, language) in texts {
      for problem in MessageProse.problems(in: text, language: language) {
        Issue.record("\(label): \(problem)\n  \(text)")
      }
    }
  }

  @Test func theExampleWorkspacesFindingsSpeakInWords() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let loaded = WorkspaceLoader().load(paths: [root.appendingPathComponent("examples/exempelby").path])
    let packs = PolicyPackLoader.builtInNames.compactMap { PolicyPackLoader().load($0).pack }
    #expect(packs.count == PolicyPackLoader.builtInNames.count)
    let findings = Engine(packs: packs, today: Self.today).check(loaded.workspace)
    #expect(findings.count > 20)
    let roles = Self.roleIDs(of: loaded.workspace)
    for finding in findings {
      for (label, text, language) in Self.texts(of: finding, label: "\(finding.ruleID) \(finding.documentID)") {
        for problem in MessageProse.problems(in: text, language: language, ids: roles) {
          Issue.record("\(label): \(problem)\n  \(text)")
        }
      }
    }
  }

  /// The ids of the Organization's roles, forums and committees, which a message names by
  /// their names instead; an id that is also a word of some name (`nurse` of "Assistant
  /// nurse") proves nothing and is left out.
  static func roleIDs(of workspace: Workspace) -> Set<String> {
    var ids: Set<String> = []
    var nameWords: Set<String> = []
    for document in workspace.documents where document.kind == .organization {
      for list in ["roles", "forums", "controllers"] {
        guard let items = document.source.root[list]?.items else { continue }
        for item in items {
          if let id = item["id"]?.text, id.count > 3 { ids.insert(id) }
          for language in ["sv", "en"] {
            for word in (item["name"]?[language]?.text ?? item["name"]?.text ?? "").split(separator: " ") {
              nameWords.insert(word.lowercased())
            }
          }
        }
      }
    }
    return ids.subtracting(nameWords)
  }

  @Test func theCheckFailsWhenOneMessageShowsAnID() {
    #expect(!MessageProse.problems(in: "Ändamålet grundas på legal_obligation.", language: .sv).isEmpty)
    #expect(!MessageProse.problems(in: "minst var P1Y", language: .sv).isEmpty)
    #expect(!MessageProse.problems(in: "3888 timmar (2.29 årsarbeten)", language: .sv).isEmpty)
    #expect(!MessageProse.problems(in: "Varje assistant_nurse svarar", language: .sv).isEmpty)
    #expect(!MessageProse.problems(in: "Värdet {{ doc.x }}", language: .en).isEmpty)
    #expect(!MessageProse.problems(in: "dpia.status är not_screened", language: .sv).isEmpty)
    #expect(
      !MessageProse.problems(in: "Ansvarig är kvalitetsstrateg", language: .sv, ids: ["kvalitetsstrateg"]).isEmpty)
    #expect(MessageProse.problems(in: "Ange rättslig förpliktelse (`legal_obligation`).", language: .sv).isEmpty)
    #expect(MessageProse.problems(in: "enligt art. 6.1 c och 9.2 h, 2,29 årsarbeten", language: .sv).isEmpty)
    #expect(MessageProse.problems(in: "2.29 full-time equivalents, once a year", language: .en).isEmpty)
  }
}

/// What must not appear in a message's prose (outside `backticks`), RULES.md §9.5.
enum MessageProse {
  /// Ids of every value set, and the named frequencies.
  static let valueIDs: Set<String> = Set(ValueLabels.schemaValueSets.flatMap(\.values) + Frequency.names)

  /// Values that are also ordinary words of the language, so finding them proves nothing.
  static let ordinaryWords: [Language: Set<String>] = [
    .sv: [
      "register", "process", "observation", "presentation", "organisation", "struktur", "it", "dialog", "system",
      "arbetsmaterial",
      "a", "b", "c", "d", "e", "f", "g", "h", "i", "j",
    ],
    .en: [
      "survey", "register", "other", "planned", "active", "retired", "required", "done", "consent", "contract",
      "none", "law", "legal", "process", "structure", "outcome", "citizen", "user", "staff", "finance",
      "operations", "quality", "communication", "sustainability", "learning", "development", "control",
      "accountability", "health", "political", "genetic", "individual", "unit", "operation", "organisation",
      "dialogue", "complaints", "observation", "professions", "management", "citizens", "external", "summary",
      "dashboard", "report", "web", "presentation", "controller", "processor", "purpose", "logging", "backup",
      "testing", "keep", "dispose", "adequacy", "derogation", "contest", "system", "manual", "staff", "derived",
      "public", "it", "hr", "weekly", "monthly", "quarterly", "yearly", "daily", "once", "a", "b", "c", "d", "e", "f",
      "g", "h", "i", "j", "governance", "operational", "quantitative", "qualitative", "pseudonymisation",
    ],
  ]

  static func problems(in text: String, language: Language, ids: Set<String> = []) -> [String] {
    var problems: [String] = []
    if text.contains("{{") || text.contains("}}") { problems.append("an unrendered {{ }}") }
    let prose = withoutCode(text)
    if let match = prose.firstMatch(of: /\bP(T?\d+[YMWDHS])+\b/) { problems.append("an ISO 8601 duration \(match.0)") }
    if let match = prose.firstMatch(of: /\b[a-z][a-z0-9]*_[a-z0-9_]+\b/) {
      problems.append("the id \(match.0)")
    }
    // A document id (`arbetsmiljouppfoljning-tertial`) is one word: its parts are no values.
    let words = prose.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }.map(String.init)
    let ordinary = ordinaryWords[language] ?? []
    for word in words where valueIDs.contains(word) && !ordinary.contains(word) {
      problems.append("the value id \(word)")
    }
    for word in words where ids.contains(word) { problems.append("the id \(word)") }
    if language == .sv {
      let unarticled = prose.replacing(
        /(?i)\b(art\.|artikel|artiklarna|skäl|punkt)\s+\d+(\.\d+)*(\s*[a-z]\b)?((\s*(,|och|eller|–)\s*)\d+(\.\d+)*(\s*[a-z]\b)?)*/,
        with: "")
      if let match = unarticled.firstMatch(of: /(?:^|[^\d.])(\d+\.\d+)(?![\d.])/) {
        problems.append("a decimal point \(match.1) in Swedish")
      }
    }
    return problems
  }

  /// The text with every `code` span removed: backticked ids are how a remedy says what to write.
  static func withoutCode(_ text: String) -> String {
    text.replacing(/`[^`]*`/, with: "")
  }
}
