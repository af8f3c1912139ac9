import ArgumentParser
import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// `tillit schema`: the JSON Schema of the document kinds, for editors.
struct SchemaCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "schema",
      abstract: HelpText.text(
        sv: "Skriver ut JSON Schema (draft 2020-12) för dokumenten, för redigerare med YAML-stöd.",
        en: "Prints the JSON Schema (draft 2020-12) of the documents, for editors with YAML support."),
      discussion: HelpText.text(
        sv:
          "Exempel för yaml-language-server: tillit schema > tillit.schema.json och lägg till\n# yaml-language-server: $schema=tillit.schema.json överst i en fil.",
        en:
          "For yaml-language-server: tillit schema > tillit.schema.json and put\n# yaml-language-server: $schema=tillit.schema.json at the top of a file."
      ))
  }

  @OptionGroup var common: CommonOptions

  func run() throws {
    Output.standardOutput(JSONSchemaGenerator.generate(language: common.language))
  }
}
