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
        message: LocalizedText(
          sv:
            "en arbetsbok (xlsx) är en binärfil och skrivs inte till terminalen; ange en fil med --out, till exempel tillit \(command) --format xlsx --out rapport.xlsx",
          en:
            "a workbook (xlsx) is a binary file and is not written to the terminal; give a file with --out, for example tillit \(command) --format xlsx --out report.xlsx"
        ))
    }
  }
}
