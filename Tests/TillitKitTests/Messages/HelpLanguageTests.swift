import Foundation
import Testing

@testable import tillit

/// Every help text tillit writes comes from the catalogue (`texts/tillit.yaml`), so the help of
/// every command is wholly Swedish or wholly English, but for the few words swift-argument-parser
/// prints itself (the README promises exactly that). These tests run the built program, since
/// the help's language is chosen once per process from its command line and environment.
@Suite struct HelpLanguageTests {
  /// The built `tillit` beside this test bundle, or `TILLIT_BINARY` when set.
  static var executable: URL {
    if let path = ProcessInfo.processInfo.environment["TILLIT_BINARY"] { return URL(fileURLWithPath: path) }
    var folder = Bundle.main.bundleURL
    if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
    for candidate in [folder, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
      let url = candidate.appendingPathComponent("tillit")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return folder.appendingPathComponent("tillit")
  }

  /// Standard output of `tillit arguments…` with `LANG` set to `lang` and no other locale.
  static func help(_ arguments: [String], lang: String) throws -> String {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["LANG"] = lang
    environment["LC_ALL"] = nil
    environment["LC_MESSAGES"] = nil
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(
      process.terminationStatus == 0, "tillit \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
    return String(decoding: data, as: UTF8.self)
  }

  /// The help without what swift-argument-parser writes itself: its headings, its `--help` and
  /// `--version` lines, its `(values: …)` and `(default: …)` notes, `[<options>]`, the option
  /// names of the usage line and the command names it lists under SUBCOMMANDS (names, not
  /// words of a language).
  static func tillitsOwnText(_ help: String) -> String {
    var text = help
    for pattern in [
      #"See 'tillit help <subcommand>' for detailed help\."#, #"Show the version\."#, #"Show help information\."#,
      #"\((values|default):\s[^)]*\)"#, #"\[<options>\]"#, #"<subcommand>"#, #"--[a-z][a-z-]*"#,
      #"(?m)^USAGE: tillit [a-z]*"#, #"(?m)^(OVERVIEW|USAGE|ARGUMENTS|OPTIONS|SUBCOMMANDS):"#,
      #"(?m)^  [a-z]+(?= {2,})"#,
    ] {
      text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
    }
    return text
  }

  static let commands = [""] + Tillit.subcommandNames.filter { $0 != "help" }

  @Test(arguments: commands)
  func theSwedishHelpHasNoEnglishWordOutsideTheParsersOwn(command: String) throws {
    let english = try MessageCatalogueTests.wordLists().english
    let swedish = try MessageCatalogueTests.wordLists().swedish
    let asked = command.isEmpty ? [] : [command]
    // By --lang, by `tillit help`, and by LANG alone: each way must give the same language.
    for (arguments, lang) in [
      (asked + ["--help", "--lang", "sv"], "en_US.UTF-8"), (["help"] + asked + ["--lang", "sv"], "en_US.UTF-8"),
      (asked + ["--help"], "sv_SE.UTF-8"),
    ] {
      let words = MessageCatalogueTests.words(of: Self.tillitsOwnText(try Self.help(arguments, lang: lang)))
      #expect(words.contains(where: swedish.contains), "tillit \(arguments.joined(separator: " ")) is not Swedish")
      let found = Set(words.filter(english.contains)).sorted()
      #expect(found.isEmpty, "tillit \(arguments.joined(separator: " ")) (Swedish) has English words \(found)")
    }
  }

  @Test(arguments: commands)
  func theEnglishHelpHasNoSwedishWord(command: String) throws {
    let english = try MessageCatalogueTests.wordLists().english
    let swedish = try MessageCatalogueTests.wordLists().swedish
    let asked = command.isEmpty ? [] : [command]
    for (arguments, lang) in [
      (asked + ["--help", "--lang", "en"], "sv_SE.UTF-8"), (asked + ["--help"], "en_US.UTF-8"),
    ] {
      let words = MessageCatalogueTests.words(of: Self.tillitsOwnText(try Self.help(arguments, lang: lang)))
      #expect(words.contains(where: english.contains), "tillit \(arguments.joined(separator: " ")) is not English")
      let found = Set(words.filter(swedish.contains)).sorted()
      #expect(found.isEmpty, "tillit \(arguments.joined(separator: " ")) (English) has Swedish words \(found)")
    }
  }

  /// The filter above must not hide tillit's own words: only the parser's are taken out.
  @Test func theParsersOwnWordsAreAllThatIsTakenOut() {
    let help = """
      OVERVIEW: Kontrollerar the documents.

      USAGE: tillit rules [<options>] [--document <ID>] <SÖKVÄG> ...

      OPTIONS:
        --color <auto|always|never>
                                Färg. (values:
                              auto, always,
                                never; default: auto)
        --version               Show the version.
        -h, --help              Show help information.
      SUBCOMMANDS:
        rules                   Listar reglerna.
      """
    let words = MessageCatalogueTests.words(of: Self.tillitsOwnText(help))
    #expect(words.contains("the") && words.contains("documents") && words.contains("listar"))
    #expect(!words.contains("rules") && !words.contains("values") && !words.contains("options"))
    #expect(!words.contains("document") && !words.contains("auto") && !words.contains("see"))
    #expect(!words.contains("show") && !words.contains("overview"))
  }
}
