import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// Maps a position inside an expression written as a YAML scalar back to the file, so that an
/// error in a rule's `when:` points at the right line and column of the pack.
///
/// It retraces how YAML turned the source into the scalar's value: the opening quote, escape
/// sequences (`\"`, `\u00e5`), doubled single quotes, folded line breaks, and the indentation
/// of literal (`|`) and folded (`>`) block scalars.
public enum ExpressionLocator {
  /// `offset` counts Unicode scalars from the start of the expression (as `ExpressionError`
  /// ranges do); `fileText` is the whole file the node was read from.
  public static func location(ofOffset offset: Int, in node: YAMLNode, fileText: String) -> SourceLocation {
    location(ofOffset: offset, in: node, lines: lines(of: fileText))
  }

  /// The file's lines as the locator reads them: as the YAML layer counts them (a lone CR ends
  /// a line too; U+2028 does not). Split once and pass to `location(ofOffset:in:lines:)` to
  /// locate many expressions of one file: splitting the whole file for each would make a pack
  /// with thousands of errors take quadratic time.
  public static func lines(of fileText: String) -> [[Unicode.Scalar]] {
    LineMap.lines(of: fileText).map { Array($0.unicodeScalars) }
  }

  /// `lines` are the file's, from `lines(of:)`.
  public static func location(ofOffset offset: Int, in node: YAMLNode, lines: [[Unicode.Scalar]]) -> SourceLocation {
    let file = node.tree.file
    let value = Array((node.text ?? "").unicodeScalars)
    let target = min(max(0, offset), value.count)
    var line = Int(node.start.line) - 1
    var column = Int(node.start.column) - 1
    func at(_ l: Int, _ c: Int) -> Unicode.Scalar? {
      l < lines.count && c < lines[l].count ? lines[l][c] : nil
    }
    func done() -> SourceLocation { SourceLocation(file: file, line: line + 1, column: column + 1) }

    switch node.style ?? .plain {
    case .literal, .folded:
      // Content starts on the line after the indicator, indented by its first non-empty line.
      line += 1
      while line < lines.count, lines[line].allSatisfy({ $0 == " " }) { line += 1 }
      let indent = line < lines.count ? lines[line].prefix { $0 == " " }.count : 0
      column = indent
      var v = 0
      while v < target {
        if value[v] == "\n" || column >= (line < lines.count ? lines[line].count : 0) {
          // End of a source line: in a literal the value has a newline here; in a folded
          // scalar a newline or a space.
          line += 1
          column = indent
          v += 1
          continue
        }
        column += 1
        v += 1
      }
      return done()

    case .plain, .singleQuoted, .doubleQuoted:
      let style = node.style ?? .plain
      if style != .plain { column += 1 }
      var v = 0
      while v < target {
        // A line break inside a flow scalar: trailing spaces, the break(s) and the next line's
        // indentation fold into one space, or into n − 1 newlines for n breaks.
        if at(line, column) == nil || (at(line, column) == " " && lines[line][column...].allSatisfy { $0 == " " }) {
          var breaks = 0
          while line < lines.count,
            at(line, column) == nil || lines[line][column...].allSatisfy({ $0 == " " || $0 == "\t" })
          {
            line += 1
            column = 0
            breaks += 1
            if line >= lines.count { return done() }
            while let c = at(line, column), c == " " || c == "\t" { column += 1 }
            if at(line, column) != nil { break }
          }
          v += max(1, breaks - 1)
          continue
        }
        let c = at(line, column)!
        if style == .doubleQuoted && c == "\\" {
          switch at(line, column + 1) {
          case "x": column += 4
          case "u": column += 6
          case "U": column += 10
          default: column += 2
          }
        } else if style == .singleQuoted && c == "'" && at(line, column + 1) == "'" {
          column += 2
        } else {
          column += 1
        }
        v += 1
      }
      return done()
    }
  }
}
