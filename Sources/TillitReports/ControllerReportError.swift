import CEL
import TillitEngine
import TillitYAML

/// Why `tillit report --since REV` cannot compare: git's failures in the words of the report's
/// own option. `GitRevision`'s messages speak of `tillit diff --base`, which a committee's
/// secretary running `tillit report` never typed.
public enum ControllerReportError: Error, Sendable, Hashable, DiagnosticConvertible {
  case since(revision: String, GitRevision.Failure)

  public var diagnostic: Diagnostic {
    switch self {
    case .since(let revision, .unknownRevision):
      return Diagnostic(location: nil, message: Texts.reportErrorUnknownRevision(revision: revision))
    case .since(_, .notARepository(let gitSays)):
      var diagnostic = Diagnostic(location: nil, message: Texts.reportErrorNotARepository)
      if !gitSays.isEmpty {
        diagnostic.notes = [Diagnostic.Note(location: nil, message: Texts.reportErrorGitSays(message: gitSays))]
      }
      return diagnostic
    case .since(_, let failure):
      return failure.diagnostic
    }
  }
}
