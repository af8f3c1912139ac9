import ArgumentParser
import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// What a command that judges a workspace reads first, and in this order: `tillit.yaml`
/// (which may choose the language of the run), the packs, then the documents. Shared by
/// `check`, `baseline`, `diff` and `burden`, so that they agree on all three. Stops with
/// exit 2, after printing why, when anything cannot be read.
struct WorkspaceInputs {
  var configuration: Configuration
  var packs: [PolicyPack]
  var workspace: Workspace
  /// `--lang`, else `tillit.yaml`'s `language`, else the environment's.
  var language: Language

  /// `onLoadFailure` is given the problems that stop the run, and the run's language, after
  /// they are printed and before exit 2: `check` writes its report files from them.
  init(
    paths: [String], common: CommonOptions, packOptions: PackOptions, files: FileOptions = FileOptions(),
    onLoadFailure: ([Diagnostic], Language) -> Void = { _, _ in }
  ) throws {
    var language = common.language
    Progress.configure(quiet: files.quiet, forced: files.progress)
    Progress.show(Texts.progressReadingConfiguration, language: language)
    let (configuration, configurationDiagnostics) = packOptions.configuration(for: paths)
    if common.lang == nil, let configured = configuration.language { language = configured }
    var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
    guard configurationDiagnostics.isEmpty else {
      Output.standardError(renderer.render(configurationDiagnostics))
      onLoadFailure(configurationDiagnostics, language)
      throw ExitCode(2)
    }
    let (packs, packDiagnostics, packFiles) = configuration.loadPacksAndFiles(extra: packOptions.packs)
    guard packDiagnostics.isEmpty else {
      Output.standardError(renderer.render(packDiagnostics))
      onLoadFailure(packDiagnostics, language)
      throw ExitCode(2)
    }
    self.workspace = try Self.documents(
      paths: paths, selection: configuration.fileSelection(gitIgnore: !files.noGitIgnore, packFiles: packFiles),
      files: files, language: language, renderer: &renderer, onLoadFailure: onLoadFailure)
    self.configuration = configuration
    self.packs = packs
    self.language = language
  }

  /// The documents alone, for `validate` and `ropa`, which run no rules: the same files as
  /// `check` takes (the same `tillit.yaml`, its `include` and `exclude`, git's ignore rules),
  /// without compiling a pack. A configuration that cannot be read stops the run (exit 2);
  /// what the documents hold is the caller's to report.
  static func loadDocuments(paths: [String], common: CommonOptions, files: FileOptions) throws
    -> WorkspaceLoader.Result
  {
    let (configuration, diagnostics) = Configuration.inEffect(given: nil, searchingFrom: paths)
    guard diagnostics.isEmpty else {
      var renderer = DiagnosticRenderer(language: common.language, useColor: common.useColorOnStandardError)
      Output.standardError(renderer.render(diagnostics))
      throw ExitCode(2)
    }
    let selection = (configuration ?? Configuration()).fileSelection(gitIgnore: !files.noGitIgnore, packFiles: [])
    Progress.configure(quiet: files.quiet, forced: files.progress)
    Progress.show(Texts.progressReadingDocuments, language: common.language)
    let loaded = WorkspaceLoader().load(paths: paths, selection: selection)
    Progress.clear()
    files.report(loaded.skipped, language: common.language)
    return loaded
  }

  private static func documents(
    paths: [String], selection: FileSelection, files: FileOptions, language: Language,
    renderer: inout DiagnosticRenderer, onLoadFailure: ([Diagnostic], Language) -> Void
  ) throws -> Workspace {
    Progress.show(Texts.progressReadingDocuments, language: language)
    let loaded = WorkspaceLoader().load(paths: paths, selection: selection)
    files.report(loaded.skipped, language: language)
    if loaded.hasErrors {
      Output.standardError(renderer.render(loaded.diagnostics))
      onLoadFailure(loaded.diagnostics, language)
      throw ExitCode(2)
    }
    let workspace = loaded.workspace
    Progress.show(Texts.progressWorkingOnDocuments(documents: workspace.documents.count), language: language)
    return workspace
  }
}
