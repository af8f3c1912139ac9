/// The immutable storage of one composed YAML document: every node in one flat array, every
/// scalar's text in one byte buffer.
///
/// Flat storage is what makes loading fast: a document of a few hundred nodes costs a handful
/// of allocations instead of one or more per node, and an alias is just a second reference to
/// the anchored node (nothing is copied or expanded). Nodes are read through `YAMLNode` views.
public final class YAMLTree: Sendable {
  /// One node in 16 bytes: at millions of nodes a workspace's size is mostly this array.
  ///
  /// The start column shares a word with the node's kind, value kind and style, so columns
  /// past 16,777,215 are clamped (such a line cannot occur within the default 16 MiB file
  /// limit). A scalar's resolved number or bool is not stored: it is read again from the text
  /// when asked for, which is cheap and rare beside the cost of 8 more bytes on every node.
  package struct Record: Sendable {
    /// 1-based line of the node's start.
    var line: Int32
    /// Low 24 bits: 1-based start column. High 8 bits: kind (2 bits), value kind (3), style (3).
    var columnAndFlags: UInt32
    /// Scalars: offset of the text in `text`. Collections: first entry in `children`.
    package var first: Int32
    /// Scalars: text length in bytes. Sequences: item count. Mappings: 2 × pair count.
    package var count: Int32

    static let maxColumn: UInt32 = 0xFF_FFFF

    init(
      start: Mark, first: Int32, count: Int32, kind: YAMLNode.Kind, value: YAMLScalar.ValueKind,
      style: YAMLScalar.Style
    ) {
      self.line = start.line
      let column = UInt32(clamping: max(start.column, 0))
      let flags = UInt32(kind.rawValue) << 6 | UInt32(value.rawValue) << 3 | UInt32(style.rawValue)
      self.columnAndFlags = min(column, Self.maxColumn) | flags << 24
      self.first = first
      self.count = count
    }

    var start: Mark { Mark(line: Int(line), column: Int(columnAndFlags & Self.maxColumn)) }
    var kind: YAMLNode.Kind { YAMLNode.Kind(rawValue: UInt8(truncatingIfNeeded: columnAndFlags >> 30)) ?? .scalar }
    var value: YAMLScalar.ValueKind {
      YAMLScalar.ValueKind(rawValue: UInt8(truncatingIfNeeded: columnAndFlags >> 27) & 0x7) ?? .string
    }
    var style: YAMLScalar.Style {
      YAMLScalar.Style(rawValue: UInt8(truncatingIfNeeded: columnAndFlags >> 24) & 0x7) ?? .plain
    }
  }

  /// The file the document came from, as the user named it.
  public let file: String
  let records: [Record]
  /// Child node indices of collections; a mapping's entries alternate key, value.
  package let children: [Int32]
  let text: [UInt8]

  init(file: String, records: [Record], children: [Int32], text: [UInt8]) {
    self.file = file
    self.records = records
    self.children = children
    self.text = text
  }

  /// Calls `body` with the UTF-8 bytes of each key of a mapping node, in document order.
  package func forEachKeyText(ofMapping index: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    let mapping = records[Int(index)]
    guard mapping.kind == .mapping else { return }
    records.withUnsafeBufferPointer { records in
      children.withUnsafeBufferPointer { children in
        text.withUnsafeBufferPointer { text in
          var entry = Int(mapping.first)
          let end = entry + Int(mapping.count)
          while entry < end {
            let key = records[Int(children[entry])]
            let range = key.kind == .scalar ? Int(key.first)..<Int(key.first + key.count) : 0..<0
            body(UnsafeBufferPointer(rebasing: text[range]))
            entry += 2
          }
        }
      }
    }
  }

  /// Calls `body` with the UTF-8 bytes of a scalar node's text (empty for a collection).
  func withText<R>(of index: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    let r = records[Int(index)]
    let range = r.kind == .scalar ? Int(r.first)..<Int(r.first + r.count) : 0..<0
    return try text.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
  }
}

/// A view of one node of a `YAMLTree`: cheap to copy, with the place it starts.
public struct YAMLNode: Sendable {
  public enum Kind: UInt8, Sendable {
    case scalar, sequence, mapping
  }

  public let tree: YAMLTree
  package let index: Int32

  package init(tree: YAMLTree, index: Int32) {
    self.tree = tree
    self.index = index
  }

  package var record: YAMLTree.Record { tree.records[Int(index)] }

  public var kind: Kind { record.kind }
  /// Where the node starts (for a block scalar: its indicator; for a quoted scalar: the quote).
  public var start: Mark { record.start }

  public var isScalar: Bool { kind == .scalar }
  public var isSequence: Bool { kind == .sequence }
  public var isMapping: Bool { kind == .mapping }

  /// True for an explicit or implicit YAML null (`~`, `null`, or nothing).
  public var isNull: Bool {
    let r = record
    return r.kind == .scalar && r.value == .null
  }

  /// The scalar's resolved value, or nil for a collection. Numbers and bools are read again
  /// from the text (the tree stores only their kind); a `!!float` tag on an integer is honoured.
  public var value: YAMLScalar.Value? {
    let r = record
    guard r.kind == .scalar else { return nil }
    switch r.value {
    case .null: return .null
    case .string: return .string
    case .bool, .int, .float:
      let resolved = withTextBytes { YAMLScalar.coreSchemaValue(of: $0) }
      if r.value == .float, case .int(let i) = resolved { return .float(Double(i)) }
      return resolved
    }
  }

  public var valueKind: YAMLScalar.ValueKind? {
    let r = record
    return r.kind == .scalar ? r.value : nil
  }

  public var style: YAMLScalar.Style? {
    let r = record
    return r.kind == .scalar ? r.style : nil
  }

  /// The scalar's text after YAML's unescaping and folding; nil for collections.
  public var text: String? {
    let r = record
    guard r.kind == .scalar else { return nil }
    return tree.text.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[Int(r.first)..<Int(r.first + r.count)]), as: UTF8.self)
    }
  }

  /// The scalar as a value with its text and style, for callers that want all of it at once.
  public var scalar: YAMLScalar? {
    guard let text, let value, let style else { return nil }
    return YAMLScalar(text: text, style: style, value: value)
  }

  /// Calls `body` with the scalar's UTF-8 bytes (empty for a collection), without making a String.
  public func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try tree.withText(of: index, body)
  }

  /// Compares the scalar's text with `other` byte by byte, without making a String.
  public func hasText(_ other: String) -> Bool {
    let r = record
    guard r.kind == .scalar else { return false }
    var other = other
    return other.withUTF8 { wanted in
      wanted.count == Int(r.count)
        && tree.text.withUnsafeBufferPointer { all in
          wanted.elementsEqual(all[Int(r.first)..<Int(r.first + r.count)])
        }
    }
  }

  /// True for a string scalar that is empty or only whitespace.
  public var isBlankText: Bool {
    let r = record
    guard r.kind == .scalar, r.value == .string else { return false }
    if r.count == 0 { return true }
    // An ASCII byte that is not whitespace starts a character that is not whitespace (no ASCII
    // letter, digit or sign extends a grapheme), so most texts are settled on their bytes.
    let hasASCIIWord = withTextBytes { bytes in
      bytes.contains { $0 < 0x80 && $0 != 0x20 && !(0x09...0x0D).contains($0) }
    }
    if hasASCIIWord { return false }
    return text?.allSatisfy(\.isWhitespace) ?? false
  }

  /// Items of a sequence (empty for anything else).
  public var items: Items {
    let r = record
    return r.kind == .sequence ? Items(tree: tree, first: Int(r.first), count: Int(r.count)) : Items(tree: tree)
  }

  /// Key–value pairs of a mapping, in document order (empty for anything else).
  public var pairs: Pairs {
    let r = record
    return r.kind == .mapping ? Pairs(tree: tree, first: Int(r.first), count: Int(r.count) / 2) : Pairs(tree: tree)
  }

  /// The value under `key` when this node is a mapping.
  public subscript(key: String) -> YAMLNode? {
    let r = record
    guard r.kind == .mapping else { return nil }
    var key = key
    return key.withUTF8 { wanted -> YAMLNode? in
      tree.children.withUnsafeBufferPointer { children in
        tree.records.withUnsafeBufferPointer { records in
          tree.text.withUnsafeBufferPointer { text in
            var i = Int(r.first)
            let end = i + Int(r.count)
            while i < end {
              let k = records[Int(children[i])]
              if Int(k.count) == wanted.count,
                memcmp(text.baseAddress! + Int(k.first), wanted.baseAddress!, wanted.count) == 0
              {
                return YAMLNode(tree: tree, index: children[i + 1])
              }
              i += 2
            }
            return nil
          }
        }
      }
    }
  }

  /// A short name of the node's YAML type, for messages.
  public var typeName: YAMLTypeName {
    let r = record
    switch r.kind {
    case .mapping: return .mapping
    case .sequence: return .sequence
    case .scalar:
      switch r.value {
      case .null: return .null
      case .bool: return .bool
      case .int: return .int
      case .float: return .float
      case .string: return .string
      }
    }
  }

  public struct Items: RandomAccessCollection, Sendable {
    let tree: YAMLTree
    var first = 0
    public var count = 0

    init(tree: YAMLTree, first: Int = 0, count: Int = 0) {
      self.tree = tree
      self.first = first
      self.count = count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(position: Int) -> YAMLNode {
      YAMLNode(tree: tree, index: tree.children[first + position])
    }
  }

  public struct Pairs: RandomAccessCollection, Sendable {
    let tree: YAMLTree
    var first = 0
    public var count = 0

    package init(tree: YAMLTree, first: Int = 0, count: Int = 0) {
      self.tree = tree
      self.first = first
      self.count = count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(position: Int) -> YAMLPair {
      YAMLPair(
        key: YAMLNode(tree: tree, index: tree.children[first + 2 * position]),
        value: YAMLNode(tree: tree, index: tree.children[first + 2 * position + 1]))
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A key and its value in a mapping. Keys are scalars (complex keys are refused while composing).
public struct YAMLPair: Sendable {
  public var key: YAMLNode
  public var value: YAMLNode

  /// The key's text.
  public var keyText: String { key.text ?? "" }
  /// Where the key is written.
  public var keyMark: Mark { key.start }

  package init(key: YAMLNode, value: YAMLNode) {
    self.key = key
    self.value = value
  }
}

/// The YAML type of a node, as named in messages.
public enum YAMLTypeName: String, Sendable {
  case mapping, sequence, null, bool, int, float, string
}

/// One parsed YAML document and the file it came from.
public struct YAMLDocument: Sendable {
  /// 0-based position of the document in its file's stream.
  public var index: Int
  public var root: YAMLNode

  public init(index: Int, root: YAMLNode) {
    self.index = index
    self.root = root
  }

  public var file: String { root.tree.file }

  public func location(_ mark: Mark) -> SourceLocation { mark.location(in: file) }
}
