import TillitYAML

/// Why a workbook was not written where the user asked.
enum XLSXOutputError: Error, DiagnosticConvertible, Equatable {
  /// `--format xlsx` without `--out` while standard output is a terminal: the ZIP's bytes
  /// would garble the screen and be of no use.
  case terminal(command: String)

  var diagnostic: Diagnostic {
    switch self {
    case .terminal(let command):
      return Diagnostic(
        location: nil,
        message: Texts.cliWorkbookOnTerminal(command: command))
    }
  }
}
