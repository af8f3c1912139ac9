import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// JSON written piece by piece, laid out exactly as `JSONEncoder` with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` lays it out (two-space indent, `"key" : value`,
/// an empty list as `[`, a blank line, `]`), so the streamed reports keep their bytes. The
/// caller gives keys in sorted order.
struct PrettyJSONWriter<Output: TextOutputStream> {
  var output: Output
  /// One entry per open list or object: whether anything has been written into it yet.
  private var hasContent: [Bool] = []
  /// True after `key(_:)`: the next value follows on the same line.
  private var afterKey = false

  init(output: Output) {
    self.output = output
  }

  /// A writer that continues inside containers another writer has open (`hasContent` as that
  /// one has it): what it writes is what the other would have written there.
  private init(output: Output, continuing hasContent: [Bool]) {
    self.output = output
    self.hasContent = hasContent
  }

  /// Values of the open list, one per item, as `body` writes each: rendered on every core a
  /// slice at a time, written in order, so the bytes are those of writing them one by one
  /// here. A wave of slices is held at once (a few megabytes), never the whole list.
  mutating func values<Items: RandomAccessCollection & Sendable>(
    of items: Items, body: @escaping @Sendable (Items.Element, inout PrettyJSONWriter<ReportBytes>) -> Void
  ) where Items.Index == Int {
    guard !items.isEmpty, !hasContent.isEmpty else {
      for item in items {
        var text = PrettyJSONWriter<ReportBytes>(output: ReportBytes(), continuing: hasContent)
        body(item, &text)
        hasContent = text.hasContent
        text.output.write(to: &output)
      }
      return
    }
    let opened = hasContent
    let start = items.startIndex
    OrderedSlices.write(count: items.count, to: &output) { range, text in
      var state = opened
      // Every item but the very first follows a comma.
      state[state.count - 1] = opened[opened.count - 1] || range.lowerBound > 0
      var writer = PrettyJSONWriter<ReportBytes>(output: text, continuing: state)
      text = ReportBytes()
      for i in range { body(items[start + i], &writer) }
      text = writer.output
    }
    hasContent[hasContent.count - 1] = true
  }

  /// Indentation by depth, made once: every value starts with one.
  private static var indents: [String] { (0..<16).map { String(repeating: "  ", count: $0) } }
  private let indents = PrettyJSONWriter.indents

  private var indent: String {
    hasContent.count < indents.count ? indents[hasContent.count] : String(repeating: "  ", count: hasContent.count)
  }

  /// Starts a value: the comma after the previous one and the new line, unless a key precedes.
  private mutating func startValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard let last = hasContent.last else { return }
    output.write(last ? ",\n" : "\n")
    hasContent[hasContent.count - 1] = true
    output.write(indent)
  }

  mutating func key(_ name: String) {
    startValue()
    writeString(name)
    output.write(" : ")
    afterKey = true
  }

  mutating func beginObject() {
    startValue()
    output.write("{")
    hasContent.append(false)
  }

  mutating func endObject() { close("}") }

  mutating func beginArray() {
    startValue()
    output.write("[")
    hasContent.append(false)
  }

  mutating func endArray() { close("]") }

  private mutating func close(_ bracket: String) {
    let had = hasContent.removeLast()
    output.write(had ? "\n" : "\n\n")
    output.write(indent)
    output.write(bracket)
  }

  mutating func string(_ value: String) {
    startValue()
    writeString(value)
  }

  mutating func int(_ value: Int) {
    startValue()
    output.write(String(value))
  }

  mutating func bool(_ value: Bool) {
    startValue()
    output.write(value ? "true" : "false")
  }

  /// `"key" : "value"`, or nothing when the value is nil (as `encodeIfPresent`).
  mutating func field(_ name: String, _ value: String?) {
    guard let value else { return }
    key(name)
    string(value)
  }

  mutating func field(_ name: String, _ value: Int) {
    key(name)
    int(value)
  }

  mutating func field(_ name: String, _ value: Bool) {
    key(name)
    bool(value)
  }

  /// A list of strings under a key.
  mutating func field(_ name: String, _ values: [String]) {
    key(name)
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  /// Quoted as `JSONEncoder` quotes: `"` and `\` escaped, the usual short escapes, other
  /// control characters as `\u00xx`; `/`, DEL and everything else as it is.
  private mutating func writeString(_ value: String) {
    output.write("\"")
    var value = value
    let plain = value.withUTF8 { bytes in !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } }
    if plain {
      output.write(value)
    } else {
      var escaped = ""
      escaped.reserveCapacity(value.utf8.count + 8)
      for scalar in value.unicodeScalars {
        switch scalar {
        case "\"": escaped += "\\\""
        case "\\": escaped += "\\\\"
        case "\n": escaped += "\\n"
        case "\r": escaped += "\\r"
        case "\t": escaped += "\\t"
        case "\u{08}": escaped += "\\b"
        case "\u{0C}": escaped += "\\f"
        default:
          if scalar.value < 0x20 {
            let hex = String(scalar.value, radix: 16)
            escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
          } else {
            escaped.unicodeScalars.append(scalar)
          }
        }
      }
      output.write(escaped)
    }
    output.write("\"")
  }
}
