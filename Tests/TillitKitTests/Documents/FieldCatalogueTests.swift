import Foundation
import Testing

@testable import TillitEngine
@testable import TillitModel
@testable import TillitYAML

/// Every field of every file tillit reads has a title and a description in both languages, so
/// that editor hover and the docs' field tables never show a bare key.
@Suite struct FieldCatalogueTests {
  /// Every object shape reachable from the documents, `tillit.yaml` and a policy pack.
  static var everyShape: [ObjectShape] {
    var seen: Set<String> = []
    var shapes: [ObjectShape] = []
    func inner(_ shape: Shape) -> ObjectShape? {
      switch shape {
      case .object(let object): return object
      case .list(let element): return inner(element)
      default: return nil
      }
    }
    func visit(_ shape: ObjectShape) {
      guard seen.insert(shape.name).inserted else { return }
      shapes.append(shape)
      for field in shape.fields { inner(field.shape).map(visit) }
    }
    DocumentKind.allCases.map(DocumentSchema.shape(of:)).forEach(visit)
    visit(FileSchemas.configuration)
    visit(FileSchemas.policyPack)
    return shapes
  }

  @Test func everyFieldHasATitleAndDescriptionInBothLanguages() {
    var missing: [String] = []
    for shape in Self.everyShape {
      for field in shape.fields {
        guard let entry = FieldCatalogue.entry(shape: shape.name, key: field.key) else {
          missing.append("\(shape.name).\(field.key): no entry")
          continue
        }
        for (what, text) in [("title", entry.title), ("description", entry.description)] {
          if text.sv.trimmingCharacters(in: .whitespaces).isEmpty
            || text.en.trimmingCharacters(in: .whitespaces).isEmpty
          {
            missing.append("\(shape.name).\(field.key): \(what) lacks a language")
          }
        }
      }
    }
    #expect(missing.isEmpty, "\(missing.joined(separator: "\n"))")
  }

  /// Two shapes of one name would share `$defs` and a heading, and one of them would be
  /// described by the other's catalogue entries: names must say one set of fields.
  @Test func shapesOfOneNameHaveTheSameFields() {
    var fieldsByName: [String: [String]] = [:]
    var conflicts: [String] = []
    func inner(_ shape: Shape) -> ObjectShape? {
      switch shape {
      case .object(let object): return object
      case .list(let element): return inner(element)
      default: return nil
      }
    }
    func visit(_ shape: ObjectShape) {
      let keys = shape.fields.map(\.key)
      if let known = fieldsByName[shape.name] {
        if known != keys { conflicts.append(shape.name) }
        return
      }
      fieldsByName[shape.name] = keys
      for field in shape.fields { inner(field.shape).map(visit) }
    }
    DocumentKind.allCases.map(DocumentSchema.shape(of:)).forEach(visit)
    visit(FileSchemas.configuration)
    visit(FileSchemas.policyPack)
    #expect(conflicts.isEmpty, "shapes named alike with different fields: \(conflicts)")
  }

  @Test func theJSONSchemaShowsTheCataloguesTextInTheChosenLanguage() {
    let swedish = JSONSchemaGenerator.generate(language: .sv)
    let english = JSONSchemaGenerator.generate(language: .en)
    #expect(swedish.contains("\"title\" : \"Rättslig grund\""))
    #expect(english.contains("\"title\" : \"Legal basis\""))
    #expect(!english.contains("Rättslig grund"))
  }
}
