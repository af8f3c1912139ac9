import ArgumentParser
import Foundation
import TillitReports
import TillitYAML

/// `tillit init [DIR]`: a new workspace to start from, an Organization with the roles,
/// committees and controllers a Swedish municipality usually has, one FollowUp and one
/// DataCollection to copy, tillit.yaml, a CI workflow and a pre-commit configuration.
///
/// A folder with files in it is refused: init is for starting, and a workspace someone has
/// begun is theirs. With `--force` init adds the files that are missing and never replaces
/// one that exists: an organization.yaml that exists holds someone's real figures, and a
/// template is worth less than any of them. It lists the files it left, so the user sees
/// what was not written (to get a template anew, remove the file and run init again).
struct InitCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "init",
      abstract: HelpText.text(
        sv: "Skapar en ny arbetsyta: organisation, exempel att kopiera, tillit.yaml, CI och pre-commit.",
        en: "Creates a new workspace: organisation, examples to copy, tillit.yaml, CI and pre-commit."),
      discussion: HelpText.text(
        sv: """
          Organisationen är en utgångspunkt att redigera: roller, nämnder och personuppgiftsansvariga
          som en svensk kommun brukar ha. Mallarna skrivs på det språk --lang anger. En mapp som
          inte är tom (utom .git) vägras; med --force läggs de filer till som saknas, och filer som
          finns lämnas orörda och räknas upp. Slutkod 0, eller 2 om mappen inte kan användas.
          """,
        en: """
          The organisation is a starting point to edit: the roles, committees and controllers a
          Swedish municipality usually has. The templates are in the language --lang gives. A
          folder that is not empty (but for .git) is refused; with --force the missing files are
          added, and files that exist are left as they are and listed. Exit code 0, or 2 when the
          folder cannot be used.
          """))
  }

  @OptionGroup var common: CommonOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(sv: "Organisationens namn.", en: "The organisation's name."), valueName: "NAME"))
  var name: String?

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "Använd en mapp som inte är tom: lägg till filer som saknas, rör inte dem som finns.",
        en: "Use a folder that is not empty: add the missing files, leave those that exist.")))
  var force = false

  @Argument(
    help: ArgumentHelp(
      HelpText.text(
        sv: "Mappen att skapa arbetsytan i (standard: .).", en: "The folder for the workspace (default: .)."),
      valueName: "DIR"))
  var folder: String = "."

  func run() throws {
    let language = common.language
    do {
      try create(language: language)
    } catch {
      guard let convertible = error as? DiagnosticConvertible else { throw error }
      var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
      Output.standardError(renderer.render(convertible.diagnostic))
      throw ExitCode(2)
    }
  }

  private func create(language: Language) throws {
    try prepareFolder()
    let organizationName = name ?? (language == .sv ? "Exempelby kommun" : "Exempelby Municipality")
    var created: [String] = []
    var kept: [String] = []
    for file in InitTemplates.files(name: organizationName, language: language) {
      let path = (folder as NSString).appendingPathComponent(file.path)
      var info = stat()
      if lstat(path, &info) == 0 {
        kept.append(file.path)
        continue
      }
      let parent = (path as NSString).deletingLastPathComponent
      do {
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
      } catch {
        throw InitError.cannotCreateFolder(path: parent, reason: (error as NSError).localizedDescription)
      }
      try OutputFile.write(file.text, to: path)
      created.append(file.path)
    }
    Output.standardOutput(summary(created: created, kept: kept, language: language))
  }

  /// Makes the folder when it does not exist; refuses a file, and a folder with anything in
  /// it but `.git` (a fresh `git init` is an empty workspace) unless `--force`.
  private func prepareFolder() throws(InitError) {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
      guard isFolder.boolValue else { throw .notAFolder(path: folder) }
      let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0 != ".git" }.sorted()
      if !entries.isEmpty && !force { throw .folderNotEmpty(path: folder, entries: entries) }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotCreateFolder(path: folder, reason: (error as NSError).localizedDescription)
    }
  }

  /// What was made, what was left, and what to do next, in the chosen language.
  func summary(created: [String], kept: [String], language: Language) -> String {
    let sv = language == .sv
    let shownFolder = folder == "." ? "." : folder
    var output = ""
    if !created.isEmpty {
      output += (sv ? "Skapade i \(shownFolder):" : "Created in \(shownFolder):") + "\n"
      for path in created { output += "  \(path)\n" }
    }
    if !kept.isEmpty {
      output +=
        (sv
          ? "Fanns redan och lämnades orörda (ta bort en fil och kör tillit init --force igen för att få mallen):"
          : "Already there and left as they were (remove a file and run tillit init --force again to get the template):")
        + "\n"
      for path in kept { output += "  \(path)\n" }
    }
    let examples = InitTemplates.examplePaths(language)
    let quotedFolder = shownFolder.contains(" ") ? "'\(shownFolder)'" : shownFolder
    output += "\n" + (sv ? "Nästa steg:" : "Next steps:") + "\n"
    output +=
      sv
      ? """
      1. Ändra organization.yaml till era egna roller, antal, timkostnader och nämnder (raderna med ÄNDRA).
      2. Kopiera \(examples.followUp) och \(examples.dataCollection),
         en fil för varje uppföljning och behandling, och fyll i det som står med FYLL I.
      3. Kör tillit check \(quotedFolder) och se vad som återstår att fylla i.
      4. Ändra OWNER/tillit i .github/workflows/tillit.yml, och kör pre-commit install om ni använder pre-commit.

      """
      : """
      1. Change organization.yaml to your own roles, headcounts, hourly costs and committees (the lines with CHANGE).
      2. Copy \(examples.followUp) and \(examples.dataCollection),
         one file for each follow-up and processing, and fill in what says FILL IN.
      3. Run tillit check \(quotedFolder) to see what is left to fill in.
      4. Change OWNER/tillit in .github/workflows/tillit.yml, and run pre-commit install if you use pre-commit.

      """
    return output
  }
}
