import ArgumentParser
import Foundation
import TillitImport
import TillitModel
import TillitSpreadsheet
import TillitYAML

extension ImportKind: ExpressibleByArgument {}

/// `tillit import ropa|followups FILE --out DIR`: documents from a spreadsheet, one file per
/// document, never overwriting a file someone edited since the last import.
struct ImportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "import",
      abstract: HelpText.text(Texts.helpImportAbstract),
      discussion: HelpText.text(Texts.helpImportDiscussion))
  }

  @OptionGroup var common: CommonOptions

  @Argument(
    help: ArgumentHelp(
      HelpText.text(Texts.helpImportKind),
      valueName: "ropa|followups"))
  var kind: ImportKind

  @Argument(
    help: ArgumentHelp(
      HelpText.text(Texts.helpImportFile), valueName: HelpText.text(Texts.helpValueFile)))
  var file: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpImportSheet),
      valueName: HelpText.text(Texts.helpValueName)))
  var sheet: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpImportMap),
      valueName: HelpText.text(Texts.helpValueMapFile)))
  var map: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpImportController), valueName: "ID"))
  var controller: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpImportOrganization), valueName: HelpText.text(Texts.helpValueFile)))
  var organization: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpImportOut), valueName: HelpText.text(Texts.helpValueFolder)))
  var out: String

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpImportDryRun)))
  var dryRun = false

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpImportForce)))
  var force = false

  func run() throws {
    let language = common.language
    var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
    if let controller, !DocumentIdentifier.isIdentifier(controller, underscore: true) {
      throw ValidationError(
        Texts.importControllerNotAnId(controller: controller).text(language))
    }
    do {
      let importMap = try map.map { path throws(ImportError) in try ImportMap.load(file: path, kind: kind) }
      let found =
        try organization.map { path throws(ImportError) in try ImportOrganization.load(file: path) }
        ?? ImportOrganization.find(forOutput: out)
      let importer = Importer(
        kind: kind, sheet: sheet, map: importMap, controller: controller,
        taxonomy: found?.taxonomy ?? .builtIn, organization: found?.organization, language: common.lang)
      let result = try importer.run(file: file)
      let plan = try ImportPlan(documents: result.documents, folder: out, force: force)
      Output.standardOutput(ImportSummary(result: result, plan: plan, dryRun: dryRun).render(language))
      if dryRun {
        if !plan.refused.isEmpty { throw ImportError.editedFiles(paths: plan.refused) }
      } else {
        try plan.apply()
      }
    } catch let error as ImportError {
      Output.standardError(renderer.render(error.diagnostic))
      throw ExitCode(2)
    }
    Foundation.exit(0)
  }
}
