/// Turns libyaml's marks into ours in a file where the two count lines differently (it holds
/// NEL, U+2028 or U+2029, which libyaml takes for line breaks and `LineMap` does not).
///
/// libyaml reports marks almost always in file order, so the translator keeps a cursor and
/// walks forward from the last mark: a whole file costs one pass, not one pass per mark (a
/// 2 MB flow list on one line has hundreds of thousands of marks). A mark behind the cursor
/// (an error's context) starts again from the beginning of the file.
final class LibYAMLMarkTranslator {
  private let input: UnsafeBufferPointer<UInt8>
  private let libYAMLLineStarts: [Int]
  /// The last translated place: libyaml's 0-based line and column, the byte offset, and ours.
  private var libLine = 0
  private var libColumn = 0
  private var offset = 0
  private var line = 1
  private var column = 1

  init(input: UnsafeBufferPointer<UInt8>) {
    self.input = input
    self.libYAMLLineStarts = LineMap.libYAMLLineStarts(input)
  }

  func mark(line targetLine: Int, column targetColumn: Int) -> Mark {
    let targetLine = min(max(0, targetLine), libYAMLLineStarts.count - 1)
    if (targetLine, targetColumn) < (libLine, libColumn) {
      (libLine, libColumn, offset, line, column) = (0, 0, 0, 1, 1)
    }
    if targetLine > libLine {
      advance(toByte: libYAMLLineStarts[targetLine])
      (libLine, libColumn) = (targetLine, 0)
    }
    // Within one libyaml line there is no line break of ours either (ours are a subset of
    // libyaml's), so each scalar is one column on both counts.
    while libColumn < targetColumn, offset < input.count {
      offset += 1
      while offset < input.count, input[offset] & 0xC0 == 0x80 { offset += 1 }
      libColumn += 1
      column += 1
    }
    return Mark(line: line, column: column)
  }

  /// Moves the cursor forward to a byte offset, counting lines and columns by `LineMap`'s rule.
  private func advance(toByte target: Int) {
    while offset < target {
      let byte = input[offset]
      if byte == UInt8(ascii: "\n") {
        // The LF of a CRLF was already counted with its CR.
        if offset == 0 || input[offset - 1] != UInt8(ascii: "\r") {
          line += 1
          column = 1
        }
      } else if byte == UInt8(ascii: "\r") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      offset += 1
    }
  }
}
