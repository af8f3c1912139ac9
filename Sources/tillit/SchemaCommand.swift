import ArgumentParser
import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// `tillit schema`: the JSON Schema of tillit's files, for editors, or their field tables in
/// Markdown, for the documentation. Both come from the shapes tillit validates with and from
/// one catalogue of field titles and descriptions (`FieldCatalogue`).
///
/// One command with `--for` rather than a command per file: the three schemas are made the
/// same way, and an editor setup names them side by side.
struct SchemaCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "schema",
      abstract: HelpText.text(Texts.helpSchemaAbstract),
      discussion: HelpText.text(Texts.helpSchemaDiscussion))
  }

  /// Which files the schema describes.
  enum Target: String, ExpressibleByArgument, CaseIterable {
    case document, config, pack
  }

  /// JSON Schema for editors, or Markdown tables for people.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, markdown
  }

  @OptionGroup var common: CommonOptions

  @Option(
    name: .customLong("for"),
    help: ArgumentHelp(
      HelpText.text(Texts.helpSchemaFor),
      valueName: "document|config|pack"))
  var target: Target = .document

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(Texts.helpSchemaFormat),
      valueName: "json|markdown"))
  var format: Format = .json

  func run() throws {
    let language = common.language
    switch format {
    case .markdown:
      Output.standardOutput(SchemaMarkdown.generate(roots: roots, language: language))
    case .json:
      switch target {
      case .document:
        Output.standardOutput(JSONSchemaGenerator.generate(language: language))
      case .config:
        Output.standardOutput(
          JSONSchemaGenerator.generate(
            root: FileSchemas.configuration, id: "https://tillit.se/schema/tillit-config-v1.json", title: "tillit.yaml",
            description: Texts.schemaConfigDescription,
            language: language))
      case .pack:
        Output.standardOutput(
          JSONSchemaGenerator.generate(
            root: FileSchemas.policyPack, id: "https://tillit.se/schema/tillit-pack-v1.json", title: "PolicyPack",
            description: Texts.schemaPackDescription,
            language: language))
      }
    }
  }

  private var roots: [ObjectShape] {
    switch target {
    case .document: return DocumentKind.allCases.map(DocumentSchema.shape(of:))
    case .config: return [FileSchemas.configuration]
    case .pack: return [FileSchemas.policyPack]
    }
  }
}
