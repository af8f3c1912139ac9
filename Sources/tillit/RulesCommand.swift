import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// Loads the packs in effect (configuration, `--pack`), or stops with exit 2.
func packsInEffect(_ options: PackOptions, paths: [String], language: Language, color: Bool) throws -> [PolicyPack] {
  var renderer = DiagnosticRenderer(language: language, useColor: color)
  let (configuration, configurationDiagnostics) = options.configuration(for: paths)
  guard configurationDiagnostics.isEmpty else {
    Output.standardError(renderer.render(configurationDiagnostics))
    throw ExitCode(2)
  }
  let (packs, diagnostics) = configuration.loadPacks(extra: options.packs)
  guard diagnostics.isEmpty else {
    Output.standardError(renderer.render(diagnostics))
    throw ExitCode(2)
  }
  return packs
}

/// `tillit rules`: the rules in use, one line each.
struct RulesCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "rules",
      abstract: HelpText.text(
        sv: "Listar reglerna som används, en per rad.", en: "Lists the rules in use, one per line."))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions

  @Option(
    name: .customLong("pack"),
    help: ArgumentHelp(
      HelpText.text(sv: "Bara regler från detta paket.", en: "Only rules of this pack."), valueName: "ID"))
  var onlyPack: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(sv: "Bara regler med denna tagg.", en: "Only rules with this tag."), valueName: "TAG"))
  var tag: String?

  /// How the rules are listed: one line each, or the full reference `docs/rules.md` is made of.
  enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown
  }

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "text (en rad per regel) eller markdown (hela referensen med beskrivning, åtgärd och källor).",
        en: "text (one line per rule) or markdown (the full reference with description, remedy and sources)."),
      valueName: "FORMAT"))
  var format: ListFormat = .text

  func run() throws {
    let language = common.language
    let packs = try packsInEffect(packOptions, paths: ["."], language: language, color: common.useColorOnStandardError)
    let color = common.useColorOnStandardError
    try UnknownValueError.refuse(onlyPack, option: "--pack", known: packs.map(\.id), language: language, color: color)
    try UnknownValueError.refuse(
      tag, option: "--tag", known: packs.flatMap { $0.distinctRules.flatMap(\.tags) }, language: language, color: color)
    if format == .markdown {
      let selected = packs.filter { onlyPack == nil || $0.id == onlyPack }.map { pack in
        pack.filteringRules { tag == nil || $0.tags.contains(tag!) }
      }
      Output.standardOutput(RuleReference(language: language).markdown(selected))
      return
    }
    var lines: [String] = []
    for pack in packs where onlyPack == nil || pack.id == onlyPack {
      for rule in pack.distinctRules where tag == nil || rule.tags.contains(tag!) {
        lines.append(
          rule.id.padding(toLength: 16, withPad: " ", startingAt: 0) + " "
            + rule.severity.label.text(language).padding(toLength: 8, withPad: " ", startingAt: 0) + " "
            + rule.packID.padding(toLength: 8, withPad: " ", startingAt: 0) + " " + rule.title.text(language))
      }
    }
    Output.standardOutput(lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"))
  }
}

/// `tillit explain RULE`: everything about one rule.
struct ExplainCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "explain",
      abstract: HelpText.text(
        sv: "Visar allt om en regel: varför, källor, vad den kontrollerar och dess exempel.",
        en: "Shows everything about one rule: why, sources, what it checks and its examples."))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions

  @Argument(help: ArgumentHelp(HelpText.text(sv: "Regelns id.", en: "The rule id."), valueName: "RULE"))
  var ruleID: String

  func run() throws {
    let language = common.language
    let packs = try packsInEffect(packOptions, paths: ["."], language: language, color: common.useColorOnStandardError)
    let rules = packs.flatMap(\.distinctRules)
    guard let rule = rules.first(where: { $0.id == ruleID }) else {
      let hint = Suggestion.closest(to: ruleID, among: rules.map(\.id))
      throw ValidationError(
        LocalizedText(
          sv: "regeln '\(ruleID)' finns inte\(hint.map { "; menade du \($0)?" } ?? ""); tillit rules listar dem",
          en: "rule '\(ruleID)' does not exist\(hint.map { "; did you mean \($0)?" } ?? ""); tillit rules lists them"
        ).text(language))
    }
    let sv = language == .sv
    var text = "\(rule.id) — \(rule.title.text(language))\n"
    text +=
      (sv ? "Paket: " : "Pack: ") + rule.packID + "   " + (sv ? "Allvarlighet: " : "Severity: ")
      + rule.severity.label.text(language) + "   " + (sv ? "Gäller: " : "Applies to: ") + rule.kindsText
      + (rule.forEach.map { sv ? ", varje \($0)" : ", each \($0)" } ?? "") + "\n"
    if let description = rule.description { text += "\n" + description.text(language) + "\n" }
    text += "\n" + (sv ? "Meddelande: " : "Message: ") + rule.messageText.text(language) + "\n"
    if let remediation = rule.remediation { text += (sv ? "Åtgärd: " : "Remedy: ") + remediation.text(language) + "\n" }
    if !rule.references.isEmpty {
      text += "\n" + (sv ? "Källor:\n" : "References:\n")
      for reference in rule.references { text += "  - " + reference.text + "\n" }
    }
    text += "\n" + (sv ? "Kontrollerar:\n" : "Checks:\n")
    if let when = rule.whenSource { text += "  when:   " + when.trimmingCharacters(in: .whitespacesAndNewlines) + "\n" }
    text += "  assert: " + rule.assertSource.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    if let path = rule.path { text += "  path:   " + path + "\n" }
    if let escalation = rule.escalation {
      text +=
        "  escalate: " + escalation.severity.label.text(language).lowercased() + (sv ? " när " : " when ")
        + escalation.whenSource.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }
    if !rule.tags.isEmpty { text += "\n" + (sv ? "Taggar: " : "Tags: ") + rule.tags.joined(separator: ", ") + "\n" }
    let (passing, failing) = rule.exampleCount
    text +=
      "\n"
      + (sv
        ? "Exempel: \(passing) som ska passera, \(failing) som ska ge fynd (tillit test kör dem); källa \(rule.location)\n"
        : "Examples: \(passing) that must pass, \(failing) that must fail (tillit test runs them); source \(rule.location)\n")
    Output.standardOutput(text)
  }
}

/// `tillit test [PACK...]`: runs every rule's examples.
struct TestCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "test",
      abstract: HelpText.text(
        sv: "Kör exemplen i varje regel (de inbyggda paketen om inget anges). Slutkod 1 om något exempel fallerar.",
        en: "Runs every rule's examples (the built-in packs unless packs are given). Exit code 1 if an example fails."))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var date: TodayOption

  @Argument(
    help: ArgumentHelp(
      HelpText.text(sv: "Paketfiler eller inbyggda namn.", en: "Pack files or built-in names."), valueName: "PACK"))
  var packs: [String] = []

  func run() throws {
    let language = common.language
    var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
    let references = packs.isEmpty ? PolicyPackLoader.builtInNames : packs
    var loaded: [PolicyPack] = []
    var diagnostics: [Diagnostic] = []
    for reference in references {
      let result = PolicyPackLoader().load(reference)
      diagnostics += result.diagnostics
      if let pack = result.pack { loaded.append(pack) }
    }
    guard diagnostics.isEmpty else {
      Output.standardError(renderer.render(diagnostics))
      throw ExitCode(2)
    }
    let tester = PackTester(today: try date.resolved(language: language))
    // Counted per rule id: a rule written for several kinds runs its examples once per kind.
    var failedIDs = Set<String>()
    var ids = Set<String>()
    var examples = 0
    for pack in loaded {
      for outcome in tester.run(pack) {
        ids.insert(outcome.ruleID)
        examples += outcome.examples
        if outcome.passed { continue }
        failedIDs.insert(outcome.ruleID)
        Output.standardError(
          renderer.render(outcome.problems.map { Diagnostic(location: $0.location, message: $0.message) }))
      }
    }
    let (total, failed) = (ids.count, failedIDs.count)
    let sv = language == .sv
    Output.standardOutput(
      sv
        ? "\(total - failed) regler godkända, \(failed) underkända (\(examples) exempel i \(loaded.count) paket).\n"
        : "\(total - failed) passed, \(failed) failed (\(examples) examples in \(loaded.count) pack\(loaded.count == 1 ? "" : "s")).\n"
    )
    if failed > 0 { throw ExitCode(1) }
  }
}
