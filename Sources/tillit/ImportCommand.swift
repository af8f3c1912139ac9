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
      abstract: HelpText.text(
        sv:
          "Skapar dokument från ett kalkylblad (.xlsx eller CSV): registerförteckningen (ropa) eller en förteckning över uppföljningar (followups).",
        en:
          "Makes documents from a spreadsheet (.xlsx or CSV): the record of processing activities (ropa) or an inventory of follow-ups (followups)."
      ),
      discussion: HelpText.text(
        sv:
          "Ett dokument per rad (ropa) eller per uppföljning (followups) skrivs till DIR/<id>.yaml. Kända rubriker på svenska och engelska känns igen; andra anges i en --map-fil. Personuppgiftsansvariga och roller som anges vid namn får sitt id ur Organization (--organization, eller arbetsytans). Värden som inte passar sparas ordagrant under x-import och listas som frågor att avgöra. En fil som ändrats sedan den senaste importen skrivs inte över utan --force. Slutkoder: 0 klart, 2 indata som inte kunde läsas eller redigerade filer i vägen.",
        en:
          "One document per row (ropa) or per follow-up (followups) is written to DIR/<id>.yaml. Known Swedish and English headings are recognised; others are named in a --map file. Controllers and roles given by name get their ids from the Organization (--organization, or the workspace's). Values that do not fit are kept verbatim under x-import and listed as questions to decide. A file edited since the last import is not overwritten without --force. Exit codes: 0 done, 2 input that could not be read or edited files in the way."
      ))
  }

  @OptionGroup var common: CommonOptions

  @Argument(
    help: ArgumentHelp(
      HelpText.text(sv: "Vad bladet innehåller: ropa eller followups.", en: "What the sheet holds: ropa or followups."),
      valueName: "ropa|followups"))
  var kind: ImportKind

  @Argument(
    help: ArgumentHelp(
      HelpText.text(sv: "Kalkylbladet (.xlsx eller .csv).", en: "The spreadsheet (.xlsx or .csv)."), valueName: "FILE"))
  var file: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "Bladet som ska läsas (första bladet annars).", en: "The sheet to read (the first by default)."),
      valueName: "NAME"))
  var sheet: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "YAML-fil som anger vad okända rubriker betyder.", en: "YAML file naming what unknown headings mean."),
      valueName: "MAP.yaml"))
  var map: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "Den personuppgiftsansvariges id för alla importerade behandlingar.",
        en: "The controller id for every imported processing activity."), valueName: "ID"))
  var controller: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv:
          "Organisationens fil, för att känna igen personuppgiftsansvariga och roller vid namn. Utan den används Organization i arbetsytan som DIR ligger i (närmaste mapp uppåt med tillit.yaml, annars mappen ovanför DIR), om där finns exakt en.",
        en:
          "The organisation's file, to recognise controllers and roles by name. Without it, the Organization of the workspace DIR lies in is used (the nearest folder upwards with tillit.yaml, else the folder above DIR), if it holds exactly one."
      ), valueName: "FILE"))
  var organization: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(sv: "Mappen dokumenten skrivs till.", en: "The folder the documents go to."), valueName: "DIR"))
  var out: String

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "Visa vad som skulle skrivas, utan att skriva.", en: "Show what would be written, without writing.")))
  var dryRun = false

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "Ersätt även filer som redigerats sedan förra importen.",
        en: "Replace files edited since the last import too.")))
  var force = false

  func run() throws {
    let language = common.language
    var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
    if let controller, !DocumentIdentifier.isIdentifier(controller, underscore: true) {
      throw ValidationError(
        LocalizedText(
          sv: "--controller tar ett id (små bokstäver a–z, siffror, - och _), inte «\(controller)»",
          en: "--controller takes an id (lower-case letters a–z, digits, - and _), not '\(controller)'"
        ).text(language))
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
