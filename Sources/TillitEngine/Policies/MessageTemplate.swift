import CEL
import Foundation
import TillitFacts
import TillitModel
import TillitYAML

/// A message with `{{ expression }}` parts, compiled once with the rule's variables and
/// rendered for each finding. A part that fails to evaluate shows its own expression text,
/// so a message never disappears because of one bad part.
public struct MessageTemplate: Sendable {
  enum Part: Sendable {
    case text(String)
    case expression(CompiledExpression, source: String)
  }

  let parts: [Part]

  /// What the template's expressions read, together.
  public var references: ExpressionReferences {
    parts.reduce(ExpressionReferences()) { result, part in
      if case .expression(let compiled, _) = part { return result.union(compiled.references) }
      return result
    }
  }

  /// The plain text with the expressions as written, for listings.
  public var plainText: String {
    parts.map {
      switch $0 {
      case .text(let t): return t
      case .expression(_, let source): return "{{ \(source) }}"
      }
    }.joined()
  }

  /// Splits `text` into literal text and expressions, compiling each; an error's range is
  /// given in Unicode scalars of the whole `text`, so it can be located in the pack.
  static func parse(_ text: String, compile: (String) throws(ExpressionError) -> CompiledExpression)
    throws(ExpressionError) -> MessageTemplate
  {
    var parts: [Part] = []
    let scalars = Array(text.unicodeScalars)
    var literal = String.UnicodeScalarView()
    var i = 0
    while i < scalars.count {
      if scalars[i] == "{", i + 1 < scalars.count, scalars[i + 1] == "{" {
        var j = i + 2
        while j + 1 < scalars.count, !(scalars[j] == "}" && scalars[j + 1] == "}") { j += 1 }
        guard j + 1 < scalars.count else {
          throw ExpressionError(sv: "{{ avslutas aldrig med }}", en: "{{ is never closed with }}", i..<(i + 2))
        }
        if !literal.isEmpty {
          parts.append(.text(String(literal)))
          literal = String.UnicodeScalarView()
        }
        let inner = String(String.UnicodeScalarView(scalars[(i + 2)..<j]))
        let leading = inner.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
        let source = inner.trimmingCharacters(in: .whitespaces)
        do {
          parts.append(.expression(try compile(source), source: source))
        } catch {
          throw ExpressionError(
            error.message, (error.range.lowerBound + i + 2 + leading)..<(error.range.upperBound + i + 2 + leading))
        }
        i = j + 2
        continue
      }
      literal.append(scalars[i])
      i += 1
    }
    if !literal.isEmpty { parts.append(.text(String(literal))) }
    return MessageTemplate(parts: parts)
  }

  /// Renders, noting each part that failed (its source and why), so `tillit test` can
  /// report a message that would show an expression instead of a value.
  func render(in activation: Activation, failures: inout [String]) -> String {
    var output = ""
    for part in parts {
      switch part {
      case .text(let t): output += t
      case .expression(let expression, let source):
        do {
          output += MessageTemplate.display(try expression.evaluate(in: activation))
        } catch {
          output += source
          let reason = error.message.en
          failures.append("{{ \(source) }}: \(reason)")
        }
      }
    }
    return output
  }

  /// How a value reads inside a sentence: text without quotes, lists joined by commas,
  /// numbers shortest.
  static func display(_ value: Value) -> String {
    switch value {
    case .list(let list): return list.items.map(display).joined(separator: ", ")
    case .null: return "–"
    default: return (try? StringFormatter.plain(value)) ?? value.type.name
    }
  }
}
