import CEL
import Foundation
import TillitFacts
import TillitModel
import TillitYAML

/// A message with `{{ expression }}` parts, compiled once with the rule's variables and
/// rendered for each finding. A part that fails to evaluate shows its own expression text,
/// so a message never disappears because of one bad part.
///
/// A template is rendered in the language of its text, and each value as a person reads it in
/// that language (RULES.md §9.5): a value of one of the schema's value sets by its label, a
/// role, committee or document id by its name, a period in words, a number with the language's
/// separators, a list as "a, b och c". Which of these applies is decided when the pack loads,
/// from the field the expression ends in (`item.legal_basis`, `doc.respondents.map(r, r.role)`),
/// so a user's pack gets the same words without asking; `MessageFunctions` covers what the
/// field does not tell.
public struct MessageTemplate: Sendable {
  enum Part: Sendable {
    case text(String)
    /// `field`: the key of the field whose value the expression yields, when it ends in one.
    case expression(CompiledExpression, source: String, field: String?)
  }

  let parts: [Part]
  /// The language the text is written in, and so its values are rendered in.
  let language: Language

  /// What the template's expressions read, together.
  public var references: ExpressionReferences {
    parts.reduce(ExpressionReferences()) { result, part in
      if case .expression(let compiled, _, _) = part { return result.union(compiled.references) }
      return result
    }
  }

  /// The plain text with the expressions as written, for listings.
  public var plainText: String {
    parts.map {
      switch $0 {
      case .text(let t): return t
      case .expression(_, let source, _): return "{{ \(source) }}"
      }
    }.joined()
  }

  /// Splits `text` into literal text and expressions, compiling each; an error's range is
  /// given in Unicode scalars of the whole `text`, so it can be located in the pack.
  static func parse(
    _ text: String, language: Language, compile: (String) throws(ExpressionError) -> CompiledExpression
  )
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
          throw ExpressionError(CELMessage(Texts.messageTemplateUnclosed), i..<(i + 2))
        }
        if !literal.isEmpty {
          parts.append(.text(String(literal)))
          literal = String.UnicodeScalarView()
        }
        let inner = String(String.UnicodeScalarView(scalars[(i + 2)..<j]))
        let leading = inner.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
        let source = inner.trimmingCharacters(in: .whitespaces)
        do {
          let compiled = try compile(source)
          parts.append(.expression(compiled, source: source, field: (try? Parser.parse(source)).flatMap(Self.field)))
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
    return MessageTemplate(parts: parts, language: language)
  }

  /// Renders, noting each part that failed (its source and why), so `tillit test` can
  /// report a message that would show an expression instead of a value.
  func render(in activation: Activation, failures: inout [String]) -> String {
    var output = ""
    for part in parts {
      switch part {
      case .text(let t): output += t
      case .expression(let expression, let source, let field):
        do {
          let value = try expression.evaluate(in: activation)
          let workspace = Self.workspaceSlot < activation.slots.count ? activation.slots[Self.workspaceSlot] : nil
          output += MessageTemplate.display(value, field: field, language: language, workspace: workspace)
        } catch {
          output += source
          let reason = error.message.en
          failures.append("{{ \(source) }}: \(reason)")
        }
      }
    }
    return output
  }

  private static let workspaceSlot = RuleScope.variables.firstIndex(of: "ws")!

  /// Fields whose text is the id of something the workspace names: a role, forum, committee,
  /// collection or follow-up.
  static let namedFields: Set<String> = [
    "controller", "role", "asked_of", "participants", "forum_or_role", "derived_from", "collections", "combines",
    "followup", "forum", "served",
  ]

  /// Fields whose text is the user's own (an id, a name, a reference): shown as written.
  static let freeTextFields: Set<String> = [
    "id", "name", "path", "recipient", "text", "description", "law", "ref", "category", "key", "provider",
  ]

  /// The key of the field an expression's value comes from: `b` for `a.b`, `a.b[0]` and
  /// `a.map(x, x.b)`, either branch of a conditional; nil when it ends in anything else
  /// (a call, an operator, a literal).
  static func field(of expression: Expr) -> String? {
    switch expression.kind {
    case .select(_, let field): return field
    case .call(function: "_[_]", target: nil, let arguments) where arguments.count == 2:
      if case .select = arguments[0].kind { return field(of: arguments[0]) }
      return nil
    case .comprehension(.map, _, _, let arguments): return arguments.last.flatMap(field(of:))
    case .comprehension(.filter, _, let range, _): return field(of: range)
    case .conditional(_, let a, let b): return field(of: a) ?? field(of: b)
    default: return nil
    }
  }

  /// How a value reads inside a sentence of `language`. `field` is the key of the field it
  /// comes from, if known; `workspace` the rule's `ws`, to name ids.
  static func display(_ value: Value, field: String?, language: Language, workspace: Value?) -> String {
    switch value {
    case .list(let list):
      return ValueWords.list(
        list.items.map { display($0, field: field, language: language, workspace: workspace) }, language)
    case .null: return "–"
    case .string(let text):
      if let field, namedFields.contains(field), let workspace {
        return MessageFunctions.name(value, workspace: workspace, language)
      }
      // A taxonomy key (`special.health`) by the name the taxonomy gives it.
      if field == "category", let entry = Taxonomy.builtIn.categories[text] ?? Taxonomy.builtIn.subjects[text] {
        return entry.name.text(language)
      }
      // A forum's `meets` is a frequency like any other.
      let set = field == "meets" ? "frequency" : field
      if let set, ValueLabels.hasValueSet(set) {
        return ValueLabels.label(field: set, value: text)?.text(language) ?? text
      }
      // A field of free text, or none known (a pack's variable, a fact): a text that is a value
      // of some set, such as a list of categories a pack builds, still reads by its label.
      // Ids and free text the user wrote are never relabelled.
      if !(field.map(freeTextFields.contains) ?? false), looksLikeValue(text),
        let label = ValueLabels.label(value: text)
      {
        return label.text(language)
      }
      return text
    case .int(let i): return NumberFormat.format(Double(i), decimals: 0, language: language)
    case .uint(let u): return NumberFormat.format(Double(u), decimals: 0, language: language)
    case .double(let d): return ValueWords.decimal(d, language)
    case .bool(let b): return ValueWords.boolean(b, language)
    case .period(let period): return ValueWords.period(period, language)
    case .map(let map):
      // A text in both languages, a frequency `{per_year: N}`, or a named thing.
      if let text = MessageFunctions.localized(value, language), map["sv"] != nil || map["en"] != nil { return text }
      if let perYear = map["per_year"] {
        switch perYear {
        case .int(let n): return ValueWords.frequency(.perYear(Double(n)), language)
        case .double(let n): return ValueWords.frequency(.perYear(n), language)
        default: break
        }
      }
      if map["name"] != nil || map["id"] != nil { return MessageFunctions.name(value, workspace: workspace, language) }
      return (try? StringFormatter.plain(value)) ?? value.type.name
    default: return (try? StringFormatter.plain(value)) ?? value.type.name
    }
  }

  /// A text that could be a value of a value set (`legal_obligation`, `9.2.h`): lower-case
  /// letters, digits, `_` and `.`; free text with spaces or capitals is never relabelled.
  private static func looksLikeValue(_ text: String) -> Bool {
    !text.isEmpty
      && text.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "."
      }
  }
}
