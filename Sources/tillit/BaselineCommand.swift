import ArgumentParser
import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// `tillit baseline create|update|prune PATH...`: records today's findings as known, so CI
/// fails only on new ones.
struct BaselineCommand: ParsableCommand {
  enum Action: String, ExpressibleByArgument, CaseIterable {
    case create, update, prune
  }

  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "baseline",
      abstract: HelpText.text(
        sv: "Skapar, uppdaterar eller rensar baslinjen av kända fynd.",
        en: "Creates, updates or prunes the baseline of known findings."),
      discussion: HelpText.text(
        sv: """
          create skriver alla nuvarande fynd (en befintlig fil skrivs bara över med --force), update lägger
          till nya fynd, prune tar bort de poster som inget fynd längre matchar. Poster nycklas på fyndets
          fingeravtryck (regel, dokument, sökväg i dokumentet), inte radnummer. Använd med tillit check --baseline.
          """,
        en: """
          create writes every current finding (an existing file is overwritten only with --force), update adds
          new findings, prune drops entries no finding matches any more. Entries are keyed on the finding's
          fingerprint (rule, document, path inside the document), not line numbers. Use with tillit check --baseline.
          """))
  }

  @OptionGroup var common: CommonOptions
  @OptionGroup var packOptions: PackOptions
  @OptionGroup var files: FileOptions
  @OptionGroup var date: TodayOption

  @Argument(
    help: ArgumentHelp(HelpText.text(sv: "Vad som ska göras.", en: "What to do."), valueName: "create|update|prune"))
  var action: Action

  @Argument(
    help: ArgumentHelp(HelpText.text(sv: "YAML-filer eller mappar.", en: "YAML files or folders."), valueName: "PATH"))
  var paths: [String]

  @Option(
    name: .long, help: ArgumentHelp(HelpText.text(sv: "Baslinjefilen.", en: "The baseline file."), valueName: "FILE"))
  var file = ".tillit-baseline.json"

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(sv: "Skriv över en befintlig fil (create).", en: "Overwrite an existing file (create).")))
  var force = false

  func run() throws {
    let pipeline = try CheckPipeline(paths: paths, common: common, packOptions: packOptions, files: files, today: date)
    let language = pipeline.language
    var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
    let exists = FileManager.default.fileExists(atPath: file)
    let baseline: Baseline
    switch action {
    case .create:
      if exists && !force {
        throw ValidationError(
          LocalizedText(
            sv: "\(file) finns redan; använd update eller prune, eller --force för att skriva över",
            en: "\(file) already exists; use update or prune, or --force to overwrite"
          ).text(language))
      }
      baseline = Baseline(findings: pipeline.findings)
    case .update, .prune:
      if MissingBaseline.isMissing(file) {
        let error = MissingBaseline.nothingToChange(path: file, action: action.rawValue, paths: paths)
        Output.standardError(renderer.render(error.diagnostic))
        throw ExitCode(2)
      }
      let existing: Baseline
      do {
        existing = try Baseline.load(file)
      } catch {
        Output.standardError(renderer.render(error.diagnostic))
        throw ExitCode(2)
      }
      baseline = action == .update ? existing.adding(pipeline.findings) : existing.pruned(keeping: pipeline.findings)
    }
    do {
      try OutputFile.write(baseline.text, to: file)
    } catch {
      Output.standardError(renderer.render(error.diagnostic))
      throw ExitCode(2)
    }
    Output.standardOutput(
      LocalizedText(
        sv: "\(file): \(baseline.entries.count) kända fynd.", en: "\(file): \(baseline.entries.count) known findings."
      ).text(language) + "\n")
    Foundation.exit(0)
  }
}
