import CLibYAML
import Foundation

/// What reading one file gives: the documents that could be composed and every problem found.
public struct YAMLReadResult: Sendable {
  public var documents: [YAMLDocument]
  public var errors: [YAMLError]
}

/// Reads YAML text with libyaml's event API and composes our own located node tree.
///
/// Owning the composer (rather than using a full loader) is what gives YAML 1.2 core-schema
/// scalars, duplicate-key errors with both places, and hard limits enforced while composing:
/// an alias bomb is refused by counting, never by expanding.
public struct YAMLReader: Sendable {
  public var limits: YAMLLimits

  public init(limits: YAMLLimits = .default) {
    self.limits = limits
  }

  /// Reads a file from disk; `displayPath` is how the file is named in messages.
  public func read(path: String, displayPath: String) -> YAMLReadResult {
    switch FileBytes.readRegularFile(path: path, limit: limits.maxFileBytes) {
    case .success(let bytes):
      return read(bytes: bytes, file: displayPath)
    case .failure(.tooLarge(let size)):
      return YAMLReadResult(
        documents: [], errors: [.fileTooLarge(file: displayPath, bytes: size, limit: limits.maxFileBytes)])
    case .failure(.notARegularFile(let kind)):
      let reason = Texts.yamlFileNotRegular(kind: kind.name)
      return YAMLReadResult(documents: [], errors: [.unreadableFile(file: displayPath, reason: reason)])
    case .failure(.system(let code)):
      return YAMLReadResult(documents: [], errors: [.unreadableFile(file: displayPath, reason: code.description)])
    }
  }

  /// Reads YAML text held in memory.
  public func read(_ text: String, file: String) -> YAMLReadResult {
    read(Data(text.utf8), file: file)
  }

  public func read(_ data: Data, file: String) -> YAMLReadResult {
    read(bytes: [UInt8](data), file: file)
  }

  public func read(bytes input: [UInt8], file: String) -> YAMLReadResult {
    read(bytes: input, file: file, reusing: YAMLComposeBuffers())
  }

  /// Reads YAML bytes, building the trees in `buffers`, which a caller reading many files in
  /// a row keeps from one file to the next.
  package func read(bytes input: [UInt8], file: String, reusing buffers: YAMLComposeBuffers) -> YAMLReadResult {
    if input.count > limits.maxFileBytes {
      return YAMLReadResult(
        documents: [], errors: [.fileTooLarge(file: file, bytes: input.count, limit: limits.maxFileBytes)])
    }
    if let encoding = Self.wideEncoding(of: input) {
      return YAMLReadResult(documents: [], errors: [.unsupportedEncoding(file: file, encoding: encoding)])
    }
    return input.withUnsafeBufferPointer { whole in
      var bytes = whole
      // A UTF-8 byte-order mark is not content (editors on Windows write one); dropping it here
      // keeps it out of the first key and out of column counts.
      if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
        bytes = UnsafeBufferPointer(rebasing: bytes[3...])
      }
      var composer = Composer(file: file, limits: limits, input: bytes, buffers: buffers)
      composer.run()
      composer.returnBuffers(to: buffers)
      return YAMLReadResult(documents: composer.documents, errors: composer.errors)
    }
  }
}

extension YAMLReader {
  /// "UTF-16" or "UTF-32" when the bytes are evidently one of those (a byte-order mark, or the
  /// zero bytes that ASCII text has in them), so the user hears "save as UTF-8", not a complaint
  /// about a NUL or about Latin-1. Nil for anything else.
  static func wideEncoding(of bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
      return "UTF-32"
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
    guard bytes.count >= 4 else { return nil }
    // Without a mark: YAML starts with ASCII, which UTF-32 pads with three zero bytes and UTF-16
    // with one.
    if (bytes[0] != 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0)
      || (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] != 0)
    {
      return "UTF-32"
    }
    if (bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0)
      || (bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0)
    {
      return "UTF-16"
    }
    return nil
  }
}

/// The event loop and the stack of open collections. Not reentrant; one per file.
private struct Composer {
  struct Frame {
    var isMapping: Bool
    var start: Mark
    var anchor: String?
    /// Where this frame's children start in `scratch`.
    var firstChild: Int
    /// A mapping waiting for the value of this key (a node index), or -1.
    var pendingKey: Int32 = -1
    /// The key being skipped because it repeats an earlier one.
    var skippingDuplicate = false
    /// Nodes in this subtree once aliases are expanded, the frame itself included.
    var expandedSize = 1
    var keyIndex: [String: Mark]?
  }

  struct Anchored {
    var index: Int32
    var expandedSize: Int
  }

  let file: String
  let limits: YAMLLimits
  let input: UnsafeBufferPointer<UInt8>
  var documents: [YAMLDocument] = []
  var errors: [YAMLError] = []

  private var stack: [Frame] = []
  /// Children of all open collections, innermost last; a collection moves its own into
  /// `children` when it ends, so every collection's children are contiguous.
  private var scratch: [Int32] = []
  private var records: [YAMLTree.Record] = []
  private var children: [Int32] = []
  private var text: [UInt8] = []
  private var anchors: [String: Anchored] = [:]
  /// Keys already written to this document's `text`, as offset << 32 | length, in slots chosen
  /// by length and end bytes (-1: empty). See `textOffset(for:)`.
  private var keyCache = [Int64](repeating: -1, count: 256)
  private var root: Int32 = -1
  /// The root is the empty scalar of a document with no content, which is not kept.
  private var rootIsEmpty = false
  private var aliasCount = 0
  private var expandedNodes = 0
  private var documentIndex = 0

  /// Set only for a file where libyaml counts lines differently from `LineMap`; otherwise
  /// libyaml's marks are already ours.
  private let translator: LibYAMLMarkTranslator?

  init(file: String, limits: YAMLLimits, input: UnsafeBufferPointer<UInt8>, buffers: YAMLComposeBuffers) {
    self.file = file
    self.limits = limits
    self.input = input
    translator = LineMap.libYAMLCountsDifferently(input) ? LibYAMLMarkTranslator(input: input) : nil
    // Taken, not copied: the buffers' arrays are left empty until `returnBuffers(to:)`, so each
    // array has one owner and grows in place.
    swap(&scratch, &buffers.scratch)
    swap(&records, &buffers.records)
    swap(&children, &buffers.children)
    swap(&text, &buffers.text)
  }

  /// Gives the arrays back, emptied but with their capacity, for the next file.
  mutating func returnBuffers(to buffers: YAMLComposeBuffers) {
    scratch.removeAll(keepingCapacity: true)
    records.removeAll(keepingCapacity: true)
    children.removeAll(keepingCapacity: true)
    text.removeAll(keepingCapacity: true)
    swap(&scratch, &buffers.scratch)
    swap(&records, &buffers.records)
    swap(&children, &buffers.children)
    swap(&text, &buffers.text)
  }

  mutating func run() {
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) == 1 else {
      errors.append(
        .unreadableFile(file: file, reason: Texts.yamlLibyamlCouldNotStart))
      return
    }
    defer { yaml_parser_delete(parser) }
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(parser, input.baseAddress, input.count)

    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(parser, &event) == 1 else {
        errors.append(syntaxError(parser.pointee))
        return
      }
      let keepGoing = handle(&event)
      let done = event.type == YAML_STREAM_END_EVENT
      yaml_event_delete(&event)
      if !keepGoing || done { return }
    }
  }

  /// Handles one event; false stops reading the file (a limit was hit).
  private mutating func handle(_ event: inout yaml_event_t) -> Bool {
    let start = mark(event.start_mark)
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      stack.removeAll(keepingCapacity: true)
      scratch.removeAll(keepingCapacity: true)
      // The buffers keep their capacity from document to document and file to file; each
      // finished tree gets exact-size copies.
      records.removeAll(keepingCapacity: true)
      children.removeAll(keepingCapacity: true)
      text.removeAll(keepingCapacity: true)
      anchors.removeAll(keepingCapacity: true)
      for slot in keyCache.indices { keyCache[slot] = -1 }
      root = -1
      rootIsEmpty = false
      aliasCount = 0
      expandedNodes = 0
    case YAML_DOCUMENT_END_EVENT:
      if root >= 0 {
        if !rootIsEmpty {
          let tree = YAMLTree(
            file: file, records: exactCopy(records), children: exactCopy(children), text: exactCopy(text))
          documents.append(YAMLDocument(index: documentIndex, root: YAMLNode(tree: tree, index: root)))
        }
      }
      documentIndex += 1
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      let length = Int(scalar.length)
      let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.value == nil ? 0 : length)
      let style: YAMLScalar.Style
      switch scalar.style {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
      case YAML_LITERAL_SCALAR_STYLE: style = .literal
      case YAML_FOLDED_SCALAR_STYLE: style = .folded
      default: style = .plain
      }
      var value: YAMLScalar.Value = style == .plain ? YAMLScalar.coreSchemaValue(of: bytes) : .string
      if let tag = scalar.tag.map({ String(cString: $0) }) {
        switch tag {
        case "!", "tag:yaml.org,2002:str": value = .string
        case "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
          "tag:yaml.org,2002:null":
          // The tag says what the value is, whatever its quoting; a value that cannot be that is
          // an error, not silently a string.
          if let tagged = Self.value(YAMLScalar.coreSchemaValue(of: bytes), taggedAs: tag) {
            value = tagged
          } else {
            errors.append(
              .tagMismatch(
                tag: displayTag(tag), value: String(decoding: bytes, as: UTF8.self), start.location(in: file)))
          }
        default:
          errors.append(.unsupportedTag(tag: displayTag(tag), start.location(in: file)))
        }
      }
      let kind: YAMLScalar.ValueKind
      switch value {
      case .null: kind = .null
      case .bool: kind = .bool
      case .int: kind = .int
      case .float: kind = .float
      case .string: kind = .string
      }
      let offset = textOffset(for: bytes)
      let index = Int32(records.count)
      records.append(
        YAMLTree.Record(start: start, first: offset, count: Int32(length), kind: .scalar, value: kind, style: style))
      let keepGoing = add(index, anchor: optionalString(scalar.anchor), expandedSize: 1, at: start)
      if stack.isEmpty, root == index {
        // A document with nothing in it reads as an empty null scalar at one place.
        rootIsEmpty = kind == .null && start == mark(event.end_mark)
      }
      return keepGoing
    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
      let isMapping = event.type == YAML_MAPPING_START_EVENT
      let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
      let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
      if let tag = tag.map({ String(cString: $0) }),
        tag != "tag:yaml.org,2002:map" && tag != "tag:yaml.org,2002:seq" && tag != "!"
      {
        errors.append(.unsupportedTag(tag: displayTag(tag), start.location(in: file)))
      }
      if stack.count >= limits.maxDepth {
        errors.append(.tooDeep(start.location(in: file), limit: limits.maxDepth))
        return false
      }
      if let top = stack.last, top.isMapping, top.pendingKey < 0, !top.skippingDuplicate {
        errors.append(.complexKey(start.location(in: file)))
        return false
      }
      if !countNodes(1, at: start) { return false }
      stack.append(
        Frame(isMapping: isMapping, start: start, anchor: optionalString(anchor), firstChild: scratch.count))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let frame = stack.popLast() else { return true }
      let first = Int32(children.count)
      children.append(contentsOf: scratch[frame.firstChild...])
      let count = Int32(scratch.count - frame.firstChild)
      scratch.removeSubrange(frame.firstChild...)
      let index = Int32(records.count)
      records.append(
        YAMLTree.Record(
          start: frame.start, first: first, count: count, kind: frame.isMapping ? .mapping : .sequence, value: .null,
          style: .plain))
      return add(index, anchor: frame.anchor, expandedSize: frame.expandedSize, at: frame.start, counted: true)
    case YAML_ALIAS_EVENT:
      let name = optionalString(event.data.alias.anchor) ?? ""
      guard let anchored = anchors[name] else {
        errors.append(.undefinedAlias(name: name, start.location(in: file)))
        return true
      }
      aliasCount += 1
      if aliasCount > limits.maxAliases {
        errors.append(.tooManyAliases(start.location(in: file), limit: limits.maxAliases))
        return false
      }
      if !countNodes(anchored.expandedSize, at: start) { return false }
      return add(anchored.index, anchor: nil, expandedSize: anchored.expandedSize, at: start, counted: true)
    default:
      break
    }
    return true
  }

  /// The value a core-schema tag makes of a scalar's resolved value, or nil when it cannot hold
  /// it: `!!float 1` is 1.0, `!!int a` is nothing.
  private static func value(_ resolved: YAMLScalar.Value, taggedAs tag: String) -> YAMLScalar.Value? {
    switch (tag, resolved) {
    case ("tag:yaml.org,2002:int", .int): return resolved
    case ("tag:yaml.org,2002:float", .int(let i)): return .float(Double(i))
    case ("tag:yaml.org,2002:float", .float): return resolved
    case ("tag:yaml.org,2002:bool", .bool): return resolved
    case ("tag:yaml.org,2002:null", .null): return resolved
    default: return nil
    }
  }

  private mutating func countNodes(_ count: Int, at start: Mark) -> Bool {
    expandedNodes += count
    if expandedNodes > limits.maxExpandedNodes {
      errors.append(.aliasExpansionTooLarge(start.location(in: file), limit: limits.maxExpandedNodes))
      return false
    }
    return true
  }

  /// Places a finished node into its parent (or makes it the document's root). `place` is where
  /// it appears in the text: for an alias, the alias, not the anchored node.
  private mutating func add(
    _ index: Int32, anchor: String?, expandedSize: Int, at place: Mark, counted: Bool = false
  ) -> Bool {
    if !counted, !countNodes(expandedSize, at: place) { return false }
    if let anchor { anchors[anchor] = Anchored(index: index, expandedSize: expandedSize) }
    guard !stack.isEmpty else {
      root = index
      return true
    }
    let top = stack.count - 1
    stack[top].expandedSize += expandedSize
    if !stack[top].isMapping {
      scratch.append(index)
      return true
    }
    if stack[top].skippingDuplicate {
      // The value of a repeated key: composed (so errors inside it are reported) but dropped;
      // the duplicate-key error already stops the run.
      stack[top].skippingDuplicate = false
      return true
    }
    guard stack[top].pendingKey >= 0 else {
      let key = records[Int(index)]
      guard key.kind == .scalar else {
        errors.append(.complexKey(place.location(in: file)))
        return false
      }
      if key.count == 2, key.style == .plain, keyBytes(key).elementsEqual("<<".utf8) {
        errors.append(.mergeKey(place.location(in: file)))
      }
      if let first = firstMark(of: key, at: place, in: top) {
        let keyText = String(decoding: keyBytes(key), as: UTF8.self)
        errors.append(.duplicateKey(key: keyText, first: first.location(in: file), second: place.location(in: file)))
        stack[top].skippingDuplicate = true
      } else {
        stack[top].pendingKey = index
      }
      return true
    }
    scratch.append(stack[top].pendingKey)
    scratch.append(index)
    stack[top].pendingKey = -1
    return true
  }

  /// A copy in new storage of exactly the needed size, so the reusable buffer stays ours.
  private func exactCopy<T>(_ array: [T]) -> [T] {
    [T](unsafeUninitializedCapacity: array.count) { buffer, count in
      array.withUnsafeBufferPointer { source in
        if let base = source.baseAddress { buffer.baseAddress!.initialize(from: base, count: source.count) }
      }
      count = array.count
    }
  }

  private func keyBytes(_ key: YAMLTree.Record) -> ArraySlice<UInt8> {
    text[Int(key.first)..<Int(key.first + key.count)]
  }

  /// Where a scalar's text is in `text`, appending it unless it is a mapping key whose bytes
  /// are already there. Every item of a list repeats the same keys (`id`, `name`, `users`),
  /// so sharing one copy per document saves about a fifth of the text, for one table probe.
  /// A value is always appended: values rarely repeat, and the probe would cost more.
  private mutating func textOffset(for bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let offset = Int32(text.count)
    guard let top = stack.last, top.isMapping, top.pendingKey < 0, !top.skippingDuplicate,
      let first = bytes.first, let last = bytes.last
    else {
      text.append(contentsOf: bytes)
      return offset
    }
    let slot = (bytes.count &* 31 &+ Int(first) &* 7 &+ Int(last)) & (keyCache.count - 1)
    let cached = keyCache[slot]
    if cached >= 0, Int(cached & 0xFFFF_FFFF) == bytes.count {
      let start = Int(cached >> 32)
      let same = text.withUnsafeBufferPointer { all in
        memcmp(all.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
      }
      if same { return Int32(start) }
    }
    text.append(contentsOf: bytes)
    keyCache[slot] = Int64(offset) << 32 | Int64(bytes.count)
    return offset
  }

  /// Whether two scalars' texts (already known to be of equal length) are the same bytes.
  private func sameText(_ a: YAMLTree.Record, _ b: YAMLTree.Record) -> Bool {
    text.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress else { return true }
      return memcmp(base + Int(a.first), base + Int(b.first), Int(a.count)) == 0
    }
  }

  /// Where a key was first written in the mapping being built, if it was. Small mappings are
  /// scanned; large ones get an index, so a huge mapping costs linear time, not quadratic.
  private mutating func firstMark(of key: YAMLTree.Record, at place: Mark, in top: Int) -> Mark? {
    let wanted = keyBytes(key)
    let firstChild = stack[top].firstChild
    let pairCount = (scratch.count - firstChild) / 2
    if stack[top].keyIndex == nil && pairCount < 16 {
      var i = firstChild
      while i < scratch.count {
        let existing = records[Int(scratch[i])]
        if existing.count == key.count && sameText(existing, key) { return existing.start }
        i += 2
      }
      return nil
    }
    let keyText = String(decoding: wanted, as: UTF8.self)
    if stack[top].keyIndex == nil {
      var index: [String: Mark] = [:]
      var i = firstChild
      while i < scratch.count {
        let existing = records[Int(scratch[i])]
        let existingText = String(decoding: keyBytes(existing), as: UTF8.self)
        if index[existingText] == nil { index[existingText] = existing.start }
        i += 2
      }
      stack[top].keyIndex = index
    }
    if let found = stack[top].keyIndex?[keyText] { return found }
    stack[top].keyIndex?[keyText] = place
    return nil
  }

  /// Our mark for libyaml's (0-based, counting lines its own way; see `LineMap`).
  private func mark(_ m: yaml_mark_t) -> Mark {
    guard let translator else { return Mark(line: Int(m.line) + 1, column: Int(m.column) + 1) }
    return translator.mark(line: Int(m.line), column: Int(m.column))
  }

  private func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }

  private func displayTag(_ tag: String) -> String {
    tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
  }

  private func syntaxError(_ parser: yaml_parser_t) -> YAMLError {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
    let context = parser.context.map { String(cString: $0) } ?? ""
    if parser.error == YAML_READER_ERROR {
      if problem.contains("UTF-8") || problem.contains("Unicode") {
        // libyaml's offset can point past the bad byte; find the byte itself.
        return .invalidUTF8(locationOfByte(firstInvalidUTF8Offset() ?? parser.problem_offset))
      }
      let location = locationOfByte(parser.problem_offset)
      if problem.contains("control characters") {
        return .controlCharacter(codePoint: UInt32(truncatingIfNeeded: parser.problem_value), location)
      }
      return .syntax(location, problem: .invalidCharacter, raw: problem, context: nil)
    }
    let location = mark(parser.problem_mark).location(in: file)
    if character(at: location) == "\t" {
      return .syntax(location, problem: .tab, raw: context.isEmpty ? problem : "\(context): \(problem)", context: nil)
    }
    let contextLocation = parser.context == nil ? nil : mark(parser.context_mark).location(in: file)
    let raw = context.isEmpty ? problem : "\(context): \(problem)"
    return .syntax(
      location, problem: YAMLSyntaxProblem.classify(problem: problem, context: context), raw: raw,
      context: contextLocation)
  }

  /// The character at a line and column, to tell what libyaml stumbled on.
  private func character(at location: SourceLocation) -> Unicode.Scalar? {
    guard let text = LineMap(bytes: input).text(ofLine: location.line, in: input) else { return nil }
    let scalars = Array(text.unicodeScalars)
    return location.column >= 1 && location.column <= scalars.count ? scalars[location.column - 1] : nil
  }

  /// Where the first byte that is not valid UTF-8 is.
  private func firstInvalidUTF8Offset() -> Int? {
    var i = 0
    while i < input.count {
      let lead = input[i]
      let length: Int
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return i
      }
      guard i + length <= input.count else { return i }
      for k in 1..<length where input[i + k] & 0xC0 != 0x80 { return i }
      // Overlong forms, UTF-16 surrogates and values past U+10FFFF are invalid too (Unicode
      // table 3-7); libyaml refuses them, so they must be found here as well.
      if length > 1 {
        let second = input[i + 1]
        switch lead {
        case 0xE0 where second < 0xA0, 0xED where second > 0x9F, 0xF0 where second < 0x90,
          0xF4 where second > 0x8F:
          return i
        default: break
        }
      }
      i += length
    }
    return nil
  }

  /// Line and column of a byte offset, for reader errors where libyaml gives only the offset.
  private func locationOfByte(_ offset: Int) -> SourceLocation {
    let position = LineMap(bytes: input).position(ofByte: offset, in: input)
    return SourceLocation(file: file, line: position.line, column: position.column)
  }
}
