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
      abstract: HelpText.text(Texts.helpRulesAbstract))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions

  @Option(
    name: .customLong("pack"),
    help: ArgumentHelp(
      HelpText.text(Texts.helpRulesPack), valueName: "ID"))
  var onlyPack: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpRulesTag), valueName: HelpText.text(Texts.helpValueTag)))
  var tag: String?

  /// How the rules are listed: one line each, or the full reference `docs/rules.md` is made of.
  enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown
  }

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpRulesFormat),
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
      abstract: HelpText.text(Texts.helpExplainAbstract))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions

  @Argument(help: ArgumentHelp(HelpText.text(Texts.helpExplainRule), valueName: HelpText.text(Texts.helpValueRule)))
  var ruleID: String

  func run() throws {
    let language = common.language
    let packs = try packsInEffect(packOptions, paths: ["."], language: language, color: common.useColorOnStandardError)
    let rules = packs.flatMap(\.distinctRules)
    guard let rule = rules.first(where: { $0.id == ruleID }) else {
      let hint = Suggestion.closest(to: ruleID, among: rules.map(\.id))
      throw ValidationError(
        (hint.map { Texts.explainNoSuchRuleSuggestion(rule: ruleID, suggestion: $0) }
          ?? Texts.explainNoSuchRule(rule: ruleID)).text(language))
    }
    let say = { (text: LocalizedText) in text.text(language) }
    var text = "\(rule.id) — \(rule.title.text(language))\n"
    let appliesTo =
      rule.forEach.map { Texts.explainAppliesToEach(kinds: rule.kindsText, each: "\($0)") }
      ?? Texts.explainAppliesTo(kinds: rule.kindsText)
    text +=
      say(Texts.explainPack(pack: rule.packID)) + "   "
      + say(Texts.explainSeverity(severity: rule.severity.label.text(language))) + "   " + say(appliesTo) + "\n"
    if let description = rule.description { text += "\n" + description.text(language) + "\n" }
    text += "\n" + say(Texts.explainMessage(message: rule.messageText.text(language))) + "\n"
    if let remediation = rule.remediation {
      text += say(Texts.explainRemedy(remedy: remediation.text(language))) + "\n"
    }
    if !rule.references.isEmpty {
      text += "\n" + say(Texts.explainReferences) + "\n"
      for reference in rule.references { text += "  - " + reference.text + "\n" }
    }
    // The lines below name the pack's own fields (when, assert, path, escalate), as written.
    text += "\n" + say(Texts.explainChecks) + "\n"
    if let when = rule.whenSource { text += "  when:   " + when.trimmingCharacters(in: .whitespacesAndNewlines) + "\n" }
    text += "  assert: " + rule.assertSource.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    if let path = rule.path { text += "  path:   " + path + "\n" }
    if let escalation = rule.escalation {
      text +=
        "  escalate: "
        + say(
          Texts.explainEscalation(
            severity: escalation.severity.label.text(language).lowercased(),
            condition: escalation.whenSource.trimmingCharacters(in: .whitespacesAndNewlines))) + "\n"
    }
    if !rule.tags.isEmpty { text += "\n" + say(Texts.explainTags(tags: rule.tags.joined(separator: ", "))) + "\n" }
    let (passing, failing) = rule.exampleCount
    text +=
      "\n" + say(Texts.explainExamples(passing: passing, failing: failing, location: "\(rule.location)")) + "\n"
    Output.standardOutput(text)
  }
}

/// `tillit test [PACK...]`: runs every rule's examples.
struct TestCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "test",
      abstract: HelpText.text(Texts.helpTestAbstract))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var date: TodayOption

  @Argument(
    help: ArgumentHelp(
      HelpText.text(Texts.helpTestPacks), valueName: HelpText.text(Texts.helpValuePack)))
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
    Output.standardOutput(
      Texts.testSummary(passed: total - failed, failed: failed, examples: examples, packs: loaded.count).text(language)
        + "\n")
    if failed > 0 { throw ExitCode(1) }
  }
}
