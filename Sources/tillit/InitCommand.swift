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
      abstract: HelpText.text(Texts.helpInitAbstract),
      discussion: HelpText.text(Texts.helpInitDiscussion))
  }

  @OptionGroup var common: CommonOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpInitName), valueName: HelpText.text(Texts.helpValueName)))
  var name: String?

  @Flag(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpInitForce)))
  var force = false

  @Argument(
    help: ArgumentHelp(
      HelpText.text(Texts.helpInitFolder),
      valueName: HelpText.text(Texts.helpValueFolder)))
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
    let organizationName = name ?? Texts.initDefaultOrganizationName.text(language)
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
    let shownFolder = folder == "." ? "." : folder
    var output = ""
    if !created.isEmpty {
      output += Texts.initCreatedIn(folder: shownFolder).text(language) + "\n"
      for path in created { output += "  \(path)\n" }
    }
    if !kept.isEmpty {
      output += Texts.initKept.text(language) + "\n"
      for path in kept { output += "  \(path)\n" }
    }
    let examples = InitExampleDocuments.paths(language)
    let quotedFolder = shownFolder.contains(" ") ? "'\(shownFolder)'" : shownFolder
    output +=
      "\n"
      + Texts.initNextSteps(
        example: examples.followUp, collection: examples.dataCollection, folder: quotedFolder
      ).text(language) + "\n"
    return output
  }
}
