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

  init(paths: [String], common: CommonOptions, packOptions: PackOptions) throws {
    var language = common.language
    let (configuration, configurationDiagnostics) = packOptions.configuration(for: paths)
    if common.lang == nil, let configured = configuration.language { language = configured }
    var renderer = DiagnosticRenderer(language: language, useColor: common.useColorOnStandardError)
    guard configurationDiagnostics.isEmpty else {
      Output.standardError(renderer.render(configurationDiagnostics))
      throw ExitCode(2)
    }
    let (packs, packDiagnostics) = configuration.loadPacks(extra: packOptions.packs)
    guard packDiagnostics.isEmpty else {
      Output.standardError(renderer.render(packDiagnostics))
      throw ExitCode(2)
    }
    let loaded = WorkspaceLoader().load(paths: paths)
    if loaded.hasErrors {
      Output.standardError(renderer.render(loaded.diagnostics))
      throw ExitCode(2)
    }
    self.configuration = configuration
    self.packs = packs
    self.workspace = loaded.workspace
    self.language = language
  }
}
