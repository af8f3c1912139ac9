import Foundation

/// Prints diagnostics the way compilers do, so editors and people read them alike:
///
///     examples/x.yaml:12:5: error: message
///         frequency: montly
///                    ^
///     examples/x.yaml:3:1: note: first defined here
///
/// The source line is shown with a caret under the column (columns count Unicode scalars).
public struct DiagnosticRenderer {
  public var language: Language
  public var useColor: Bool
  private var lines = SourceLines()

  public init(language: Language, useColor: Bool) {
    self.language = language
    self.useColor = useColor
  }

  public mutating func render(_ diagnostics: [Diagnostic]) -> String {
    var out = ""
    for diagnostic in diagnostics {
      out += render(diagnostic)
    }
    return out
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
    switch (severity, language) {
    case (.error, .en): return "error"
    case (.error, .sv): return "fel"
    case (.warning, .en): return "warning"
    case (.warning, .sv): return "varning"
    case (.note, .en): return "note"
    case (.note, .sv): return "anm"
    }
  }

  private mutating func line(location: SourceLocation?, severity: String, color: String, message: String) -> String {
    var out = ""
    if let location {
      out += bold(location.line > 0 ? "\(location): " : "\(location.file): ")
    }
    out += paint(color, severity + ":") + " " + bold(message) + "\n"
    if let location, location.line > 0, let text = lines.line(location.line, of: location.file) {
      out += "    " + text + "\n"
      // Keep tabs in the padding so the caret lines up under a tab-indented line too.
      let padding = text.unicodeScalars.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }
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

/// Lines of source files, read once per file and only when a diagnostic needs them.
struct SourceLines {
  private var cache: [String: [ArraySlice<UInt8>]] = [:]

  mutating func line(_ number: Int, of file: String) -> String? {
    if cache[file] == nil {
      guard let data = FileManager.default.contents(atPath: file) else { return nil }
      var bytes = [UInt8](data)
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
      // Split on bytes, not Characters: in Swift "\r\n" is one Character.
      cache[file] = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    }
    guard let lines = cache[file], number >= 1, number <= lines.count else { return nil }
    var line = lines[number - 1]
    if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
    return String(decoding: line, as: UTF8.self)
  }
}
