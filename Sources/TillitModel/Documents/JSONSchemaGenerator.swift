import CEL
import Foundation
import TillitYAML

/// Writes the JSON Schema (draft 2020-12) of the document kinds from `DocumentSchema`, so that
/// editors with a YAML language server complete and check documents as tillit does.
///
/// What JSON Schema cannot say is left to tillit: that a date is a real calendar date, that ids
/// are unique, and that references resolve.
public enum JSONSchemaGenerator {
  /// One JSON Schema object. A class, because schemas nest (`items`, `properties`).
  final class Node: Encodable {
    var schema: String?
    var id: String?
    var title: String?
    var description: String?
    var type: TypeSet?
    var constValue: String?
    var enumValues: [String]?
    var pattern: String?
    var minimum: Double?
    var maximum: Double?
    var properties: [String: Node]?
    var patternProperties: [String: Node]?
    var additionalProperties: Bool?
    /// The schema of every value of a mapping with keys of the user's choosing; encoded as
    /// `additionalProperties` too (JSON Schema takes a boolean or a schema there).
    var valuesSchema: Node?
    var required: [String]?
    var items: Node?
    var oneOf: [Node]?
    var anyOf: [Node]?
    var allOf: [Node]?
    var ifSchema: Node?
    var thenSchema: Node?
    var ref: String?
    var defs: [String: Node]?

    enum CodingKeys: String, CodingKey {
      case schema = "$schema", id = "$id", title, description, type, constValue = "const"
      case enumValues = "enum", pattern, minimum, maximum, properties, patternProperties
      case additionalProperties, required, items, oneOf, anyOf, allOf, ifSchema = "if", thenSchema = "then"
      case ref = "$ref", defs = "$defs"
    }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encodeIfPresent(schema, forKey: .schema)
      try container.encodeIfPresent(id, forKey: .id)
      try container.encodeIfPresent(title, forKey: .title)
      try container.encodeIfPresent(description, forKey: .description)
      try container.encodeIfPresent(type, forKey: .type)
      try container.encodeIfPresent(constValue, forKey: .constValue)
      try container.encodeIfPresent(enumValues, forKey: .enumValues)
      try container.encodeIfPresent(pattern, forKey: .pattern)
      try container.encodeIfPresent(minimum, forKey: .minimum)
      try container.encodeIfPresent(maximum, forKey: .maximum)
      try container.encodeIfPresent(properties, forKey: .properties)
      try container.encodeIfPresent(patternProperties, forKey: .patternProperties)
      if let valuesSchema {
        try container.encode(valuesSchema, forKey: .additionalProperties)
      } else {
        try container.encodeIfPresent(additionalProperties, forKey: .additionalProperties)
      }
      try container.encodeIfPresent(required, forKey: .required)
      try container.encodeIfPresent(items, forKey: .items)
      try container.encodeIfPresent(oneOf, forKey: .oneOf)
      try container.encodeIfPresent(anyOf, forKey: .anyOf)
      try container.encodeIfPresent(allOf, forKey: .allOf)
      try container.encodeIfPresent(ifSchema, forKey: .ifSchema)
      try container.encodeIfPresent(thenSchema, forKey: .thenSchema)
      try container.encodeIfPresent(ref, forKey: .ref)
      try container.encodeIfPresent(defs, forKey: .defs)
    }

    init(type: String? = nil) {
      self.type = type.map { TypeSet(types: [$0]) }
    }
  }

  struct TypeSet: Encodable {
    var types: [String]
    func encode(to encoder: Encoder) throws {
      var container = encoder.singleValueContainer()
      if types.count == 1 { try container.encode(types[0]) } else { try container.encode(types) }
    }
  }

  /// The schema as JSON text, keys sorted so that the output is stable.
  public static func generate(language: Language) -> String {
    var defs: [String: Node] = [:]
    let root = Node()
    root.schema = "https://json-schema.org/draft/2020-12/schema"
    root.id = "https://tillit.se/schema/tillit-v1.json"
    root.title = "tillit/v1"
    root.description = Texts.schemaDescription.text(language)
    // `kind` selects the shape (if/then rather than oneOf), so that an editor and a validator
    // report the one wrong field instead of "not valid under any of the given schemas".
    root.type = TypeSet(types: ["object"])
    root.required = ["apiVersion", "kind"]
    let kindNode = Node(type: "string")
    kindNode.enumValues = DocumentKind.allCases.map(\.rawValue)
    if let entry = FieldCatalogue.entry(shape: "", key: "kind") {
      kindNode.title = entry.title.text(language)
      kindNode.description = entry.description.text(language)
    }
    root.properties = ["kind": kindNode]
    root.allOf = DocumentKind.allCases.map { kind in
      let condition = Node()
      let constant = Node()
      constant.constValue = kind.rawValue
      condition.properties = ["kind": constant]
      condition.required = ["kind"]
      let ref = Node()
      ref.ref = "#/$defs/\(define(DocumentSchema.shape(of: kind), language: language, into: &defs))"
      let branch = Node()
      branch.ifSchema = condition
      branch.thenSchema = ref
      return branch
    }
    root.defs = defs
    return encoded(root)
  }

  /// The schema of one file whose whole content is `shape` (`tillit.yaml`, a policy pack), as
  /// JSON text with sorted keys. `id` names the schema (`$id`); `title` and `description` are
  /// what an editor shows for the file.
  public static func generate(
    root shape: ObjectShape, id: String, title: String, description: LocalizedText, language: Language
  ) -> String {
    var defs: [String: Node] = [:]
    let root = Node()
    root.schema = "https://json-schema.org/draft/2020-12/schema"
    root.id = id
    root.title = title
    root.description = description.text(language)
    root.ref = "#/$defs/\(define(shape, language: language, into: &defs))"
    root.defs = defs
    return encoded(root)
  }

  private static func encoded(_ root: Node) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(root)) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Adds an object shape to `$defs` (once per name) and returns its name. Each property gets
  /// the catalogue's title and description, which is what an editor shows on hover.
  private static func define(_ shape: ObjectShape, language: Language, into defs: inout [String: Node]) -> String {
    if defs[shape.name] != nil { return shape.name }
    let node = Node(type: "object")
    defs[shape.name] = node
    var properties: [String: Node] = [:]
    for field in shape.fields {
      let property = schema(for: field.shape, required: field.required, language: language, defs: &defs)
      if let entry = FieldCatalogue.entry(shape: shape.name, key: field.key) {
        property.title = entry.title.text(language)
        property.description = entry.description.text(language)
      }
      properties[field.key] = property
    }
    node.properties = properties
    node.patternProperties = ["^x-": Node()]
    node.additionalProperties = false
    let required = shape.fields.filter(\.required).map(\.key)
    node.required = required.isEmpty ? nil : required
    return shape.name
  }

  private static func schema(for shape: Shape, required: Bool, language: Language, defs: inout [String: Node])
    -> Node
  {
    let node = schemaOfValue(shape, language: language, defs: &defs)
    // Null means absent in tillit documents; a required field must have a value.
    guard !required else { return node }
    let either = Node()
    either.anyOf = [node, Node(type: "null")]
    return either
  }

  private static func schemaOfValue(_ shape: Shape, language: Language, defs: inout [String: Node]) -> Node {
    switch shape {
    case .text:
      let node = Node()
      node.type = TypeSet(types: ["string", "number"])
      return node
    case .expression:
      let node = Node()
      node.type = TypeSet(types: ["string", "boolean"])
      return node
    case .documentID:
      let node = Node(type: "string")
      node.pattern = "^[a-z0-9][a-z0-9-]*$"
      return node
    case .integer(let min, let max):
      let node = Node(type: "integer")
      node.minimum = min.map(Double.init)
      node.maximum = max.map(Double.init)
      return node
    case .number(let min, let max):
      let node = Node(type: "number")
      node.minimum = min
      node.maximum = max
      return node
    case .boolean:
      return Node(type: "boolean")
    case .date:
      let node = Node(type: "string")
      node.pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
      return node
    case .period:
      let node = Node(type: "string")
      node.pattern = "^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$"
      return node
    case .frequency:
      let named = Node(type: "string")
      named.enumValues = Frequency.names
      let perYear = Node(type: "object")
      let count = Node(type: "number")
      count.minimum = 0
      count.title = Texts.schemaPerYearTitle.text(language)
      count.description = Texts.schemaPerYearDescription.text(language)
      perYear.properties = ["per_year": count]
      perYear.required = ["per_year"]
      perYear.additionalProperties = false
      let node = Node()
      node.oneOf = [named, perYear]
      return node
    case .oneOf(let words):
      let node = Node(type: "string")
      node.enumValues = words
      return node
    case .countryCode:
      let node = Node(type: "string")
      node.pattern = "^[A-Z]{2}$"
      return node
    case .localizedText:
      let text = Node(type: "string")
      let pair = Node(type: "object")
      let swedish = Node(type: "string")
      swedish.title = Texts.schemaSwedishTitle.text(language)
      swedish.description = Texts.schemaSwedishDescription.text(language)
      let english = Node(type: "string")
      english.title = Texts.schemaEnglishTitle.text(language)
      english.description = Texts.schemaEnglishDescription.text(language)
      pair.properties = ["sv": swedish, "en": english]
      pair.additionalProperties = false
      let node = Node()
      node.oneOf = [text, pair]
      return node
    case .booleanOrAuto:
      let flag = Node(type: "boolean")
      let auto = Node(type: "string")
      auto.constValue = "auto"
      let node = Node()
      node.oneOf = [flag, auto]
      return node
    case .planEntryReference:
      let node = Node(type: "string")
      node.pattern = "^[^/]+/[^/]+$"
      return node
    case .list(let element):
      let node = Node(type: "array")
      node.items = schemaOfValue(element, language: language, defs: &defs)
      return node
    case .object(let object):
      let node = Node()
      node.ref = "#/$defs/\(define(object, language: language, into: &defs))"
      return node
    case .dictionary(let value):
      let node = Node(type: "object")
      node.valuesSchema = schemaOfValue(value, language: language, defs: &defs)
      return node
    case .any:
      return Node()
    }
  }
}
