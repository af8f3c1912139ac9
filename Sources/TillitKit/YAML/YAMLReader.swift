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
  public func read(contentsOf url: URL, displayPath: String) -> YAMLReadResult {
    let data: Data
    do {
      let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
      if let size = attributes[.size] as? Int, size > limits.maxFileBytes {
        return YAMLReadResult(
          documents: [], errors: [.fileTooLarge(file: displayPath, bytes: size, limit: limits.maxFileBytes)])
      }
      data = try Data(contentsOf: url)
    } catch {
      let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
      return YAMLReadResult(documents: [], errors: [.unreadableFile(file: displayPath, reason: reason)])
    }
    return read(data, file: displayPath)
  }

  /// Reads YAML text held in memory.
  public func read(_ text: String, file: String) -> YAMLReadResult {
    read(Data(text.utf8), file: file)
  }

  public func read(_ data: Data, file: String) -> YAMLReadResult {
    if data.count > limits.maxFileBytes {
      return YAMLReadResult(
        documents: [], errors: [.fileTooLarge(file: file, bytes: data.count, limit: limits.maxFileBytes)])
    }
    return data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      var composer = Composer(file: file, limits: limits, input: bytes)
      composer.run()
      return YAMLReadResult(documents: composer.documents, errors: composer.errors)
    }
  }
}

/// The event loop and the stack of open collections. Not reentrant; one per file.
private struct Composer {
  struct Frame {
    var isMapping: Bool
    var start: Mark
    var anchor: String?
    var items: [YAMLNode] = []
    var pairs: [YAMLPair] = []
    var pendingKey: String?
    var pendingKeyMark = Mark(line: 0, column: 0)
    /// Nodes in this subtree once aliases are expanded, the frame itself included.
    var expandedSize = 1
    var keyIndex: [String: Mark]?
  }

  struct Anchored {
    var node: YAMLNode
    var expandedSize: Int
  }

  let file: String
  let limits: YAMLLimits
  let input: UnsafeBufferPointer<UInt8>
  var documents: [YAMLDocument] = []
  var errors: [YAMLError] = []

  private var stack: [Frame] = []
  private var anchors: [String: Anchored] = [:]
  private var root: YAMLNode?
  private var aliasCount = 0
  private var expandedNodes = 0
  private var documentIndex = 0

  init(file: String, limits: YAMLLimits, input: UnsafeBufferPointer<UInt8>) {
    self.file = file
    self.limits = limits
    self.input = input
  }

  mutating func run() {
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) == 1 else {
      errors.append(.unreadableFile(file: file, reason: "libyaml could not start"))
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
      anchors.removeAll(keepingCapacity: true)
      root = nil
      aliasCount = 0
      expandedNodes = 0
    case YAML_DOCUMENT_END_EVENT:
      if let root, !root.isNull || root.start != root.end {
        documents.append(YAMLDocument(file: file, index: documentIndex, root: root))
      }
      documentIndex += 1
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      let text = string(scalar.value, Int(scalar.length))
      let style: YAMLScalar.Style
      switch scalar.style {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
      case YAML_LITERAL_SCALAR_STYLE: style = .literal
      case YAML_FOLDED_SCALAR_STYLE: style = .folded
      default: style = .plain
      }
      var resolved = YAMLScalar.resolve(text: text, style: style)
      if let tag = scalar.tag.map({ String(cString: $0) }) {
        switch tag {
        case "!", "tag:yaml.org,2002:str": resolved.value = .string
        case "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
          "tag:yaml.org,2002:null":
          break
        default:
          errors.append(.unsupportedTag(tag: displayTag(tag), start.location(in: file)))
        }
      }
      let node = YAMLNode(.scalar(resolved), start: start, end: mark(event.end_mark))
      return add(node, anchor: optionalString(scalar.anchor), expandedSize: 1)
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
      if isMapping, let top = stack.last, top.isMapping, top.pendingKey == nil {
        errors.append(.complexKey(start.location(in: file)))
        return false
      }
      if !countNodes(1, at: start) { return false }
      stack.append(Frame(isMapping: isMapping, start: start, anchor: optionalString(anchor)))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let frame = stack.popLast() else { return true }
      let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
      let node = YAMLNode(content, start: frame.start, end: mark(event.end_mark))
      return add(node, anchor: frame.anchor, expandedSize: frame.expandedSize, counted: true)
    case YAML_ALIAS_EVENT:
      let name = string(event.data.alias.anchor, strlen(event.data.alias.anchor))
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
      return add(anchored.node, anchor: nil, expandedSize: anchored.expandedSize, counted: true, at: start)
    default:
      break
    }
    return true
  }

  private mutating func countNodes(_ count: Int, at start: Mark) -> Bool {
    expandedNodes += count
    if expandedNodes > limits.maxExpandedNodes {
      errors.append(.aliasExpansionTooLarge(start.location(in: file), limit: limits.maxExpandedNodes))
      return false
    }
    return true
  }

  /// Places a finished node into its parent (or makes it the document's root).
  private mutating func add(
    _ node: YAMLNode, anchor: String?, expandedSize: Int, counted: Bool = false, at aliasMark: Mark? = nil
  ) -> Bool {
    if !counted, !countNodes(expandedSize, at: node.start) { return false }
    if let anchor { anchors[anchor] = Anchored(node: node, expandedSize: expandedSize) }
    guard !stack.isEmpty else {
      root = node
      return true
    }
    let top = stack.count - 1
    stack[top].expandedSize += expandedSize
    if !stack[top].isMapping {
      stack[top].items.append(node)
      return true
    }
    guard let key = stack[top].pendingKey else {
      guard case .scalar(let scalar) = node.content else {
        errors.append(.complexKey((aliasMark ?? node.start).location(in: file)))
        return false
      }
      let keyMark = aliasMark ?? node.start
      if scalar.style == .plain && scalar.text == "<<" {
        errors.append(.mergeKey(keyMark.location(in: file)))
      }
      if let first = firstMark(of: scalar.text, at: keyMark, in: &stack[top]) {
        errors.append(
          .duplicateKey(key: scalar.text, first: first.location(in: file), second: keyMark.location(in: file)))
        // Keep the first value; the error already stops the run, and the second key's value is
        // still composed so that errors inside it are reported too.
        stack[top].pendingKey = "\u{0}duplicate"
      } else {
        stack[top].pendingKey = scalar.text
      }
      stack[top].pendingKeyMark = keyMark
      return true
    }
    if key != "\u{0}duplicate" {
      stack[top].pairs.append(YAMLPair(key: key, keyMark: stack[top].pendingKeyMark, value: node))
    }
    stack[top].pendingKey = nil
    return true
  }

  /// Where a key was first defined in the mapping being built, if it was. Small mappings are
  /// scanned; large ones get an index, so a huge mapping costs linear time, not quadratic.
  private func firstMark(of key: String, at keyMark: Mark, in frame: inout Frame) -> Mark? {
    if frame.keyIndex == nil && frame.pairs.count < 16 {
      for pair in frame.pairs where pair.key == key { return pair.keyMark }
      return nil
    }
    if frame.keyIndex == nil {
      var index: [String: Mark] = [:]
      for pair in frame.pairs where index[pair.key] == nil { index[pair.key] = pair.keyMark }
      frame.keyIndex = index
    }
    if let found = frame.keyIndex?[key] { return found }
    frame.keyIndex?[key] = keyMark
    return nil
  }

  private func mark(_ m: yaml_mark_t) -> Mark {
    Mark(line: Int(m.line) + 1, column: Int(m.column) + 1)
  }

  private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String {
    guard let pointer, length > 0 else { return "" }
    return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
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
      let location = locationOfByte(parser.problem_offset)
      if problem.contains("UTF-8") || problem.contains("Unicode") {
        return .invalidUTF8(location)
      }
      return .syntax(location, problem: .invalidCharacter, raw: problem, context: nil)
    }
    let location = mark(parser.problem_mark).location(in: file)
    let contextLocation = parser.context == nil ? nil : mark(parser.context_mark).location(in: file)
    let raw = context.isEmpty ? problem : "\(context): \(problem)"
    return .syntax(
      location, problem: YAMLSyntaxProblem.classify(problem: problem, context: context), raw: raw,
      context: contextLocation)
  }

  /// Line and column of a byte offset, for reader errors where libyaml gives only the offset.
  private func locationOfByte(_ offset: Int) -> SourceLocation {
    var line = 1
    var column = 1
    var i = 0
    let end = min(offset, input.count)
    // A byte-order mark is not a column.
    if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { i = 3 }
    while i < end {
      let byte = input[i]
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      i += 1
    }
    return SourceLocation(file: file, line: line, column: column)
  }
}
