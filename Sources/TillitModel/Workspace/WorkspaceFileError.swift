import CEL
import TillitYAML

/// Everything that can go wrong while finding and opening a workspace's files, each naming the
/// path it is about (as `path:0:0`, the file-level place: the renderer prints just the path).
///
/// None of these is ever passed over in silence: a checker that reads less than it was given
/// would pass what it never saw.
public enum WorkspaceFileError: Error, Sendable, Hashable, DiagnosticConvertible {
  /// A path named on the command line does not exist.
  case notFound(String)
  /// A file named on the command line is not YAML.
  case notYAML(String)
  /// A YAML-named path is a FIFO, socket, device or other non-file.
  case notARegularFile(String, kind: FileKind)
  /// A folder could not be listed (opened or read).
  case unreadableFolder(String, SystemErrorCode)
  /// A file could not be opened or read.
  case unreadableFile(String, SystemErrorCode)
  /// A name in a folder is not valid UTF-8; the path shows its bad bytes as `\xNN`.
  case undecodableName(String)
  /// A symbolic link whose target does not exist or cannot be reached (a loop, a missing folder).
  case brokenLink(String, SystemErrorCode)
  /// A symbolic link whose target lies outside the folder named on the command line. Where it
  /// points is deliberately not said: the target is outside what the user asked to have read.
  case linkLeavesWorkspace(String)

  public var path: String {
    switch self {
    case .notFound(let path), .notYAML(let path), .notARegularFile(let path, _), .unreadableFolder(let path, _),
      .unreadableFile(let path, _), .undecodableName(let path), .brokenLink(let path, _),
      .linkLeavesWorkspace(let path):
      return path
    }
  }

  public var diagnostic: Diagnostic {
    Diagnostic(location: SourceLocation(file: path, line: 0, column: 0), message: message)
  }

  private var message: LocalizedText {
    switch self {
    case .notFound: return Texts.workspaceNotFound
    case .notYAML: return Texts.workspaceNotYaml
    case .notARegularFile(_, let kind): return Texts.workspaceNotARegularFile(kind: kind.name)
    case .unreadableFolder(_, let code): return Texts.workspaceUnreadableFolder(reason: code.description)
    case .unreadableFile(_, let code): return Texts.workspaceUnreadableFile(reason: code.description)
    case .undecodableName: return Texts.workspaceUndecodableName
    case .brokenLink(_, let code): return Texts.workspaceBrokenLink(reason: code.description)
    case .linkLeavesWorkspace: return Texts.workspaceLinkLeavesWorkspace
    }
  }
}
