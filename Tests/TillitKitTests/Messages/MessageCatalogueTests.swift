import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitImport
@testable import TillitModel
@testable import TillitReports
@testable import TillitSpreadsheet
@testable import TillitYAML
@testable import tillit

/// The message catalogue (`texts/*.yaml`, docs/messages.md) holds every user-facing text of
/// tillit in Swedish and English. These tests keep it whole: both languages everywhere, the
/// same placeholders, no word of the other language, and no text built inline in the sources.
@Suite struct MessageCatalogueTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let textsFolder = root.appendingPathComponent("texts")

  /// Each target's generated entries, as the build tool read them from the catalogue.
  static let generated: [String: [(key: String, sv: String, en: String)]] = [
    "TillitYAML": TillitYAML.Texts.entries,
    "tillit": tillit.Texts.entries,
    "CEL": CEL.Texts.entries,
    "TillitModel": TillitModel.Texts.entries,
    "TillitFacts": TillitFacts.Texts.entries,
    "TillitSpreadsheet": TillitSpreadsheet.Texts.entries,
    "TillitImport": TillitImport.Texts.entries,
    "TillitEngine": TillitEngine.Texts.entries,
    "TillitReports": TillitReports.Texts.entries,
  ]

  struct CatalogueText {
    let file: String
    let key: String
    let line: Int
    let sv: String
    let en: String
  }

  /// Every catalogue read with tillit's real YAML reader, which also proves the restricted
  /// format the build tool reads is YAML.
  static func catalogues() throws -> [String: [CatalogueText]] {
    let names = try FileManager.default.contentsOfDirectory(atPath: textsFolder.path)
      .filter { $0.hasSuffix(".yaml") && $0 != "words.yaml" }.sorted()
    var result: [String: [CatalogueText]] = [:]
    for name in names {
      let read = YAMLReader().read(path: textsFolder.appendingPathComponent(name).path, displayPath: "texts/" + name)
      #expect(read.errors.isEmpty, "texts/\(name): \(read.errors.map { $0.diagnostic.message.en })")
      guard let root = read.documents.first?.root else {
        Issue.record("texts/\(name) holds no document")
        continue
      }
      var texts: [CatalogueText] = []
      for pair in root.pairs {
        let line = Int(pair.key.start.line)
        let sv = pair.value["sv"]?.text ?? ""
        let en = pair.value["en"]?.text ?? ""
        #expect(pair.value.pairs.count == 2, "texts/\(name):\(line): \(pair.keyText) must have exactly sv and en")
        texts.append(CatalogueText(file: "texts/" + name, key: pair.keyText, line: line, sv: sv, en: en))
      }
      result[String(name.dropLast(5))] = texts
    }
    return result
  }

  @Test func everyKeyHasANonEmptyTextInBothLanguages() throws {
    for (_, texts) in try Self.catalogues() {
      for text in texts {
        #expect(
          !text.sv.trimmingCharacters(in: .whitespaces).isEmpty, "\(text.file):\(text.line): \(text.key) lacks sv")
        #expect(
          !text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(text.file):\(text.line): \(text.key) lacks en")
      }
    }
  }

  @Test func bothLanguagesUseTheSamePlaceholders() throws {
    for (_, texts) in try Self.catalogues() {
      for text in texts {
        #expect(
          Self.placeholderNames(text.sv) == Self.placeholderNames(text.en),
          "\(text.file):\(text.line): \(text.key) has different placeholders in sv and en")
      }
    }
  }

  @Test func everyCatalogueBelongsToATargetThatGeneratesItsTexts() throws {
    let catalogues = try Self.catalogues()
    #expect(Set(catalogues.keys) == Set(Self.generated.keys), "add each new catalogue's Texts.entries to `generated`")
    for (target, texts) in catalogues {
      let built = Self.generated[target] ?? []
      #expect(built.map(\.key) == texts.map(\.key), "texts/\(target).yaml: the build read other keys than YAML does")
      for (builtText, yamlText) in zip(built, texts) {
        #expect(builtText.sv == yamlText.sv, "\(yamlText.file):\(yamlText.line): sv read differently by the build")
        #expect(builtText.en == yamlText.en, "\(yamlText.file):\(yamlText.line): en read differently by the build")
      }
    }
  }

  @Test func swedishTextsHoldNoEnglishWordsAndEnglishTextsNoSwedishOnes() throws {
    let words = try Self.wordLists()
    for (_, texts) in try Self.catalogues() {
      for text in texts {
        let english = Self.words(of: text.sv).filter(words.english.contains)
        #expect(english.isEmpty, "\(text.file):\(text.line): \(text.key) (sv) has English words \(english)")
        let swedish = Self.words(of: text.en).filter(words.swedish.contains)
        #expect(swedish.isEmpty, "\(text.file):\(text.line): \(text.key) (en) has Swedish words \(swedish)")
      }
    }
  }

  @Test func theWordCheckFindsAWordOfTheOtherLanguage() throws {
    let words = try Self.wordLists()
    #expect(Self.words(of: "förväntade ')', found slutet").contains { words.english.contains($0) })
    #expect(Self.words(of: "expected ')', found slutet").contains { words.swedish.contains($0) })
    #expect(!Self.words(of: "skriv `the_field` eller {file} 'and'").contains { words.english.contains($0) })
  }

  /// Files that still build user-facing texts inline, each with the reason it may. The list
  /// only shrinks: a new inline text belongs in the catalogue.
  static let inlineTextsAllowed: [String: String] = [
    "Sources/TillitYAML/Localization/Language.swift": "defines LocalizedText itself",
    "Sources/CEL/CELMessage.swift": "defines CELMessage itself",
    "Sources/generate-texts/": "a build tool: its errors are for tillit's developers and stop the build",
    "Sources/tillit/InitExampleDocuments.swift":
      "two example documents kept whole per language: ids, names and comments beside their fields",
  ]

  /// Files whose texts are being moved into the catalogue (issue #13). Remove a file from here
  /// when its texts are in `texts/<Target>.yaml`; the list ends empty.
  static let awaitingConversion: Set<String> = []

  @Test func noSourceFileBuildsUserFacingTextsInline() throws {
    let patterns = [
      #"\bsv:\s*"[^"]"#, #"\bsv:\s*$"#, #"\bsv:\s*"""#, #"== \.sv \?"#, #"\bsv \? ""#, #"func t\(_ sv"#,
    ].map { try! NSRegularExpression(pattern: $0, options: [.anchorsMatchLines]) }
    let sources = Self.root.appendingPathComponent("Sources")
    let enumerator = FileManager.default.enumerator(atPath: sources.path)
    var offenders: [String] = []
    while let relative = enumerator?.nextObject() as? String {
      guard relative.hasSuffix(".swift") else { continue }
      let path = "Sources/" + relative
      if Self.inlineTextsAllowed.keys.contains(where: { path == $0 || ($0.hasSuffix("/") && path.hasPrefix($0)) }) {
        continue
      }
      let text = try String(contentsOf: sources.appendingPathComponent(relative), encoding: .utf8)
      let range = NSRange(text.startIndex..., in: text)
      if patterns.contains(where: { $0.firstMatch(in: text, range: range) != nil }) { offenders.append(path) }
    }
    let unexpected = offenders.filter { !Self.awaitingConversion.contains($0) }
    #expect(unexpected.sorted() == [], "put these files' texts into texts/<Target>.yaml (docs/messages.md)")
    let converted = Self.awaitingConversion.subtracting(offenders)
    #expect(converted.sorted() == [], "these files hold no inline texts any more: remove them from awaitingConversion")
  }

  // MARK: - Helpers

  static func placeholderNames(_ text: String) -> Set<String> {
    let regex = try! NSRegularExpression(pattern: #"\{([A-Za-z_][A-Za-z0-9_]*)(:[a-z]+|\|[^{}|]*\|[^{}|]*)?\}"#)
    let range = NSRange(text.startIndex..., in: text)
    return Set(
      regex.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } })
  }

  /// The prose words of a text, lower-cased: placeholders, `code`, 'quoted values', options
  /// (`--out`), paths and ids (anything with `/`, `_`, `.` or `=` inside) are not prose.
  static func words(of text: String) -> [String] {
    var prose = text
    for pattern in [#"\{[^{}]*\}"#, #"`[^`]*`"#, #"'[^']*'"#] {
      prose = prose.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
    }
    return prose.split(whereSeparator: { $0.isWhitespace }).compactMap { token in
      if token.hasPrefix("-") || token.contains("/") || token.contains("_") || token.contains("=") { return nil }
      let trimmed = token.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
      if trimmed.contains(".") || trimmed.isEmpty || trimmed.contains(where: \.isNumber) { return nil }
      return trimmed.lowercased()
    }
  }

  static func wordLists() throws -> (english: Set<String>, swedish: Set<String>) {
    let read = YAMLReader().read(path: textsFolder.appendingPathComponent("words.yaml").path, displayPath: "words.yaml")
    let root = try #require(read.documents.first?.root)
    let list = { (key: String) in Set(root[key]?.items.compactMap { $0.text?.lowercased() } ?? []) }
    let english = list("english")
    let swedish = list("swedish")
    #expect(english.count > 50 && swedish.count > 50)
    #expect(
      english.isDisjoint(with: swedish), "a word of both languages proves nothing: \(english.intersection(swedish))")
    return (english, swedish)
  }
}
