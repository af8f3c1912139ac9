import Testing

@testable import tillit_bench

@Suite struct TargetsBenchmarkTests {
  @Test func theDocumentCountIsReadFromValidatesEnglishSummary() {
    let summary = "OK: 20401 documents in 20401 files (1 Organization, 10000 FollowUp).\n"
    #expect(TargetsBenchmark.validatedDocuments(summary) == 20_401)
    #expect(TargetsBenchmark.validatedDocuments("2 errors; no document was checked further.") == nil)
  }

  @Test func optionsAreReadWithTheirDefaults() throws {
    let bench = try TargetsBenchmark(arguments: [
      "--tillit", "t", "--corpus", "c", "--scale", "s1", "--scale", "s2", "--runs", "5",
    ])
    #expect(bench.tillit == "t")
    #expect(bench.corpus == "c")
    #expect(bench.scales == ["s1", "s2"])
    #expect(bench.runs == 5)
    #expect(bench.today == "2026-11-29")
  }

  @Test func missingOrMeaninglessOptionsAreRefused() {
    #expect(throws: TargetsBenchmark.Failure.self) { try TargetsBenchmark(arguments: ["--tillit", "t"]) }
    #expect(throws: TargetsBenchmark.Failure.self) {
      try TargetsBenchmark(arguments: ["--tillit", "t", "--corpus", "c", "--runs", "0"])
    }
    #expect(throws: TargetsBenchmark.Failure.self) {
      try TargetsBenchmark(arguments: ["--tillit", "t", "--corpus", "c", "--fast", "yes"])
    }
    #expect(throws: TargetsBenchmark.Failure.self) { try TargetsBenchmark(arguments: ["--tillit"]) }
  }

  @Test func figuresAreGroupedTheSameWhateverTheLocale() {
    #expect(Figure.grouped(20_401) == "20,401")
    #expect(Figure.grouped(999.4) == "999")
    #expect(Figure.grouped(1_000_000) == "1,000,000")
    #expect(Figure.grouped(-1_234) == "-1,234")
    #expect(Figure.grouped(.infinity) == "–")
  }

  @Test func aTargetSaysMetNotMetOrNotMeasured() {
    var target = Target(name: "check, 1 core", figure: "1,619 documents/s", bar: "≥ 5,000 documents/s", met: false)
    #expect(target.verdict == "not met")
    target.met = true
    #expect(target.verdict == "met")
    target.met = nil
    #expect(target.verdict == "not measured")
  }
}
