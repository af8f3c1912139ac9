import Testing

@testable import tillit_bench

@Suite struct LinearityTests {
  /// A row whose time and memory are `fixed` plus `perDocument` times the documents.
  static func row(_ documents: Int, fixedSeconds: Double = 0, secondsPerDocument: Double, bytesPerDocument: Int)
    -> Linearity.Row
  {
    let seconds = fixedSeconds + secondsPerDocument * Double(documents)
    return Linearity.Row(
      path: "corpus-\(documents)", documents: documents, bytes: documents * 4_000, seconds: seconds,
      cpuSeconds: seconds, peakResidentBytes: 30_000_000 + documents * bytesPerDocument, otherLoad: 0)
  }

  @Test func proportionalGrowthWithAFixedStartIsLinear() {
    let rows = [2_041, 5_101, 10_201, 20_401, 40_801].map {
      Self.row($0, fixedSeconds: 0.05, secondsPerDocument: 0.000_12, bytesPerDocument: 9_000)
    }
    let linearity = Linearity(rows)
    #expect(linearity.isLinearInTime == true)
    #expect(linearity.isLinearInMemory == true)
    #expect(linearity.timeGrowth.allSatisfy { $0 <= 1 })
  }

  @Test func quadraticTimeIsNotLinear() {
    let rows = [2_041, 5_101, 10_201, 20_401].map { documents in
      var row = Self.row(documents, secondsPerDocument: 0.000_1, bytesPerDocument: 9_000)
      row.cpuSeconds = 1e-8 * Double(documents * documents)
      return row
    }
    let linearity = Linearity(rows)
    #expect(linearity.isLinearInTime == false)
    #expect(linearity.timeGrowth.allSatisfy { $0 > 1.9 })
    #expect(linearity.isLinearInMemory == true)
  }

  @Test func memoryGrowingFasterThanTheDocumentsIsNotLinear() {
    let rows = [5_101, 10_201, 20_401].map { documents in
      var row = Self.row(documents, secondsPerDocument: 0.000_1, bytesPerDocument: 0)
      row.peakResidentBytes = documents * documents
      return row
    }
    #expect(Linearity(rows).isLinearInMemory == false)
  }

  @Test func timeGrowthIsJudgedOnCPUTimeNotOnADisturbedWallClock() {
    var rows = [10_201, 20_401].map { Self.row($0, secondsPerDocument: 0.000_1, bytesPerDocument: 9_000) }
    rows[1].seconds *= 3  // someone else's build ran during the second run
    #expect(Linearity(rows).isLinearInTime == true)
  }

  @Test func rowsAreComparedFromTheFewestDocumentsUpWhateverTheirOrder() {
    let rows = [40_801, 2_041, 10_201].map { Self.row($0, secondsPerDocument: 0.000_1, bytesPerDocument: 9_000) }
    #expect(Linearity(rows).rows.map(\.documents) == [2_041, 10_201, 40_801])
  }

  @Test func oneSizeAloneIsNotJudged() {
    let linearity = Linearity([Self.row(20_401, secondsPerDocument: 0.000_1, bytesPerDocument: 9_000)])
    #expect(linearity.isLinearInTime == nil)
    #expect(linearity.isLinearInMemory == nil)
  }
}
