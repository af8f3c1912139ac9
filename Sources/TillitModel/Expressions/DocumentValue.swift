import CEL
import TillitYAML

/// Documents as expression values: each kind's YAML read through its `Shape`, so that values
/// have the types rules expect (a `last_used` is a date, a `review.every` a period, a
/// `headcount` an int, a `hourly_cost` a double).
///
/// Every field the schema knows is present in the value: an absent scalar is `null`, an
/// absent list is `[]`, an absent object is a map whose own fields are absent in the same way.
/// So `blank(doc.purpose.law)` works whether or not `purpose` was written, which is how the
/// rules test for missing content (`has()` is true for every schema field). `x-` notes are
/// left out. Maps and lists remember the YAML node they came from.
public enum DocumentValue {
  public static func make(_ document: Document) -> Value {
    value(of: document.source.root, shape: .object(DocumentSchema.shape(of: document.kind)))
  }

  public static func value(of node: YAMLNode?, shape: Shape) -> Value {
    guard let node, !node.isNull else { return absent(shape) }
    switch shape {
    case .text, .expression, .documentID, .oneOf, .countryCode, .planEntryReference:
      return node.text.map(Value.string) ?? .null
    case .integer:
      if case .int(let i)? = node.value { return .int(Int64(i)) }
      return .null
    case .number:
      switch node.value {
      case .int(let i)?: return .double(Double(i))
      case .float(let d)?: return .double(d)
      default: return .null
      }
    case .boolean:
      if case .bool(let b)? = node.value { return .bool(b) }
      return .null
    case .date:
      return node.text.flatMap(CalendarDate.init).map(Value.date) ?? .null
    case .period:
      return node.text.flatMap(Period.init).map(Value.period) ?? .null
    case .frequency:
      if node.isMapping {
        var map = MapValue(origin: node)
        map.insert(.string("per_year"), value(of: node["per_year"], shape: .number(min: nil, max: nil)))
        return .map(map)
      }
      return node.text.map(Value.string) ?? .null
    case .localizedText:
      var map = MapValue(origin: node)
      if node.isMapping {
        map.insert(.string("sv"), node["sv"]?.text.map(Value.string) ?? .null)
        map.insert(.string("en"), node["en"]?.text.map(Value.string) ?? .null)
      } else {
        let text = node.text.map(Value.string) ?? .null
        map.insert(.string("sv"), text)
        map.insert(.string("en"), text)
      }
      return .map(map)
    case .booleanOrAuto:
      if case .bool(let b)? = node.value { return .bool(b) }
      return node.text.map(Value.string) ?? .null
    case .any, .dictionary:
      return Value.fromNode(node)
    case .list(let element):
      guard node.isSequence else { return .list(ListValue([], origin: node)) }
      return .list(ListValue(lazy: DocumentList(node: node, element: element), origin: node))
    case .object(let object):
      guard node.isMapping else { return absent(shape) }
      return .map(MapValue(record: DocumentRecord(node: node, shape: object), origin: node))
    }
  }

  /// The value of a field that is not written.
  package static func absent(_ shape: Shape) -> Value {
    switch shape {
    case .list: return .list(ListValue([]))
    case .object(let object): return .map(MapValue(record: DocumentRecord(node: nil, shape: object)))
    default: return .null
    }
  }
}

/// A YAML sequence of a document as an expression list, each element converted through the
/// schema when it is read.
struct DocumentList: LazyList {
  let node: YAMLNode
  let element: Shape

  var count: Int { node.items.count }

  func element(at position: Int) -> Value {
    DocumentValue.value(of: node.items[position], shape: element)
  }
}

/// An object of a document as an expression map: every field of its `shape` (so `has()` holds
/// for each), read from `node` when looked up; a nil node is an absent object, every field too.
struct DocumentRecord: LazyRecord {
  let node: YAMLNode?
  let shape: ObjectShape

  var fieldNames: [String] { shape.fields.map(\.key) }

  func field(_ name: String) -> Value? {
    guard let field = shape.field(name) else { return nil }
    return DocumentValue.value(of: node?[name], shape: field.shape)
  }

  func hasField(_ name: String) -> Bool { shape.field(name) != nil }

  /// Walks the chain node by node while it goes through objects, and makes a value only for
  /// the last field read: selecting field by field would build a map for every object on the
  /// way only to read one field of it.
  func fields(_ names: ArraySlice<String>) -> (value: Value, read: Int)? {
    var object = shape
    var current = node
    var read = 0
    for name in names {
      guard let field = object.field(name) else { return read == 0 ? nil : (record(current, object), read) }
      read += 1
      let child = current?[name]
      if read < names.count, case .object(let next) = field.shape {
        // What `DocumentValue.value(of:shape:)` makes of it: the node when it is a mapping,
        // else an absent object whose fields are all absent.
        current = child.flatMap { $0.isMapping ? $0 : nil }
        object = next
        continue
      }
      return (DocumentValue.value(of: child, shape: field.shape), read)
    }
    return read == 0 ? nil : (record(current, object), read)
  }

  private func record(_ node: YAMLNode?, _ shape: ObjectShape) -> Value {
    guard let node else { return .map(MapValue(record: DocumentRecord(node: nil, shape: shape))) }
    return .map(MapValue(record: DocumentRecord(node: node, shape: shape), origin: node))
  }
}
