import TillitYAML

/// The text of a long list made a slice at a time on every core and written in list order:
/// the serial step after the rules becomes a share of the cores, and the bytes are those of
/// writing the items one by one. A wave of slices is held at once, never the whole text.
enum OrderedSlices {
  /// Items per slice: around a megabyte of report text, so handing a slice over is cheap.
  static let size = 1024
  /// Slices made at once: enough for every core of a large machine, few enough to hold.
  static let perWave = 16

  /// Writes what `render` makes of each of consecutive ranges covering `0..<count`, in order.
  static func write(
    count: Int, to output: inout some TextOutputStream,
    _ render: @escaping @Sendable (Range<Int>, inout ReportBytes) -> Void
  ) {
    var start = 0
    while start < count {
      let slices = min(perWave, (count - start + size - 1) / size)
      let first = start
      let texts = [ReportBytes].computedOnEveryCore(count: slices) { slice in
        var text = ReportBytes(capacity: 1 << 20)
        render((first + slice * size)..<min(count, first + (slice + 1) * size), &text)
        return text
      }
      for text in texts { text.write(to: &output) }
      start = min(count, start + slices * size)
    }
  }
}
