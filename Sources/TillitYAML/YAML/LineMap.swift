/// The one definition of "line" and "column" in tillit, the one editors use, shared by every
/// place that turns a position into a `SourceLocation` or prints a source line.
///
/// LF, CRLF and a lone CR each end a line; NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH
/// SEPARATOR (U+2029) do not (editors show them inside a line, so counting them would point
/// below the real place). Lines and columns are 1-based; columns count Unicode scalars. libyaml
/// counts differently (it breaks lines at NEL, U+2028 and U+2029 too), so its marks are
/// translated through `libYAMLLineStarts` when a file holds any of those.
public struct LineMap: Sendable {
  /// Byte offset where each line's content starts; line n (1-based) starts at `starts[n - 1]`.
  public let starts: [Int]
  /// Byte offset where each line's content ends, before its line break.
  public let ends: [Int]

  /// Splits UTF-8 bytes (any byte-order mark already removed) into lines.
  public init(bytes: some Collection<UInt8>) {
    var starts = [0]
    var ends: [Int] = []
    var offset = 0
    var previousWasCR = false
    for byte in bytes {
      if byte == UInt8(ascii: "\n") {
        if previousWasCR {
          // The LF of a CRLF: the CR already ended the line, so only move its start.
          starts[starts.count - 1] = offset + 1
        } else {
          ends.append(offset)
          starts.append(offset + 1)
        }
      } else if byte == UInt8(ascii: "\r") {
        ends.append(offset)
        starts.append(offset + 1)
      }
      previousWasCR = byte == UInt8(ascii: "\r")
      offset += 1
    }
    ends.append(offset)
    self.starts = starts
    self.ends = ends
  }

  public var lineCount: Int { starts.count }

  /// The byte range of a line's content (without its line break), or nil past the end.
  public func byteRange(ofLine line: Int) -> Range<Int>? {
    guard line >= 1, line <= starts.count else { return nil }
    return starts[line - 1]..<ends[line - 1]
  }

  /// The 1-based line and column of a byte offset; an offset inside a multi-byte scalar counts
  /// as that scalar, and an offset inside a CRLF as the end of its line.
  public func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
    let offset = min(max(0, offset), bytes.count)
    // The last line whose start is at or before the offset.
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    var column = 1
    var i = starts[low]
    let end = min(offset, ends[low])
    while i < end {
      i += 1
      // Count scalars by their lead bytes; continuation bytes (10xxxxxx) do not start one.
      while i < end, bytes[i] & 0xC0 == 0x80 { i += 1 }
      column += 1
    }
    return (low + 1, column)
  }

  /// The text of a line, without its line break; nil past the end. Invalid UTF-8 becomes U+FFFD.
  public func text(ofLine line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard let range = byteRange(ofLine: line) else { return nil }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// The lines of a text as editors show them, each without its line break. A leading
  /// byte-order mark is left out, as the YAML reader leaves it out of line 1's columns.
  public static func lines(of text: String) -> [Substring] {
    let text = text.unicodeScalars.first == "\u{FEFF}" ? text.dropFirst() : text[...]
    let utf8 = text.utf8
    let map = LineMap(bytes: utf8)
    return (0..<map.lineCount).map { index in
      let start = utf8.index(utf8.startIndex, offsetBy: map.starts[index])
      let end = utf8.index(utf8.startIndex, offsetBy: map.ends[index])
      return text[start..<end]
    }
  }

  /// Whether libyaml would count lines in these bytes differently from us: true when they hold
  /// NEL, U+2028 or U+2029, which libyaml takes for line breaks.
  static func libYAMLCountsDifferently(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let n = bytes.count
    // Every file is asked this; memchr jumps from lead byte to lead byte (0xC2 for NEL, 0xE2
    // for U+2028 and U+2029) instead of looking at each byte in turn.
    func hasSequence(lead: UInt8, _ matches: (Int) -> Bool) -> Bool {
      var i = 0
      while i < n, let found = memchr(base + i, Int32(lead), n - i) {
        let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if matches(at) { return true }
        i = at + 1
      }
      return false
    }
    return hasSequence(lead: 0xC2) { at in at + 1 < n && bytes[at + 1] == 0x85 }
      || hasSequence(lead: 0xE2) { at in
        at + 2 < n && bytes[at + 1] == 0x80 && (bytes[at + 2] == 0xA8 || bytes[at + 2] == 0xA9)
      }
  }

  /// Where each line starts by libyaml's count (LF, CRLF, CR, NEL, U+2028, U+2029), so that a
  /// libyaml mark can be turned back into a byte offset.
  static func libYAMLLineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    var starts = [0]
    var i = 0
    let n = bytes.count
    while i < n {
      let byte = bytes[i]
      var width = 0
      if byte == UInt8(ascii: "\r") {
        width = i + 1 < n && bytes[i + 1] == UInt8(ascii: "\n") ? 2 : 1
      } else if byte == UInt8(ascii: "\n") {
        width = 1
      } else if byte == 0xC2, i + 1 < n, bytes[i + 1] == 0x85 {
        width = 2
      } else if byte == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
        width = 3
      }
      if width > 0 {
        i += width
        starts.append(i)
      } else {
        i += 1
      }
    }
    return starts
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
