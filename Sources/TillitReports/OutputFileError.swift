import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a report or baseline file could not be written. Each case names the path as the user
/// gave it; the diagnostic says what to do.
public enum OutputFileError: Error, DiagnosticConvertible, Equatable {
  /// The system refused (no permission, disk full, no such folder…), with `errno`.
  case cannotWrite(path: String, errno: Int32)
  /// The path is a folder.
  case isFolder(path: String)
  /// The path is a socket or block device: neither a file to replace nor a stream to write to.
  case notAFile(path: String)
  /// Symbolic links that lead in a circle, or more than 40 deep.
  case symbolicLinkLoop(path: String)
  /// Two outputs of one run name the same file (after following links): the second would
  /// silently overwrite the first.
  case writtenTwice(path: String, first: String, second: String)

  public var diagnostic: Diagnostic {
    let location: SourceLocation
    let message: LocalizedText
    switch self {
    case .cannotWrite(let path, let code):
      location = SourceLocation(file: path, line: 0, column: 0)
      let reason = Self.reason(code)
      message = LocalizedText(
        sv: "filen kan inte skrivas: \(reason.sv); välj en annan sökväg eller åtgärda behörighet och utrymme",
        en: "the file cannot be written: \(reason.en); choose another path or fix the permissions and space")
    case .isFolder(let path):
      location = SourceLocation(file: path, line: 0, column: 0)
      message = LocalizedText(
        sv: "är en mapp, inte en fil; ange en filsökväg, till exempel \(path)/rapport",
        en: "is a folder, not a file; give a file path, for example \(path)/report")
    case .notAFile(let path):
      location = SourceLocation(file: path, line: 0, column: 0)
      message = LocalizedText(
        sv: "är varken en vanlig fil, en teckenenhet eller ett namngivet rör; ange en filsökväg",
        en: "is neither a regular file, a character device nor a named pipe; give a file path")
    case .symbolicLinkLoop(let path):
      location = SourceLocation(file: path, line: 0, column: 0)
      message = LocalizedText(
        sv: "de symboliska länkarna går i cirkel eller är fler än 40 i rad; peka länken på en fil",
        en: "the symbolic links go round in a circle or are more than 40 in a row; point the link at a file")
    case .writtenTwice(let path, let first, let second):
      location = SourceLocation(file: path, line: 0, column: 0)
      message = LocalizedText(
        sv:
          "--format \(first) och --format \(second) skriver till samma fil, och den ena skulle skriva över den andra; ge dem var sin fil",
        en:
          "--format \(first) and --format \(second) write to the same file, and one would overwrite the other; give each its own file"
      )
    }
    return Diagnostic(location: location, message: message)
  }

  /// Why the system refused, in both languages. A missing path when writing is a missing
  /// folder (the file itself is about to be made); every other reason is worded where the
  /// readers' reasons are, in `SystemErrorCode`.
  static func reason(_ code: Int32) -> LocalizedText {
    if code == ENOENT { return LocalizedText(sv: "mappen finns inte", en: "the folder does not exist") }
    return SystemErrorCode(code).description
  }
}
