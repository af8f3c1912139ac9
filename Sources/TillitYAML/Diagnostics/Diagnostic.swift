/// A problem to show the user, compiler style: where, what, and notes that point elsewhere.
///
/// Every error type of tillit turns into diagnostics, so one renderer prints them all the same
/// way and sorts them by place.
public struct Diagnostic: Sendable, Hashable {
  public enum Severity: String, Sendable, Hashable {
    case error, warning, note
  }

  public struct Note: Sendable, Hashable {
    public var location: SourceLocation?
    public var message: LocalizedText

    public init(location: SourceLocation?, message: LocalizedText) {
      self.location = location
      self.message = message
    }
  }

  public var severity: Severity
  /// Nil only for problems that belong to no file (a path that does not exist has its own
  /// path as file and line 0).
  public var location: SourceLocation?
  public var message: LocalizedText
  public var notes: [Note]

  public init(
    severity: Severity = .error, location: SourceLocation?, message: LocalizedText, notes: [Note] = []
  ) {
    self.severity = severity
    self.location = location
    self.message = message
    self.notes = notes
  }
}

/// An error that can describe itself as diagnostics.
public protocol DiagnosticConvertible: Error {
  var diagnostic: Diagnostic { get }
}

extension Array where Element == Diagnostic {
  /// Sorted by file, line and column; diagnostics without a place come first, as they usually
  /// explain why nothing else could be read.
  public func sortedByPlace() -> [Diagnostic] {
    enumerated().sorted { a, b in
      switch (a.element.location, b.element.location) {
      case (nil, nil): return a.offset < b.offset
      case (nil, _): return true
      case (_, nil): return false
      case (let l?, let r?): return l == r ? a.offset < b.offset : l < r
      }
    }.map(\.element)
  }
}
