import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// The reference of the rules in some packs, as Markdown: what `docs/rules.md` is made
/// of. It is generated from the packs rather than written by hand so that it can never
/// drift from what `tillit check` actually enforces (a test compares the two).
public struct RuleReference: Sendable {
  public var language: Language

  public init(language: Language) { self.language = language }

  public func markdown(_ packs: [PolicyPack]) -> String {
    var output = "# " + Texts.ruleReferenceTitle.text(language) + "\n\n"
    output += Texts.ruleReferenceGeneratedBy.text(language) + "\n\n"
    for pack in packs {
      output += "- [\(pack.id) — \(pack.title.text(language))](#\(anchor(pack.id))) (\(pack.distinctRules.count))\n"
    }
    for pack in packs {
      output += "\n## \(pack.id)\n\n**\(pack.title.text(language))**"
      if let version = pack.version { output += " (\(version))" }
      output += "\n\n"
      if let description = pack.description { output += paragraph(description.text(language)) + "\n\n" }
      let columns = [
        Texts.ruleReferenceColumnRule, Texts.ruleReferenceColumnSeverity, Texts.ruleReferenceColumnAppliesTo,
        Texts.ruleReferenceColumnTitle,
      ]
      output += "| " + columns.map { $0.text(language) }.joined(separator: " | ") + " |\n"
      output += "|---|---|---|---|\n"
      for rule in pack.distinctRules {
        output +=
          "| [`\(rule.id)`](#\(anchor(rule.id))) | \(rule.severity.label.text(language)) | \(appliesTo(rule)) | "
          + cell(rule.title.text(language)) + " |\n"
      }
      for rule in pack.distinctRules { output += "\n" + section(rule) }
    }
    return output
  }

  private func section(_ rule: Rule) -> String {
    var output = "### \(rule.id)\n\n**\(rule.title.text(language))** — \(rule.severity.label.text(language)), "
    if let escalation = rule.escalation {
      output +=
        Texts.ruleReferenceEscalation(severity: escalation.severity.label, condition: code(escalation.whenSource))
        .text(language) + ", "
    }
    output += Texts.ruleReferenceAppliesTo(kinds: appliesTo(rule)).text(language) + "\n\n"
    if let description = rule.description { output += paragraph(description.text(language)) + "\n\n" }
    if let remediation = rule.remediation {
      output += Texts.ruleReferenceRemedy.text(language) + " " + paragraph(remediation.text(language)) + "\n\n"
    }
    if !rule.references.isEmpty {
      output += Texts.ruleReferenceReferences.text(language) + "\n\n"
      for reference in rule.references {
        let text = paragraph(reference.text)
        output += "- " + (reference.url.map { "[\(text)](\($0))" } ?? text) + "\n"
      }
      output += "\n"
    }
    let checks =
      rule.whenSource.map { Texts.ruleReferenceChecksWhen(assertion: code(rule.assertSource), condition: code($0)) }
      ?? Texts.ruleReferenceChecks(assertion: code(rule.assertSource))
    output += checks.text(language) + "\n"
    if !rule.tags.isEmpty {
      output += "\n" + Texts.ruleReferenceTags(tags: rule.tags.joined(separator: ", ")).text(language) + "\n"
    }
    return output
  }

  private func appliesTo(_ rule: Rule) -> String {
    rule.forEach.map { Texts.ruleReferenceKindsEach(kinds: rule.kindsText, path: "\($0)").text(language) }
      ?? rule.kindsText
  }

  /// GitHub's heading anchors: lower case, spaces to hyphens, most punctuation dropped.
  private func anchor(_ heading: String) -> String {
    String(
      heading.lowercased().unicodeScalars.compactMap { scalar -> Character? in
        if scalar == " " { return "-" }
        if scalar == "-" || scalar == "_" || CharacterSet.alphanumerics.contains(scalar) { return Character(scalar) }
        return nil
      })
  }

  private func paragraph(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines).split(whereSeparator: \.isNewline).map {
      $0.trimmingCharacters(in: .whitespaces)
    }.joined(separator: " ")
  }

  private func cell(_ text: String) -> String { paragraph(text).replacingOccurrences(of: "|", with: "\\|") }

  /// An expression on one line inside backticks (a backtick in it would end the span).
  private func code(_ text: String) -> String {
    paragraph(text).replacingOccurrences(of: "`", with: "'")
  }
}
