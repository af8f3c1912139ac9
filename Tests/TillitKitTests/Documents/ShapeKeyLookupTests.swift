import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

/// Validation finds a document's keys from their bytes; these pin that it finds exactly what
/// String equality found before, and names paths and errors as before.
@Suite struct ShapeKeyLookupTests {
  static let shape = ObjectShape(
    "Test",
    [
      .init("Kelvin", .text), .init("name", .text, required: true), .init("size", .integer(min: 0, max: 9)),
      .init("nested", .object(ObjectShape("Nested", [.init("id", .documentID)]))),
      .init("limits", .dictionary(.integer(min: 0, max: 9))), .init("title", .localizedText),
      .init("role", .localizedText),
    ])

  func errors(_ text: String) throws -> [DocumentError] {
    let read = YAMLReader().read(text, file: "s.yaml")
    #expect(read.errors.isEmpty, "\(read.errors)")
    let document = try #require(read.documents.first)
    var validator = ShapeValidator(document: document)
    validator.validate(document.root, against: Self.shape)
    return validator.errors
  }

  @Test func aKeySpelledWithACanonicallyEquivalentCharacterStillFindsItsField() throws {
    // U+212A KELVIN SIGN is canonically equivalent to K: equal as Strings, not as bytes.
    #expect(try errors("\u{212A}elvin: x\nname: n\n").isEmpty)
    #expect(try errors("\u{212A}elvin: [x]\nname: n\n").map(\.location?.line) == [1])
  }

  @Test func keysFoundByTheirBytesNameTheirPathInErrors() throws {
    let found = try errors("name: n\nsize: 12\nnested:\n  id: Not-An-Id\n")
    #expect(found.count == 2)
    guard case .outOfRange(let path, _, _, _, _) = found.first else {
      Issue.record("expected outOfRange, got \(found)")
      return
    }
    #expect(path == "size")
    guard case .invalidValue(let nestedPath, _, _, _) = found.last else {
      Issue.record("expected invalidValue, got \(found)")
      return
    }
    #expect(nestedPath == "nested.id")
  }

  @Test func aDictionaryKeyIsNamedInThePathAsTheUserWroteIt() throws {
    let found = try errors("name: n\nlimits:\n  min-regel: 12\n")
    guard case .outOfRange(let path, _, _, _, _)? = found.first, found.count == 1 else {
      Issue.record("expected one outOfRange, got \(found)")
      return
    }
    #expect(path == "limits.min-regel")
  }

  @Test func aTextInsideSvOrEnTakesTheLimitOfTheFieldAroundIt() throws {
    // `role` is a short field (1,000 characters), whether written plainly or per language;
    // `title` is free text.
    let long = String(repeating: "å", count: 1_001)
    let found = try errors("name: n\nrole: {sv: \(long)}\ntitle: {en: \(long)}\n")
    guard case .textTooLong(let path, _, let limit, _)? = found.first, found.count == 1 else {
      Issue.record("expected one textTooLong, got \(found)")
      return
    }
    #expect(path == "role.sv")
    #expect(limit == ShapeValidator.shortTextLimit)
  }

  @Test func unknownAndNoteKeysAreTreatedAsBefore() throws {
    let found = try errors("name: n\nx-note: free\nnam: typo\n\"\": empty\n")
    #expect(found.count == 2)
    guard case .unknownKey(_, let key, let suggestion, _, _) = found.first else {
      Issue.record("expected unknownKey, got \(found)")
      return
    }
    #expect(key == "nam")
    #expect(suggestion == "name")
  }
}
