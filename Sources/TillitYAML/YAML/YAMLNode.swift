/// The immutable storage of one composed YAML document: every node in one flat array, every
/// scalar's text in one byte buffer.
///
/// Flat storage is what makes loading fast: a document of a few hundred nodes costs a handful
/// of allocations instead of one or more per node, and an alias is just a second reference to
/// the anchored node (nothing is copied or expanded). Nodes are read through `YAMLNode` views.
public final class YAMLTree: Sendable {
  struct Record: Sendable {
    var start: Mark
    var end: Mark
    /// Scalars: offset of the text in `text`. Collections: first entry in `children`.
    var first: Int32
    /// Scalars: text length in bytes. Sequences: item count. Mappings: 2 × pair count.
    var count: Int32
    /// Resolved int value, or a double's bit pattern, or 0/1 for a bool.
    var payload: Int64
    var kind: YAMLNode.Kind
    var value: YAMLScalar.ValueKind
    var style: YAMLScalar.Style
  }

  /// The file the document came from, as the user named it.
  public let file: String
  let records: [Record]
  /// Child node indices of collections; a mapping's entries alternate key, value.
  let children: [Int32]
  let text: [UInt8]

  init(file: String, records: [Record], children: [Int32], text: [UInt8]) {
    self.file = file
    self.records = records
    self.children = children
    self.text = text
  }
}

/// A view of one node of a `YAMLTree`: cheap to copy, with the place it starts and ends.
public struct YAMLNode: Sendable {
  public enum Kind: UInt8, Sendable {
    case scalar, sequence, mapping
  }

  public let tree: YAMLTree
  let index: Int32

  init(tree: YAMLTree, index: Int32) {
    self.tree = tree
    self.index = index
  }

  var record: YAMLTree.Record { tree.records[Int(index)] }

  public var kind: Kind { record.kind }
  /// Where the node starts (for a block scalar: its indicator; for a quoted scalar: the quote).
  public var start: Mark { record.start }
  /// Where the node ends (exclusive).
  public var end: Mark { record.end }

  public var isScalar: Bool { kind == .scalar }
  public var isSequence: Bool { kind == .sequence }
  public var isMapping: Bool { kind == .mapping }

  /// True for an explicit or implicit YAML null (`~`, `null`, or nothing).
  public var isNull: Bool {
    let r = record
    return r.kind == .scalar && r.value == .null
  }

  /// The scalar's resolved value, or nil for a collection.
  public var value: YAMLScalar.Value? {
    let r = record
    guard r.kind == .scalar else { return nil }
    switch r.value {
    case .null: return .null
    case .bool: return .bool(r.payload != 0)
    case .int: return .int(Int(r.payload))
    case .float: return .float(Double(bitPattern: UInt64(bitPattern: r.payload)))
    case .string: return .string
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
    let r = record
    let range = r.kind == .scalar ? Int(r.first)..<Int(r.first + r.count) : 0..<0
    return try tree.text.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
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
