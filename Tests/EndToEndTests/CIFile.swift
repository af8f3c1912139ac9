import Foundation
import Testing
import TillitYAML

/// A CI file of this repository (action.yml, examples/ci/*) read with tillit's own YAML
/// reader, so that tests run the shell commands exactly as written there and break when
/// the files change shape.
struct CIFile {
  /// A step of the composite action.
  struct ActionStep {
    var id: String
    var name: String
    /// The step's `if:`, empty when it has none.
    var condition: String
    /// The script of a `run:` step; nil for a `uses:` step.
    var script: String?
    var uses: String?
    /// `env:` as written, before `${{ }}` expressions are replaced.
    var environment: [String: String]
  }

  let path: String
  let root: YAMLNode

  init(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    self.path = path
    let url = TillitBinary.packageRoot.appendingPathComponent(path)
    let read = YAMLReader().read(try Data(contentsOf: url), file: path)
    #expect(read.errors.isEmpty, "\(path) is not valid YAML: \(read.errors)", sourceLocation: sourceLocation)
    guard let document = read.documents.first else {
      throw CIFileError(message: "\(path) holds no YAML document")
    }
    root = document.root
  }

  /// The value at a path of mapping keys.
  func node(_ keys: String...) -> YAMLNode? {
    var node: YAMLNode? = root
    for key in keys { node = node?[key] }
    return node
  }

  /// A mapping of scalars, as a dictionary.
  static func strings(_ node: YAMLNode?) -> [String: String] {
    guard let node else { return [:] }
    var strings: [String: String] = [:]
    for pair in node.pairs { strings[pair.keyText] = pair.value.text ?? "" }
    return strings
  }

  /// A sequence of scalars (a GitLab `script:`), as lines.
  static func lines(_ node: YAMLNode?) -> [String] {
    guard let node else { return [] }
    return node.items.map { $0.text ?? "" }
  }

  /// The composite action's steps, in order.
  var actionSteps: [ActionStep] {
    (node("runs", "steps").map { Array($0.items) } ?? []).map { step in
      ActionStep(
        id: step["id"]?.text ?? "", name: step["name"]?.text ?? "", condition: step["if"]?.text ?? "",
        script: step["run"]?.text, uses: step["uses"]?.text, environment: Self.strings(step["env"]))
    }
  }

  /// The action's inputs with their defaults.
  var actionInputDefaults: [String: String] {
    var defaults: [String: String] = [:]
    for pair in node("inputs").map({ Array($0.pairs) }) ?? [] {
      defaults[pair.keyText] = pair.value["default"]?.text ?? ""
    }
    return defaults
  }

  /// Replaces every `${{ name }}` in `text` from `context`, else with `fallback(name)`; a name
  /// neither gives is returned in `unknown`, so that a test fails when the file starts using
  /// one it does not provide.
  static func substitute(
    _ text: String, from context: [String: String], fallback: (String) -> String? = { _ in nil }
  ) -> (text: String, unknown: [String]) {
    var result = ""
    var unknown: [String] = []
    var rest = Substring(text)
    while let open = rest.range(of: "${{") {
      result += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].range(of: "}}") else {
        unknown.append(String(rest[open.lowerBound...]))
        rest = ""
        break
      }
      let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
      if let value = context[name] ?? fallback(name) {
        result += value
      } else {
        unknown.append(name)
      }
      rest = rest[close.upperBound...]
    }
    result += rest
    return (result, unknown)
  }
}

/// A CI file that cannot be used by the tests at all.
struct CIFileError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
