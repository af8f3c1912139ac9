/// A place in a source file, as people count: line and column are 1-based, and columns count
/// Unicode scalars (not bytes, not grapheme clusters), which is what libyaml counts and what
/// editors that speak LSP-style "character" offsets show for text without surrogate pairs.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The path as the user gave it (relative paths stay relative), so messages match their shell.
  public var file: String
  /// 1-based line number.
  public var line: Int
  /// 1-based column, in Unicode scalars.
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}

/// A position inside one file, without the file: nodes carry marks and their document carries
/// the file name, which keeps nodes small. Both numbers are 1-based; the column counts Unicode
/// scalars.
public struct Mark: Sendable, Hashable, Comparable {
  public var line: Int32
  public var column: Int32

  public init(line: Int, column: Int) {
    self.line = Int32(clamping: line)
    self.column = Int32(clamping: column)
  }

  public func location(in file: String) -> SourceLocation {
    SourceLocation(file: file, line: Int(line), column: Int(column))
  }

  public static func < (lhs: Mark, rhs: Mark) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
