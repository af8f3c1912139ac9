import CEL
import Foundation
import TillitModel
import TillitYAML

/// A `--map` file: the headings tillit does not know, named by the field they fill.
///
///     columns:
///       "Systemets namn": name
///       "Diarienummer": ignore
///
/// Headings are compared as `HeadingCatalogue` compares them (case, punctuation and spacing
/// do not matter). A field name tillit does not know is an error at its line, with a "did
/// you mean".
public struct ImportMap: Sendable {
  var columns: [String: ImportField]

  public init(columns: [String: ImportField]) {
    self.columns = columns.reduce(into: [:]) { $0[NameNormalization.normalized($1.key)] = $1.value }
  }

  func field(for heading: String) -> ImportField? { columns[NameNormalization.normalized(heading)] }

  /// Reads and checks a map file for sheets of `kind`.
  public static func load(file: String, kind: ImportKind) throws(ImportError) -> ImportMap {
    guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
      throw .mapUnreadable(file: file)
    }
    let result = YAMLReader().read(text, file: file)
    if let error = result.errors.first { throw .mapInvalid(error.diagnostic) }
    let at = SourceLocation(file: file, line: 1, column: 1)
    guard let root = result.documents.first?.root, let columns = root["columns"], columns.isMapping else {
      throw .mapShape(at)
    }
    let known = ImportField.fields(for: kind)
    var map: [String: ImportField] = [:]
    for pair in columns.pairs {
      guard let heading = pair.key.text, let name = pair.value.text, pair.value.isScalar else {
        throw .mapShape(pair.key.start.location(in: file))
      }
      guard let field = ImportField(rawValue: name), known.contains(field) else {
        throw .mapUnknownField(
          pair.value.start.location(in: file), name: name, known: known.map(\.rawValue),
          suggestion: Suggestion.closest(to: name, among: known.map(\.rawValue)))
      }
      map[heading] = field
    }
    return ImportMap(columns: map)
  }
}
