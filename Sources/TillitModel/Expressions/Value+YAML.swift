import CEL
import Foundation
import TillitYAML

/// Values from YAML and JSON as tillit reads them: `--var` and `eval --input` (JSON is YAML
/// 1.2, so the YAML reader reads it), and schema-less parts of documents.
extension Value {
  /// A value from JSON text (JSON is YAML 1.2, so the YAML reader reads it): whole numbers
  /// become int, other numbers double.
  public static func fromJSON(_ text: String) -> Value? {
    let read = YAMLReader().read(text, file: "--var")
    guard read.errors.isEmpty, let root = read.documents.first?.root else {
      return text.trimmingCharacters(in: .whitespaces) == "null" ? .null : nil
    }
    return fromNode(root)
  }

  package static func fromNode(_ node: YAMLNode) -> Value {
    switch node.kind {
    case .sequence: return .list(ListValue(node.items.map(fromNode), origin: node))
    case .mapping:
      var map = MapValue(origin: node)
      for pair in node.pairs { map.insert(.string(pair.keyText), fromNode(pair.value)) }
      return .map(map)
    case .scalar:
      switch node.value {
      case .null?, nil: return .null
      case .bool(let b)?: return .bool(b)
      case .int(let i)?: return .int(Int64(i))
      case .float(let d)?: return .double(d)
      case .string?: return .string(node.text ?? "")
      }
    }
  }
}
