import TillitYAML

/// Field tables in Markdown, one per object shape, from the same shapes and catalogue as the
/// JSON Schema: the reference part of `docs/documents.md`, `docs/packs.md` and
/// `docs/configuration.md`, so that the documentation lists exactly the fields tillit reads.
public enum SchemaMarkdown {
  /// A table for each object shape reachable from `roots`, each shape once, in the order a
  /// reader meets them (a shape's own fields before the shapes they hold). Headings are level
  /// `headingLevel`; a field holding an object links to that object's heading.
  public static func generate(roots: [ObjectShape], language: Language, headingLevel: Int = 3) -> String {
    var seen: Set<String> = []
    var ordered: [ObjectShape] = []
    func visit(_ shape: ObjectShape) {
      guard seen.insert(shape.name).inserted else { return }
      ordered.append(shape)
      for field in shape.fields {
        if let inner = objectShape(in: field.shape) { visit(inner) }
      }
    }
    roots.forEach(visit)
    let heading = String(repeating: "#", count: headingLevel)
    let columns = Texts.schemaMarkdownColumns.text(language)
    var text = ""
    for shape in ordered {
      text += "\(heading) \(shape.name)\n\n\(columns)\n|---|---|---|---|\n"
      for field in shape.fields {
        let entry = FieldCatalogue.entry(shape: shape.name, key: field.key)
        let meaning = entry.map { "**\($0.title.text(language))**. \($0.description.text(language))" } ?? ""
        let required = field.required ? Texts.schemaMarkdownRequired.text(language) : ""
        text += "| `\(field.key)` | \(cell(typeText(field.shape, language))) | \(required) | \(cell(meaning)) |\n"
      }
      text += "\n"
    }
    return text
  }

  /// The object shape a field holds directly or as list elements, if any.
  private static func objectShape(in shape: Shape) -> ObjectShape? {
    switch shape {
    case .object(let object): return object
    case .list(let element): return objectShape(in: element)
    default: return nil
    }
  }

  private static func typeText(_ shape: Shape, _ language: Language) -> String {
    switch shape {
    case .object(let object): return link(object)
    case .list(let element):
      let inner = typeText(element, language)
      return Texts.schemaMarkdownListOf(element: inner).text(language)
    case .integer(let min, let max):
      return shape.expectation.text(language) + bounds(min.map(Double.init), max.map(Double.init), language)
    case .number(let min, let max):
      return shape.expectation.text(language) + bounds(min, max, language)
    default: return shape.expectation.text(language)
    }
  }

  /// ", from 0 to 1", ", at least 0": the range validation enforces, so a reader need not
  /// learn it from an error.
  private static func bounds(_ min: Double?, _ max: Double?, _ language: Language) -> String {
    func number(_ value: Double) -> String {
      if value.rounded() == value && abs(value) < 1e15 { return String(Int(value)) }
      // A fraction in the reader's notation (0,25 in Swedish), with no more decimals than it
      // has: Swift's own `0.25` is a programmer's number, not prose (RULES.md §9.5).
      let decimals =
        (1...6).first { places in
          let scale = (0..<places).reduce(1.0) { result, _ in result * 10 }
          return (value * scale).rounded() == value * scale
        } ?? 6
      return NumberFormat.format(value, decimals: decimals, language: language)
    }
    switch (min, max) {
    case (let min?, let max?):
      return Texts.schemaMarkdownRangeBetween(min: number(min), max: number(max)).text(language)
    case (let min?, nil): return Texts.schemaMarkdownRangeAtLeast(min: number(min)).text(language)
    case (nil, let max?): return Texts.schemaMarkdownRangeAtMost(max: number(max)).text(language)
    case (nil, nil): return ""
    }
  }

  /// A link to a shape's heading, as GitHub and most Markdown renderers make anchors.
  private static func link(_ object: ObjectShape) -> String {
    "[\(object.name)](#\(object.name.lowercased()))"
  }

  /// A table cell: a `|` would end it.
  private static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}
