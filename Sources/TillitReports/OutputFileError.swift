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
      message = Texts.outputFileCannotWrite(reason: Self.reason(code))
    case .isFolder(let path):
      location = SourceLocation(file: path, line: 0, column: 0)
      message = Texts.outputFileIsFolder(path: path)
    case .notAFile(let path):
      location = SourceLocation(file: path, line: 0, column: 0)
      message = Texts.outputFileNotAFile
    case .symbolicLinkLoop(let path):
      location = SourceLocation(file: path, line: 0, column: 0)
      message = Texts.outputFileLinkLoop
    case .writtenTwice(let path, let first, let second):
      location = SourceLocation(file: path, line: 0, column: 0)
      message = Texts.outputFileWrittenTwice(first: first, second: second)
    }
    return Diagnostic(location: location, message: message)
  }

  /// Why the system refused, in both languages. A missing path when writing is a missing
  /// folder (the file itself is about to be made); every other reason is worded where the
  /// readers' reasons are, in `SystemErrorCode`.
  static func reason(_ code: Int32) -> LocalizedText {
    if code == ENOENT { return Texts.outputFileFolderMissing }
    return SystemErrorCode(code).description
  }
}
