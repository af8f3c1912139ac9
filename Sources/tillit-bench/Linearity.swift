/// Time and peak memory of `tillit check` at growing workspace sizes, and whether they grow
/// in proportion to the documents.
///
/// Time here is CPU time (user and system) of the one-core run: unlike wall time it hardly
/// moves when other processes share the machine, and on one core it is the work done.
///
/// Each step from one size to the next is judged on its own: the time (and the memory) grows
/// by some factor while the documents grow by another, and their quotient is the step's
/// growth beyond proportional. Fixed costs (process start, packs) keep it below 1 for small
/// workspaces; an algorithm that is worse than linear pushes it above 1 in every later step
/// (a quadratic one towards 2 per doubling). A step may exceed 1 by `allowance` for noise.
struct Linearity: Sendable {
  struct Row: Sendable {
    var path: String
    var documents: Int
    var bytes: Int
    /// Wall seconds of the fastest run.
    var seconds: Double
    /// The least CPU seconds of any run.
    var cpuSeconds: Double
    var peakResidentBytes: Int
    var otherLoad: Double

    var documentsPerSecond: Double { Double(documents) / seconds }
    /// Peak resident bytes per byte of YAML read.
    var memoryPerInputByte: Double { Double(peakResidentBytes) / Double(bytes) }
  }

  /// How far beyond proportional a step may grow and still count as linear: 10 %, which is
  /// about the spread of repeated runs on a quiet machine.
  static let allowance = 1.1

  /// Rows from the fewest documents to the most.
  var rows: [Row]

  init(_ rows: [Row]) {
    self.rows = rows.sorted { $0.documents < $1.documents }
  }

  /// For each row after the first: (its CPU time / the previous row's) / (its documents / the
  /// previous row's).
  var timeGrowth: [Double] {
    zip(rows, rows.dropFirst()).map { ($1.cpuSeconds / $0.cpuSeconds) / (Double($1.documents) / Double($0.documents)) }
  }

  /// The same for peak memory.
  var memoryGrowth: [Double] {
    zip(rows, rows.dropFirst()).map {
      (Double($1.peakResidentBytes) / Double($0.peakResidentBytes)) / (Double($1.documents) / Double($0.documents))
    }
  }

  /// Nil with fewer than two sizes: nothing to judge.
  var isLinearInTime: Bool? { timeGrowth.max().map { $0 <= Self.allowance } }
  var isLinearInMemory: Bool? { memoryGrowth.max().map { $0 <= Self.allowance } }
}
