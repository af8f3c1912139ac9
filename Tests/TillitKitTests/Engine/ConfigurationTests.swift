import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

#if canImport(Glibc)
  import Glibc
#endif

/// `tillit.yaml` and the packs it names: every problem at its place, and `--add-pack` adding.
@Suite struct ConfigurationTests {
  func configuration(_ text: String, in folder: TemporaryFolder) throws -> (Configuration, String) {
    let path = try folder.write("tillit.yaml", text)
    let (configuration, diagnostics) = Configuration.load(path)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    return (try #require(configuration), path)
  }

  @Test func anUnknownPackInTheConfigurationIsLocatedWithADidYouMean() throws {
    let folder = try TemporaryFolder()
    let marked = MarkedText("packs:\n  - 1️⃣trsut\n")
    let (configuration, path) = try configuration(marked.text, in: folder)
    let (packs, diagnostics) = configuration.loadPacks()
    #expect(packs.isEmpty)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(diagnostics.first?.message.en.hasSuffix("Did you mean 'trust'?") == true)
  }

  @Test func aPackFileMissingFromTheConfigurationIsLocatedAtItsEntry() throws {
    let folder = try TemporaryFolder()
    let marked = MarkedText("packs: [trust, 1️⃣./egna.yaml]\n")
    let (configuration, path) = try configuration(marked.text, in: folder)
    let (_, diagnostics) = configuration.loadPacks()
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(
      diagnostics.first?.message.sv.hasPrefix("paketfilen './egna.yaml' (\(folder.path)/./egna.yaml) finns inte")
        == true)
  }

  @Test func addedPacksComeOnTopOfTheBuiltInPacks() throws {
    let folder = try TemporaryFolder()
    let mine = try folder.write("mine.yaml", PolicyPackLoaderTests.header + "rules:\n" + PolicyPackLoaderTests.rule())
    let (packs, diagnostics) = Configuration().loadPacks(extra: [mine])
    #expect(diagnostics.isEmpty)
    #expect(packs.map(\.origin) == PolicyPackLoader.builtInNames.map { "builtin:\($0)" } + [mine])
  }

  @Test func anAddedPackThatExtendsABuiltInPackReplacesItSoEachRuleRunsOnce() throws {
    let folder = try TemporaryFolder()
    let mine = try folder.write(
      "mine.yaml",
      PolicyPackLoaderTests.header + "extends: [trust]\ndisable: [TRUST-P05]\nrules:\n" + PolicyPackLoaderTests.rule())
    let (packs, diagnostics) = Configuration().loadPacks(extra: [mine])
    #expect(diagnostics.isEmpty)
    #expect(
      packs.map(\.origin) == PolicyPackLoader.builtInNames.filter { $0 != "trust" }.map { "builtin:\($0)" } + [mine])
    // A rule written for several kinds is compiled once per kind; each (id, kind) runs once.
    let runs = packs.flatMap { $0.rules.map { "\($0.id) \($0.appliesTo)" } }
    #expect(Set(runs).count == runs.count, "a rule runs twice")
    let ids = packs.flatMap { $0.rules.map(\.id) }
    #expect(ids.contains("TRUST-C01") && !ids.contains("TRUST-P05"))
  }

  @Test func addedPacksComeOnTopOfTheConfiguredPacks() throws {
    let folder = try TemporaryFolder()
    let mine = try folder.write("mine.yaml", PolicyPackLoaderTests.header + "rules:\n" + PolicyPackLoaderTests.rule())
    let (configuration, _) = try configuration("packs: [gdpr]\n", in: folder)
    let (packs, diagnostics) = configuration.loadPacks(extra: [mine])
    #expect(diagnostics.isEmpty)
    #expect(packs.map(\.origin) == ["builtin:gdpr", mine])
  }

  @Test func addingAPackAlreadyInUseUsesItOnceHoweverItIsSpelt() throws {
    let folder = try TemporaryFolder()
    let mine = try folder.write("mine.yaml", PolicyPackLoaderTests.header + "rules:\n" + PolicyPackLoaderTests.rule())
    let (configuration, _) = try configuration("packs: [trust, ./mine.yaml]\n", in: folder)
    let (packs, diagnostics) = configuration.loadPacks(extra: [
      "trust", folder.path + "/../" + URL(fileURLWithPath: folder.path).lastPathComponent + "/mine.yaml", mine,
    ])
    #expect(diagnostics.isEmpty)
    #expect(packs.map(\.id) == ["trust", "p"])
  }

  @Test func unknownRulesAreNotReportedWhenAPackFailedToLoad() throws {
    let folder = try TemporaryFolder()
    let (configuration, _) = try configuration(
      "packs: [trsut]\ndisable: [TRUST-P05]\nseverity: {TRUST-P04: error}\n", in: folder)
    let (_, diagnostics) = configuration.loadPacks()
    #expect(diagnostics.count == 1)
  }

  @Test func aFolderAsTheConfigurationIsRefusedByWhatItIs() throws {
    let folder = try TemporaryFolder()
    let (configuration, diagnostics) = Configuration.load(folder.path)
    #expect(configuration == nil)
    #expect(diagnostics.first?.location == SourceLocation(file: folder.path, line: 0, column: 0))
    #expect(
      diagnostics.first?.message.en
        == "the configuration file is a folder, not a file; give the path of the .yaml file inside it")
  }

  @Test func aFIFOAsTheConfigurationIsRefusedWithoutWaitingForAWriter() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/tillit.yaml"
    try #require(mkfifo(path, 0o600) == 0)
    let (configuration, diagnostics) = Configuration.load(path)
    #expect(configuration == nil)
    #expect(
      diagnostics.first?.message.sv.hasPrefix("konfigurationsfilen är ett namngivet rör (FIFO), inte en vanlig fil")
        == true)
  }

  @Test func aMissingConfigurationFileIsSaidInBothLanguages() throws {
    let folder = try TemporaryFolder()
    let (_, diagnostics) = Configuration.load(folder.path + "/saknas.yaml")
    #expect(
      diagnostics.first?.message
        == LocalizedText(
          sv: "konfigurationsfilen finns inte; kontrollera sökvägen",
          en: "the configuration file does not exist; check the path"))
  }

  @Test func invalidUTF8InTheConfigurationIsAnErrorAtItsPlace() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/tillit.yaml"
    try Data(Array("packs: [trust]\nlanguage: ".utf8) + [0xE5] + Array("\n".utf8)).write(to: URL(fileURLWithPath: path))
    let (configuration, diagnostics) = Configuration.load(path)
    #expect(configuration == nil)
    #expect(diagnostics.first?.location == SourceLocation(file: path, line: 2, column: 11))
    #expect(diagnostics.first?.message.en.contains("invalid UTF-8") == true)
  }

  @Test func aConfigurationWithTwoDocumentsIsAnErrorWhereTheSecondStarts() throws {
    let folder = try TemporaryFolder()
    let marked = MarkedText("packs: [trust]\n---\n1️⃣packs: [gdpr]\n")
    let path = try folder.write("tillit.yaml", marked.text)
    let (configuration, diagnostics) = Configuration.load(path)
    #expect(configuration == nil)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
  }

  /// A repository folder with a folder beside it holding `secret`, a file a syntax error would
  /// quote; returns both folders (their parent is `base`).
  func repositoryAndOutside(in base: TemporaryFolder) throws -> (repository: String, secretFile: String) {
    let repository = base.path + "/repo"
    try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
    let secretFile = try base.write("outside/tillit.yaml", "packs: [\(FolderBoundaryTests.secret)\n")
    return (repository, secretFile)
  }

  @Test func aFoundConfigurationLinkLeadingOutOfItsFolderIsRefusedByTheLinksNameUnread() throws {
    let base = try TemporaryFolder()
    let (repository, secretFile) = try repositoryAndOutside(in: base)
    let link = repository + "/tillit.yaml"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: secretFile)
    let (configuration, diagnostics) = Configuration.inEffect(given: nil, searchingFrom: [repository])
    #expect(configuration == nil)
    #expect(diagnostics.map(\.location) == [SourceLocation(file: link, line: 0, column: 0)])
    #expect(
      diagnostics.first?.message
        == LocalizedText(
          sv:
            "konfigurationsfilen är en symbolisk länk som pekar utanför mappen den ligger i och läses därför inte; ersätt länken med en kopia av filen eller ange filen med --config",
          en:
            "the configuration file is a symbolic link pointing outside the folder it is in, so it is not read; replace the link with a copy of the file, or name the file with --config"
        ))
    let text = FolderBoundaryTests.rendered(diagnostics)
    #expect(!text.contains(FolderBoundaryTests.secret), "\(text)")
    #expect(!text.contains(base.path + "/outside"), "\(text)")
  }

  @Test func aFoundConfigurationLinkStayingInItsFolderIsFollowedAndNamedByTheLink() throws {
    let base = try TemporaryFolder()
    let (repository, _) = try repositoryAndOutside(in: base)
    try base.write("repo/config/shared.yaml", "packs: [gdpr, mine.yaml]\n")
    try base.write("repo/mine.yaml", PolicyPackLoaderTests.header + "rules:\n" + PolicyPackLoaderTests.rule())
    let link = repository + "/tillit.yaml"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "config/shared.yaml")
    let (configuration, diagnostics) = Configuration.inEffect(given: nil, searchingFrom: [repository + "/sub"])
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(configuration?.file == link)
    // Its packs count from the folder holding the link, where it was found.
    let loaded = try #require(configuration).loadPacks()
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    #expect(loaded.packs.map(\.id) == ["gdpr", "p"])
  }

  @Test func aConfigurationGivenOnTheCommandLineIsReadThroughALinkWhereverItLeads() throws {
    let base = try TemporaryFolder()
    let (repository, secretFile) = try repositoryAndOutside(in: base)
    try "packs: [trust]\n".write(toFile: secretFile, atomically: true, encoding: .utf8)
    let link = repository + "/tillit.yaml"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: secretFile)
    let (configuration, diagnostics) = Configuration.inEffect(given: link, searchingFrom: [repository])
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(configuration?.packs.map(\.reference) == ["trust"])
  }

  @Test func aBrokenConfigurationLinkIsReportedRatherThanPassedOverForOneFurtherUp() throws {
    let base = try TemporaryFolder()
    let (repository, _) = try repositoryAndOutside(in: base)
    try base.write("tillit.yaml", "packs: [trust]\n")
    let link = repository + "/tillit.yaml"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "moved.yaml")
    #expect(Configuration.find(from: [repository]) == link)
    let (configuration, diagnostics) = Configuration.inEffect(given: nil, searchingFrom: [repository])
    #expect(configuration == nil)
    #expect(diagnostics.map(\.location) == [SourceLocation(file: link, line: 0, column: 0)])
    #expect(diagnostics.first?.message.en == "the configuration file does not exist; check the path")
  }

  @Test func withNoConfigurationFoundThereIsNoneAndNoError() throws {
    let (configuration, diagnostics) = Configuration.inEffect(given: nil, searchingFrom: [])
    #expect(configuration == nil)
    #expect(diagnostics.isEmpty)
  }
}
