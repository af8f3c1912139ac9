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
      abstract: HelpText.text(
        sv:
          "Skriver ut JSON Schema (draft 2020-12) för dokumenten, tillit.yaml eller regelpaket, för redigerare med YAML-stöd.",
        en:
          "Prints the JSON Schema (draft 2020-12) of the documents, tillit.yaml or policy packs, for editors with YAML support."
      ),
      discussion: HelpText.text(
        sv:
          "För yaml-language-server: tillit schema > tillit.schema.json, och överst i en fil:\n# yaml-language-server: $schema=tillit.schema.json\n--format markdown skriver fälttabellerna som dokumentationen i docs/ bygger på.",
        en:
          "For yaml-language-server: tillit schema > tillit.schema.json, and at the top of a file:\n# yaml-language-server: $schema=tillit.schema.json\n--format markdown writes the field tables the documentation in docs/ is built from."
      ))
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
      HelpText.text(
        sv: "document (dokumenten, standard), config (tillit.yaml) eller pack (regelpaket).",
        en: "document (the documents, the default), config (tillit.yaml) or pack (policy packs)."),
      valueName: "document|config|pack"))
  var target: Target = .document

  @Option(
    name: .long,
    help: ArgumentHelp(
      HelpText.text(
        sv: "json (JSON Schema, standard) eller markdown (en tabell per objekt, med fältens betydelse).",
        en: "json (JSON Schema, the default) or markdown (a table per object, with what each field means)."),
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
            description: LocalizedText(
              sv:
                "Arbetsytans inställningar för tillit: regelpaket, avstängda regler, allvarlighetsgrader, gränsvärden och språk.",
              en: "The workspace settings of tillit: policy packs, disabled rules, severities, thresholds and language."
            ),
            language: language))
      case .pack:
        Output.standardOutput(
          JSONSchemaGenerator.generate(
            root: FileSchemas.policyPack, id: "https://tillit.se/schema/tillit-pack-v1.json", title: "PolicyPack",
            description: LocalizedText(
              sv: "Ett regelpaket för tillit: regler med villkor i CEL, meddelanden, källor och exempel.",
              en: "A tillit policy pack: rules with CEL conditions, messages, references and examples."),
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
