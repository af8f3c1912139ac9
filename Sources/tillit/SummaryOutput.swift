import CEL
import Foundation
import TillitReports
import TillitYAML

/// `check --summary`: the text report's summary line alone on standard output.
///
/// A flag rather than a `summary` format: it combines with `--format sarif=FILE` (the usual CI
/// run: the full report to a file, one line in the log) and with the GitHub default, and a
/// summary is no report to write to a file. The line is the text report's own, taken from its
/// end as it streams past, so the two can never word it differently; only one line is kept.
enum SummaryOutput {
  static func write(_ report: CheckReport, color: Bool) {
    var lastLine = LastLine()
    ReportFormat.text.write(report, color: color, to: &lastLine)
    let stream = FileOutputStream(descriptor: STDOUT_FILENO)
    stream.write(lastLine.line + "\n")
    stream.flush()
  }

  /// Keeps only the last non-empty line of what is written to it.
  private struct LastLine: TextOutputStream {
    var line = ""
    private var current = ""

    mutating func write(_ string: String) {
      for character in string {
        if character == "\n" {
          if !current.isEmpty { line = current }
          current = ""
        } else {
          current.append(character)
        }
      }
    }
  }
}
