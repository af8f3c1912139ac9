import ArgumentParser
import Foundation
import TillitReports
import TillitSpreadsheet
import TillitYAML

/// Where `ropa` and `burden` put their report: standard output, or the `--out` file,
/// replaced atomically through `OutputFile` (a reader never sees half a report, and a failed
/// run leaves the old file whole). A workbook goes to standard output only when that is not a
/// terminal (a pipe or a redirect).
enum ReportOutput {
  static func write(text: String, to path: String?, common: CommonOptions) throws {
    guard let path else {
      Output.standardOutput(text)
      return
    }
    do {
      try OutputFile.write(text, to: path)
    } catch {
      try fail(error.diagnostic, common: common)
    }
  }

  static func write(
    workbook: () throws(XLSXWriterError) -> Data, to path: String?, command: String, common: CommonOptions
  )
    throws
  {
    try refuseWorkbookOnTerminal(out: path, command: command, common: common)
    let bytes: [UInt8]
    do {
      bytes = [UInt8](try workbook())
    } catch {
      try fail(error.diagnostic, common: common)
    }
    guard let path else {
      let stream = FileOutputStream(descriptor: STDOUT_FILENO)
      stream.write(bytes: bytes)
      stream.flush()
      return
    }
    do {
      try OutputFile.write(to: path) { $0.write(bytes: bytes) }
    } catch {
      try fail(error.diagnostic, common: common)
    }
  }

  /// Refuses a workbook bound for a terminal: called before the documents are read too, so
  /// the user learns at once rather than after a long load.
  static func refuseWorkbookOnTerminal(out path: String?, command: String, common: CommonOptions) throws {
    if path == nil, isatty(STDOUT_FILENO) == 1 {
      try fail(XLSXOutputError.terminal(command: command).diagnostic, common: common)
    }
  }

  /// Shows the diagnostic and ends with exit code 2.
  private static func fail(_ diagnostic: Diagnostic, common: CommonOptions) throws -> Never {
    var renderer = DiagnosticRenderer(language: common.language, useColor: common.useColorOnStandardError)
    Output.standardError(renderer.render(diagnostic))
    throw ExitCode(2)
  }
}
