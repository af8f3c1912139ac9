import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Pack paths written in files stay inside the tree of the file naming them; paths typed on the
/// command line are read wherever they are. Whatever is refused is never read, so a secret in
/// the target never reaches a message.
@Suite struct FolderBoundaryTests {
  /// What a file outside the repository holds; it must never appear in any output.
  static let secret = "hemlighet-4711"

  /// A repository folder (`repo/`) beside a folder outside it (`outside/`) holding a file that
  /// is not YAML, with a secret in the line a syntax error would quote, and a valid pack.
  struct Layout {
    let base: TemporaryFolder
    let repository: String
    let outside: String
    let secretFile: String
    let outsidePack: String

    init() throws {
      base = try TemporaryFolder()
      repository = base.path + "/repo"
      outside = base.path + "/outside"
      try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
      secretFile = try base.write("outside/secret.yaml", "TOKEN: [\(FolderBoundaryTests.secret)\n")
      outsidePack = try base.write(
        "outside/pack.yaml",
        PackLoadingRobustnessTests.pack(id: "outside", "rules:\n" + PolicyPackLoaderTests.rule("OUT-1")))
    }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> String {
      try base.write("repo/" + relativePath, text)
    }

    func link(_ relativePath: String, to target: String) throws -> String {
      let path = repository + "/" + relativePath
      try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
      return path
    }

    /// The configuration `text` as `repo/tillit.yaml`, loaded.
    func configuration(_ text: String) throws -> (Configuration, String) {
      let path = try write("tillit.yaml", text)
      let (configuration, diagnostics) = Configuration.load(path)
      #expect(diagnostics.isEmpty, "\(diagnostics)")
      return (try #require(configuration), path)
    }
  }

  /// The diagnostics as a user would see them in both languages, source excerpts included.
  static func rendered(_ diagnostics: [Diagnostic]) -> String {
    Language.allCases.map { language in
      var renderer = DiagnosticRenderer(language: language, useColor: false)
      return renderer.render(diagnostics)
    }.joined()
  }

  /// Neither the secret nor anything of the outside folder's name is shown.
  static func expectNothingOfOutside(_ diagnostics: [Diagnostic], _ layout: Layout) {
    let text = rendered(diagnostics)
    #expect(!text.contains(secret), "\(text)")
    #expect(!text.contains(layout.outside), "\(text)")
  }

  static func outsideMessage(_ reference: String, folder: String) -> LocalizedText {
    LocalizedText(
      sv:
        "paketfilen '\(reference)' ligger utanför mappen '\(folder)' där tillit.yaml finns och läses därför inte; kopiera in paketet i den mappen eller ange det med --add-pack",
      en:
        "pack file '\(reference)' is outside the folder '\(folder)' that holds tillit.yaml, so it is not read; copy the pack into that folder, or name it with --add-pack"
    )
  }

  @Test func aConfiguredPackLinkLeadingOutOfTheRepositoryIsRefusedAtItsEntryUnread() throws {
    let layout = try Layout()
    _ = try layout.link("paket.yaml", to: layout.secretFile)
    let marked = MarkedText("packs:\n  - 1️⃣./paket.yaml\n")
    let (configuration, path) = try layout.configuration(marked.text)
    let (packs, diagnostics) = configuration.loadPacks()
    #expect(packs.isEmpty)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(diagnostics.first?.message == Self.outsideMessage("./paket.yaml", folder: layout.repository))
    Self.expectNothingOfOutside(diagnostics, layout)
  }

  @Test func aConfiguredAbsolutePackPathOutOfTheRepositoryIsRefusedAtItsEntryUnread() throws {
    let layout = try Layout()
    let marked = MarkedText("packs: [trust, 1️⃣'\(layout.secretFile)']\n")
    let (configuration, path) = try layout.configuration(marked.text)
    let diagnostics = configuration.loadPacks().diagnostics
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(diagnostics.first?.message == Self.outsideMessage(layout.secretFile, folder: layout.repository))
    #expect(!Self.rendered(diagnostics).contains(Self.secret))
  }

  @Test func aConfiguredPackPathClimbingOutWithDotDotIsRefusedAtItsEntryUnread() throws {
    let layout = try Layout()
    let marked = MarkedText("packs: [1️⃣../outside/secret.yaml]\n")
    let (configuration, path) = try layout.configuration(marked.text)
    let diagnostics = configuration.loadPacks().diagnostics
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(diagnostics.first?.message == Self.outsideMessage("../outside/secret.yaml", folder: layout.repository))
    Self.expectNothingOfOutside(diagnostics, layout)
  }

  @Test func aDeviceOrProcessFileOutsideTheRepositoryIsRefusedAsOutsideNotByWhatItIs() throws {
    let layout = try Layout()
    let (configuration, _) = try layout.configuration("packs: [/proc/self/environ, /dev/zero]\n")
    let diagnostics = configuration.loadPacks().diagnostics
    #expect(
      diagnostics.map(\.message) == [
        Self.outsideMessage("/proc/self/environ", folder: layout.repository),
        Self.outsideMessage("/dev/zero", folder: layout.repository),
      ])
  }

  @Test func aMissingPackOutsideTheRepositoryIsCalledOutsideNotMissing() throws {
    let layout = try Layout()
    let (configuration, _) = try layout.configuration("packs: [../nowhere/pack.yaml]\n")
    let diagnostics = configuration.loadPacks().diagnostics
    #expect(diagnostics.first?.message == Self.outsideMessage("../nowhere/pack.yaml", folder: layout.repository))
  }

  @Test func aPackLinkThatStaysInsideTheRepositoryIsFollowed() throws {
    let layout = try Layout()
    let real = try layout.write(
      "policies/real.yaml", PackLoadingRobustnessTests.pack(id: "own", "rules:\n" + PolicyPackLoaderTests.rule("OWN-1"))
    )
    _ = try layout.link("own.yaml", to: real)
    let (configuration, _) = try layout.configuration("packs: [own.yaml, policies/../policies/real.yaml]\n")
    let (packs, diagnostics) = configuration.loadPacks()
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    // Both spellings are the one file, used once.
    #expect(packs.map(\.id) == ["own"])
    #expect(packs.first?.origin == layout.repository + "/own.yaml")
  }

  @Test func whatAConfiguredPackExtendsMustStayInsideTheFolderOfTheConfiguration() throws {
    let layout = try Layout()
    let marked = MarkedText(PackLoadingRobustnessTests.pack(id: "local", "extends: [1️⃣../../outside/secret.yaml]\n"))
    let local = try layout.write("policies/local.yaml", marked.text)
    let (configuration, _) = try layout.configuration("packs: [policies/local.yaml]\n")
    let diagnostics = configuration.loadPacks().diagnostics
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location == marked.location("1️⃣", file: local))
    #expect(diagnostics.first?.message == Self.outsideMessage("../../outside/secret.yaml", folder: layout.repository))
    Self.expectNothingOfOutside(diagnostics, layout)
  }

  @Test func aConfiguredPackMayExtendAPackAnywhereInTheConfigurationsFolder() throws {
    let layout = try Layout()
    try layout.write(
      "shared/base.yaml", PackLoadingRobustnessTests.pack(id: "base", "rules:\n" + PolicyPackLoaderTests.rule("B-1")))
    try layout.write(
      "policies/local.yaml", PackLoadingRobustnessTests.pack(id: "local", "extends: [../shared/base.yaml]\n"))
    let (configuration, _) = try layout.configuration("packs: [policies/local.yaml]\n")
    let (packs, diagnostics) = configuration.loadPacks()
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(packs.flatMap(\.rules).map(\.id) == ["B-1"])
  }

  @Test func whatACommandLinePackExtendsMustStayInsideTheFolderHoldingIt() throws {
    let layout = try Layout()
    let marked = MarkedText(PackLoadingRobustnessTests.pack(id: "cli", "extends: [trust, 1️⃣'\(layout.outsidePack)']\n"))
    let path = try layout.write("cli.yaml", marked.text)
    let result = PolicyPackLoader().load(path)
    #expect(result.pack == nil)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.location == marked.location("1️⃣", file: path))
    #expect(
      result.diagnostics.first?.message
        == LocalizedText(
          sv:
            "paketfilen '\(layout.outsidePack)' ligger utanför mappen '\(layout.repository)' där paketet som angavs på kommandoraden finns och läses därför inte; kopiera in paketet i den mappen eller ange det med --add-pack i stället för i extends",
          en:
            "pack file '\(layout.outsidePack)' is outside the folder '\(layout.repository)' that holds the pack named on the command line, so it is not read; copy the pack into that folder, or name it with --add-pack instead of in extends"
        ))
  }

  @Test func anExtendsChainIsBoundByTheFolderOfThePackItStartedFrom() throws {
    let layout = try Layout()
    // repo/sub/top.yaml → repo/sub/mid/mid.yaml → ../../x.yaml, which is repo/x.yaml: inside
    // mid's folder's parent's parent, but outside repo/sub, the tree the chain started in.
    try layout.write("x.yaml", PackLoadingRobustnessTests.pack(id: "x", "rules:\n" + PolicyPackLoaderTests.rule("X-1")))
    let marked = MarkedText(PackLoadingRobustnessTests.pack(id: "mid", "extends: [1️⃣../../x.yaml]\n"))
    let mid = try layout.write("sub/mid/mid.yaml", marked.text)
    let top = try layout.write("sub/top.yaml", PackLoadingRobustnessTests.pack(id: "top", "extends: [mid/mid.yaml]\n"))
    let result = PolicyPackLoader().load(top)
    #expect(result.diagnostics.map(\.location) == [marked.location("1️⃣", file: mid)])
    #expect(result.diagnostics.first?.message.en.contains("outside the folder '\(layout.repository)/sub'") == true)
    // Started one folder up, the same chain stays inside.
    try layout.write("entry.yaml", PackLoadingRobustnessTests.pack(id: "entry", "extends: [sub/top.yaml]\n"))
    let wider = PolicyPackLoader().load(layout.repository + "/entry.yaml")
    #expect(wider.diagnostics.isEmpty, "\(wider.diagnostics)")
    #expect(wider.pack?.rules.map(\.id) == ["X-1"])
  }

  @Test func packsTypedOnTheCommandLineAreReadWhereverTheyAre() throws {
    let layout = try Layout()
    // --add-pack with a path outside, and with a link in the repository leading outside.
    let link = try layout.link("linked.yaml", to: layout.outsidePack)
    let (packs, diagnostics) = Configuration().loadPacks(extra: [layout.outsidePack])
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(packs.last?.id == "outside")
    let linked = PolicyPackLoader().load(link)
    #expect(linked.diagnostics.isEmpty, "\(linked.diagnostics)")
    #expect(linked.pack?.id == "outside")
  }

  @Test func aConfigurationGivenOnTheCommandLineNamesPacksInsideItsOwnFolder() throws {
    let layout = try Layout()
    // --config outside the repository: read as typed; its packs count from its own folder.
    let file = try layout.base.write("outside/tillit.yaml", "packs: [pack.yaml, ../repo/none.yaml]\n")
    let (configuration, diagnostics) = Configuration.inEffect(given: file, searchingFrom: [layout.repository])
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let loaded = try #require(configuration).loadPacks()
    #expect(loaded.packs.map(\.id) == ["outside"])
    #expect(loaded.diagnostics.map(\.message) == [Self.outsideMessage("../repo/none.yaml", folder: layout.outside)])
  }

  @Test func aPlacementIsJudgedByWhereAPathReallyLeads() throws {
    let layout = try Layout()
    let boundary = FolderBoundary(folder: layout.repository, owner: .configuration)
    let inside = try layout.write("a.yaml", "")
    let real = FolderBoundary.resolved(inside)
    #expect(boundary.placement(of: inside) == .inside(resolved: real))
    #expect(boundary.placement(of: layout.repository + "/./a.yaml") == .inside(resolved: real))
    #expect(boundary.placement(of: layout.repository + "/missing.yaml") == .inside(resolved: nil))
    #expect(boundary.placement(of: layout.repository + "/../outside/pack.yaml") == .outside)
    #expect(boundary.placement(of: layout.repository + "/../repo-next/x.yaml") == .outside)
    #expect(boundary.placement(of: try layout.link("out.yaml", to: layout.outside)) == .outside)
  }
}
