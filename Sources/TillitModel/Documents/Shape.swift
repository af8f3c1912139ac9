import CEL
import TillitYAML

/// The expected form of a value in a tillit document.
///
/// One description drives three things, so they cannot drift apart: load-time validation
/// (`ShapeValidator`), the JSON Schema that `tillit schema` prints for editors, and, later,
/// how document values are typed for expressions.
public indirect enum Shape: Sendable {
  /// Any text. Plain numbers are accepted and kept exactly as written (`id: 1.10` is "1.10"),
  /// because ids and references often look like numbers; booleans are refused.
  case text
  /// An expression in the rule language: any scalar (so `assert: true` is the expression
  /// `true`), kept as written.
  case expression
  /// A document id: lower-case letters, digits and `-`.
  case documentID
  /// A whole number within bounds.
  case integer(min: Int?, max: Int?)
  /// Any number within bounds.
  case number(min: Double?, max: Double?)
  case boolean
  /// `YYYY-MM-DD`, a real calendar date.
  case date
  /// An ISO 8601 duration with date parts only: `P3Y`, `P6M`, `P2W`, `P30D`, `P1Y6M`.
  case period
  /// `daily`, `weekly`, … or `{per_year: N}`.
  case frequency
  /// One of a closed set of words.
  case oneOf([String])
  /// Two upper-case letters (ISO 3166-1 alpha-2); `NO` is Norway.
  case countryCode
  /// A text in both languages, `{sv: …, en: …}`, or a single text used for both.
  case localizedText
  /// `true`, `false` or `auto`.
  case booleanOrAuto
  /// `<plan id>/<entry id>`.
  case planEntryReference
  case list(Shape)
  case object(ObjectShape)
  /// A mapping with keys of the user's choosing (rule ids, for instance), values of one shape.
  case dictionary(Shape)
  /// Anything YAML can hold: an inline example document, checked later on its own terms.
  case any

  /// A short English/Swedish name for messages ("a date (YYYY-MM-DD)").
  var expectation: LocalizedText {
    switch self {
    case .text: return Texts.shapeText
    case .expression: return Texts.shapeExpression
    case .documentID: return Texts.shapeDocumentId
    case .integer: return Texts.shapeInteger
    case .number: return Texts.shapeNumber
    case .boolean: return Texts.shapeBoolean
    case .date: return Texts.shapeDate
    case .period:
      // The limit Period enforces, so the description cannot fall behind it.
      return Texts.shapePeriod(years: Int(Period.maxApproximateDays / 365.25))
    case .frequency: return Texts.shapeFrequency(names: Frequency.names.joined(separator: ", "))
    case .oneOf(let values): return Texts.shapeOneOf(values: values.joined(separator: ", "))
    case .countryCode: return Texts.shapeCountryCode
    case .localizedText: return Texts.shapeLocalizedText
    case .booleanOrAuto: return Texts.shapeBooleanOrAuto
    case .planEntryReference: return Texts.shapePlanEntryReference
    case .list: return Texts.shapeList
    case .object, .dictionary: return Texts.shapeMapping
    case .any: return Texts.shapeAny
    }
  }
}

/// A mapping with a fixed set of keys. Unknown keys are errors (a typo must never silently
/// disable a check), except `x-` keys, which are free for the user's own notes.
public struct ObjectShape: Sendable {
  public struct Field: Sendable {
    public var key: String
    public var shape: Shape
    /// Required to load. Most fields are only *expected*: their absence is a finding of the rule
    /// packs, not a load error (SCHEMA.md: missing content is a finding).
    public var required: Bool

    public init(_ key: String, _ shape: Shape, required: Bool = false) {
      self.key = key
      self.shape = shape
      self.required = required
    }
  }

  /// Everything an object shape holds, behind one reference: validation passes shapes around
  /// for every mapping it reads, and a copy should cost one retain, not one per array.
  private final class Storage: Sendable {
    let name: String
    let fields: [Field]
    let requiredFields: [Field]
    /// Field position by key, built once: validation looks a key up for every pair it reads.
    let positions: [String: Int]
    /// Every key's UTF-8 bytes end to end, and where each ends: validation finds a document's
    /// key from its bytes in the tree, without making and hashing a String for every pair.
    let keyBytes: [UInt8]
    let keyEnds: [Int]

    init(name: String, fields: [Field]) {
      self.name = name
      self.fields = fields
      self.requiredFields = fields.filter(\.required)
      var positions: [String: Int] = [:]
      for (i, field) in fields.enumerated() { positions[field.key] = i }
      self.positions = positions
      self.keyBytes = fields.flatMap { Array($0.key.utf8) }
      var end = 0
      self.keyEnds = fields.map { field in
        end += field.key.utf8.count
        return end
      }
    }
  }

  private let storage: Storage

  /// A name for the JSON Schema's `$defs`, e.g. `Indicator`.
  public var name: String { storage.name }
  public var fields: [Field] { storage.fields }
  /// The fields a document cannot load without, kept apart because validation asks for them
  /// on every mapping it reads.
  public var requiredFields: [Field] { storage.requiredFields }

  public init(_ name: String, _ fields: [Field]) {
    storage = Storage(name: name, fields: fields)
  }

  public func field(_ key: String) -> Field? {
    storage.positions[key].map { storage.fields[$0] }
  }

  /// The shape of the field at a position, without copying the rest of the field.
  func fieldShape(at index: Int) -> Shape {
    storage.fields[index].shape
  }

  /// The position of the field whose key is exactly these bytes, or nil. String equality is
  /// wider (canonically equivalent spellings are equal), so a miss is not the last word: the
  /// caller then asks `field(_:)`.
  func fieldIndex(ofKeyBytes key: UnsafeBufferPointer<UInt8>) -> Int? {
    withFieldFinder { find in find(key) }
  }

  /// Calls `body` with a function that finds a field's position from a key's bytes (as
  /// `fieldIndex(ofKeyBytes:)` does), set up once for all the keys of a mapping.
  func withFieldFinder<R>(_ body: ((UnsafeBufferPointer<UInt8>) -> Int?) -> R) -> R {
    let storage = storage
    return storage.keyBytes.withUnsafeBufferPointer { all in
      storage.keyEnds.withUnsafeBufferPointer { ends in
        body { key in
          guard let wanted = key.baseAddress, !key.isEmpty, let base = all.baseAddress else { return nil }
          var start = 0
          for i in 0..<ends.count {
            let end = ends[i]
            if end - start == key.count, base[start] == wanted[0], memcmp(base + start, wanted, key.count) == 0 {
              return i
            }
            start = end
          }
          return nil
        }
      }
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
