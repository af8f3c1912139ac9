import Foundation

/// Prints diagnostics the way compilers do, so editors and people read them alike:
///
///     examples/x.yaml:12:5: error: message
///         frequency: montly
///                    ^
///     examples/x.yaml:3:1: note: first defined here
///
/// The source line is shown with a caret under the column (columns count Unicode scalars).
///
/// Whatever a file holds, what reaches the terminal is bounded and inert: an excerpt shows at
/// most `excerptWidth` columns around the caret, control characters and bidirectional overrides
/// are replaced by visible stand-ins (in excerpts and in messages, which quote values from
/// files), and a run prints at most `maxDiagnostics` diagnostics, then one line that counts the
/// rest, so 100,000 broken files give a screenful, not 300,000 lines.
public struct DiagnosticRenderer {
  /// Most diagnostics one `render(_:)` call prints before summarising the rest.
  public static let defaultMaxDiagnostics = 200
  /// Widest excerpt of a source line, in Unicode scalars, not counting the `…` marks.
  public static let excerptWidth = 120
  /// Longest message printed, in Unicode scalars: a safety net under the quoting of values,
  /// for a message that names a path through keys of the user's choosing.
  public static let messageLimit = 2_000

  public var language: Language
  public var useColor: Bool
  public var maxDiagnostics: Int
  private var lines = SourceLines()

  public init(language: Language, useColor: Bool, maxDiagnostics: Int = DiagnosticRenderer.defaultMaxDiagnostics) {
    self.language = language
    self.useColor = useColor
    self.maxDiagnostics = maxDiagnostics
  }

  /// Renders the first `maxDiagnostics` diagnostics and, when there are more, one line saying
  /// how many more and in how many files.
  public mutating func render(_ diagnostics: [Diagnostic]) -> String {
    var out = ""
    for diagnostic in diagnostics.prefix(maxDiagnostics) {
      out += render(diagnostic)
    }
    let rest = diagnostics.dropFirst(maxDiagnostics)
    if !rest.isEmpty {
      out += omittedSummary(rest) + "\n"
    }
    return out
  }

  /// "… and 99,800 more errors in 99,800 files": what the cap left out, so nobody mistakes the
  /// printed part for the whole.
  private func omittedSummary(_ rest: ArraySlice<Diagnostic>) -> String {
    let count = rest.count
    let files = Set(rest.compactMap { $0.location?.file }).count
    let allErrors = rest.allSatisfy { $0.severity == .error }
    let text =
      allErrors
      ? Texts.diagnosticsOmittedErrors(count: count, files: files)
      : Texts.diagnosticsOmittedProblems(count: count, files: files)
    return text.text(language)
  }

  public mutating func render(_ diagnostic: Diagnostic) -> String {
    var out = line(
      location: diagnostic.location, severity: severityWord(diagnostic.severity),
      color: diagnostic.severity == .error ? "31" : "33", message: diagnostic.message.text(language))
    for note in diagnostic.notes {
      out += line(
        location: note.location, severity: severityWord(.note), color: "36", message: note.message.text(language))
    }
    return out
  }

  private func severityWord(_ severity: Diagnostic.Severity) -> String {
    switch severity {
    case .error: return Texts.diagnosticsSeverityError.text(language)
    case .warning: return Texts.diagnosticsSeverityWarning.text(language)
    case .note: return Texts.diagnosticsSeverityNote.text(language)
    }
  }

  private mutating func line(location: SourceLocation?, severity: String, color: String, message: String) -> String {
    var out = ""
    if let location {
      let file = TerminalText.neutralised(location.file)
      out += bold(location.line > 0 ? "\(file):\(location.line):\(location.column): " : "\(file): ")
    }
    out +=
      paint(color, severity + ":") + " "
      + bold(
        TerminalText.neutralised(
          TerminalText.shortened(message, limit: DiagnosticRenderer.messageLimit), keepingLineBreaks: true)) + "\n"
    if let location, location.line > 0, let scalars = lines.scalars(ofLine: location.line, in: location.file) {
      let excerpt = TerminalText.excerpt(
        ofScalars: scalars, aroundColumn: location.column, width: DiagnosticRenderer.excerptWidth)
      out += "    " + excerpt.text + "\n"
      // Keep tabs in the padding so the caret lines up under a tab-indented line too.
      let padding = excerpt.text.unicodeScalars.prefix(max(0, excerpt.caretColumn - 1)).map {
        $0 == "\t" ? "\t" : " "
      }
      out += "    " + padding.joined() + paint("32", "^") + "\n"
    }
    return out
  }

  private func paint(_ code: String, _ text: String) -> String {
    useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  private func bold(_ text: String) -> String {
    useColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text
  }
}

/// Lines of source files, read once per file and only when a diagnostic needs them, split the
/// way `LineMap` defines lines, so the excerpt is the line the location names.
struct SourceLines {
  private var cache: [String: (bytes: [UInt8], map: LineMap)?] = [:]
  /// The line decoded last: diagnostics come sorted by place, so several in a row often point
  /// into the same (possibly huge) line, which is then decoded once.
  private var lastLine: (file: String, number: Int, scalars: [Unicode.Scalar])?

  mutating func scalars(ofLine number: Int, in file: String) -> [Unicode.Scalar]? {
    if let lastLine, lastLine.file == file, lastLine.number == number { return lastLine.scalars }
    if cache[file] == nil {
      guard let data = FileManager.default.contents(atPath: file) else {
        cache[file] = .some(nil)
        return nil
      }
      var bytes = [UInt8](data)
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
      cache[file] = (bytes, LineMap(bytes: bytes))
    }
    guard let entry = cache[file], let entry,
      let text = entry.bytes.withUnsafeBufferPointer({ entry.map.text(ofLine: number, in: $0) })
    else { return nil }
    let scalars = Array(text.unicodeScalars)
    lastLine = (file, number, scalars)
    return scalars
  }
}
