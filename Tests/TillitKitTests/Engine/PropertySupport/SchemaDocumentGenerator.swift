@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Builds documents from `DocumentSchema`, so every field the schema knows is exercised without
/// a hand-kept list that would drift from it.
///
/// The schema says what loads; a few fields have meaning beyond their shape (a data category
/// must be in the taxonomy, a waiver's rule should name a real rule), and for those the
/// generator draws from the real vocabulary so the documents still load.
struct SchemaDocumentGenerator {
  /// How an optional field is written.
  enum Mode: String, CaseIterable {
    case absent, null, blank, value
  }

  var random: SplitMix64
  /// Rule ids a waiver may name.
  var ruleIDs: [String]
  /// Chance that an optional field is absent, null or blank rather than given a value.
  var absentShare = 0.3
  var nullShare = 0.1
  var blankShare = 0.1

  static let categories = Taxonomy.builtIn.categories.keys.sorted()
  static let subjects = Taxonomy.builtIn.subjects.keys.sorted()

  /// A whole document of `kind` with the header filled in and every optional field drawn at random.
  mutating func document(_ kind: DocumentKind, id: String) -> GeneratedYAML {
    object(DocumentSchema.shape(of: kind), header: (kind, id), depth: 0)
  }

  /// A document with every optional field present (lists with one or two elements): the
  /// baseline that the one-field-at-a-time variants change.
  mutating func fullDocument(_ kind: DocumentKind, id: String) -> GeneratedYAML {
    let saved = (absentShare, nullShare, blankShare)
    (absentShare, nullShare, blankShare) = (0, 0, 0)
    defer { (absentShare, nullShare, blankShare) = saved }
    return document(kind, id: id)
  }

  /// Only the fields a document needs to load.
  static func minimalDocument(_ kind: DocumentKind, id: String) -> GeneratedYAML {
    var generator = SchemaDocumentGenerator(random: SplitMix64(seed: 0), ruleIDs: [])
    return .map(
      DocumentSchema.shape(of: kind).requiredFields.map {
        GeneratedYAML.Pair(key: $0.key, value: generator.header($0.key, kind: kind, id: id) ?? .quoted("X"))
      })
  }

  /// Every field path of the kind's schema (`purposes.law`: lists are stepped through), with the
  /// field and the name of the object that holds it, parents before children.
  static func fieldPaths(of kind: DocumentKind) -> [(path: [String], field: ObjectShape.Field, owner: String)] {
    var out: [(path: [String], field: ObjectShape.Field, owner: String)] = []
    func walk(_ shape: ObjectShape, prefix: [String]) {
      for field in shape.fields {
        let path = prefix + [field.key]
        out.append((path, field, shape.name))
        if let inner = objectShape(in: field.shape) { walk(inner, prefix: path) }
      }
    }
    walk(DocumentSchema.shape(of: kind), prefix: [])
    return out
  }

  static func objectShape(in shape: Shape) -> ObjectShape? {
    switch shape {
    case .object(let object): return object
    case .list(let element): return objectShape(in: element)
    default: return nil
    }
  }

  /// Whether a blank (`""`, `[]`, `{}`) is a valid way to write the shape; for a date or a
  /// number it is not, and such a document would not load.
  ///
  /// A blank data or subject `category` is refused at load as "not in the taxonomy" (a text the
  /// taxonomy lacks), so the generator leaves it out. A null one is refused the same way
  /// ("'~' is not in the taxonomy") although null is absent everywhere else: that is a loader
  /// bug, and the one-field-at-a-time variants keep it visible.
  static func acceptsBlank(_ field: ObjectShape.Field) -> Bool {
    if field.key == "category" { return false }
    switch field.shape {
    case .text, .localizedText, .list, .object, .dictionary, .any, .expression: return true
    default: return false
    }
  }

  static func blank(_ shape: Shape, whitespace: Bool) -> GeneratedYAML {
    switch shape {
    case .list: return .list([])
    case .object, .dictionary: return .map([])
    default: return .quoted(whitespace ? "  " : "")
    }
  }

  mutating func header(_ key: String, kind: DocumentKind, id: String) -> GeneratedYAML? {
    switch key {
    case "apiVersion": return .scalar(DocumentKind.apiVersion)
    case "kind": return .scalar(kind.rawValue)
    case "id": return .scalar(id)
    default: return nil
    }
  }

  private mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }

  private mutating func pick<T>(_ values: [T]) -> T { values.randomElement(using: &random)! }

  mutating func mode(for field: ObjectShape.Field) -> Mode {
    if field.required { return .value }
    let roll = Double.random(in: 0..<1, using: &random)
    // A null category is refused at load today (see `acceptsBlank`); left to the
    // one-field-at-a-time variants, so a quarter of the random collections still load.
    if field.key == "category" { return roll < absentShare ? .absent : .value }
    if roll < absentShare { return .absent }
    if roll < absentShare + nullShare { return .null }
    if roll < absentShare + nullShare + blankShare { return Self.acceptsBlank(field) ? .blank : .null }
    return .value
  }

  mutating func object(_ shape: ObjectShape, header: (DocumentKind, String)? = nil, depth: Int) -> GeneratedYAML {
    var pairs: [GeneratedYAML.Pair] = []
    for field in shape.fields {
      if let (kind, id) = header, let value = self.header(field.key, kind: kind, id: id) {
        pairs.append(.init(key: field.key, value: value))
        continue
      }
      switch mode(for: field) {
      case .absent: continue
      case .null: pairs.append(.init(key: field.key, value: .null))
      case .blank: pairs.append(.init(key: field.key, value: Self.blank(field.shape, whitespace: chance(0.3))))
      case .value:
        pairs.append(.init(key: field.key, value: value(field.shape, key: field.key, owner: shape.name, depth: depth)))
      }
    }
    return .map(pairs)
  }

  /// A random valid value of `shape`; `key` and `owner` pick the vocabulary for the fields whose
  /// valid values the shape alone does not say.
  mutating func value(_ shape: Shape, key: String, owner: String, depth: Int) -> GeneratedYAML {
    switch (owner, key) {
    case ("DataField", "category"): return .quoted(pick(Self.categories))
    case ("DataSubjectGroup", "category"): return .quoted(pick(Self.subjects))
    case ("Waiver", "rule") where !ruleIDs.isEmpty && chance(0.8): return .quoted(pick(ruleIDs))
    default: break
    }
    switch shape {
    case .text, .expression, .any:
      return text()
    case .documentID:
      return .scalar(pick(["a", "bun-1", "x0", "lang-id-med-bindestreck"]))
    case .integer(let min, let max):
      let lo = min ?? -1000
      let hi = max ?? 1_000_000
      let edges = [lo, hi, lo + (hi - lo) / 2, Swift.min(hi, lo + 1)]
      let n = chance(0.4) ? pick(edges) : Int.random(in: lo...Swift.min(hi, lo + 500), using: &random)
      return .scalar(String(n))
    case .number(let min, let max):
      let lo = min ?? -1000
      let hi = max ?? 1_000_000
      if chance(0.3) { return .scalar(String(Int(pick([lo, hi].map { $0.rounded(.up) }.filter { $0 <= hi })))) }
      let x = Double.random(in: lo...Swift.min(hi, lo + 200), using: &random)
      return .scalar(String((x * 100).rounded() / 100))
    case .boolean:
      return .scalar(pick(["true", "false"]))
    case .date:
      if chance(0.3) { return .scalar(pick(["2024-02-29", "0001-01-01", "9999-12-31", "2026-11-29", "2026-11-30"])) }
      let year = Int.random(in: 2015...2030, using: &random)
      let month = Int.random(in: 1...12, using: &random)
      let day = Int.random(in: 1...28, using: &random)
      return .scalar(String(format: year, month, day))
    case .period:
      return .scalar(pick(["P1Y", "P6M", "P2W", "P30D", "P1Y6M", "P0D", "P3Y", "P1000Y", "P1D", "P12M"]))
    case .frequency:
      if chance(0.2) {
        return .map([.init(key: "per_year", value: .scalar(pick(["0", "1", "2.5", "100000", "52"])))])
      }
      return .scalar(pick(Frequency.names))
    case .oneOf(let words):
      return .quoted(pick(words))
    case .countryCode:
      return .scalar(pick(["SE", "NO", "US", "DE", "CN", "GB", "CH", "XX", "IN"]))
    case .localizedText:
      if chance(0.3) {
        var pairs: [GeneratedYAML.Pair] = []
        if chance(0.8) { pairs.append(.init(key: "sv", value: text())) }
        if chance(0.8) { pairs.append(.init(key: "en", value: text())) }
        return .map(pairs)
      }
      return text()
    case .booleanOrAuto:
      return .scalar(pick(["true", "false", "auto"]))
    case .planEntryReference:
      return .quoted(pick(["bun-ihp/3.2.1", "plan/1", "x/y"]))
    case .list(let element):
      let count = depth > 3 ? 0 : Int.random(in: (absentShare == 0 ? 1 : 0)...3, using: &random)
      return .list((0..<count).map { _ in value(element, key: key, owner: owner, depth: depth + 1) })
    case .object(let inner):
      return object(inner, depth: depth + 1)
    case .dictionary(let element):
      return .map([.init(key: "k", value: value(element, key: key, owner: owner, depth: depth + 1))])
    }
  }

  /// Texts people write, and texts that look like something else: a number kept as text,
  /// Swedish letters, a word that YAML could read as a boolean, a long text.
  private mutating func text() -> GeneratedYAML {
    switch Int.random(in: 0..<10, using: &random) {
    case 0: return .scalar(pick(["1.10", "42", "0", "-3"]))
    case 1: return .quoted(pick(["ja", "no", "true", "null", "~"]))
    case 2: return .quoted(String(repeating: "Långt syfte med åäö. ", count: Int.random(in: 5...40, using: &random)))
    case 3: return .quoted(pick(["SFS 2001:453", "9 kap. 2 § h", "Lag (2018:218) 3 kap. 5 §", "GDPR art. 6.1 e"]))
    case 4: return .quoted(pick(["bun", "hr", "bun-ihp", "elevhalsa", "f", "org"]))
    default:
      return .quoted(
        pick([
          "Underlag för arbetsmiljöinsatser", "Uppföljning", "Mätning", "kvalitet", "Elevhälsa", "Övrigt",
          "Statistik för lärande och utveckling i verksamheten", "x", "Kontroll",
        ]))
    }
  }
}

extension String {
  /// `YYYY-MM-DD`.
  fileprivate init(format year: Int, _ month: Int, _ day: Int) {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    self = "\(year)-\(two(month))-\(two(day))"
  }
}
