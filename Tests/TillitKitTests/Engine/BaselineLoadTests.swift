import Foundation
import Testing
import TillitYAML

@testable import TillitEngine

/// `Baseline.load` refuses a file it cannot use with a message worded whole in each language:
/// the reason used to be an English string put inside the Swedish text as well.
@Suite struct BaselineLoadTests {
  /// The load error for `path`, or a recorded issue when the file loads.
  private func loadError(_ path: String) -> Diagnostic? {
    do {
      _ = try Baseline.load(path)
      Issue.record("\(path) loaded as a baseline")
      return nil
    } catch {
      return error.diagnostic
    }
  }

  @Test func aMissingBaselineSaysSoInEachLanguageAtItsPath() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/baseline.json"
    let diagnostic = try #require(loadError(path))
    #expect(diagnostic.location?.file == path)
    #expect(
      diagnostic.message.sv
        == "baslinjen kan inte läsas: filen finns inte eller går inte att öppna; skapa den med tillit baseline create")
    #expect(
      diagnostic.message.en
        == "the baseline cannot be read: the file does not exist or cannot be opened; create it with tillit baseline create"
    )
  }

  @Test func aBaselineOfAnotherFormatVersionNamesTheVersionInSwedishWords() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("baseline.json", #"{"version": 2, "entries": []}"#)
    let diagnostic = try #require(loadError(path))
    #expect(
      diagnostic.message.sv.contains("den har formatversion 2, men den här versionen av tillit läser bara version 1"))
    #expect(diagnostic.message.en.contains("it has format version 2, but this version of tillit reads only version 1"))
  }

  @Test func aFileThatIsNoBaselineIsRefusedWithoutEnglishInTheSwedishText() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("baseline.json", "entries: [not, json]\n")
    let diagnostic = try #require(loadError(path))
    #expect(
      diagnostic.message.sv
        == "baslinjen kan inte läsas: filen är ingen baslinje från tillit; skapa den med tillit baseline create")
    #expect(!diagnostic.message.sv.contains("baseline ("))
    #expect(diagnostic.message.en.contains("the file is not a tillit baseline"))
  }

  @Test func aBaselineWrittenByTillitLoadsBack() throws {
    let folder = try TemporaryFolder()
    let entry = Baseline.Entry(fingerprint: "abc", rule: "GDPR-001", document: "elevenkat", path: "purposes")
    let path = try folder.write("baseline.json", Baseline(entries: [entry]).text)
    #expect(try Baseline.load(path).entries == [entry])
  }
}
