import Foundation
import PackagePlugin

/// Generates a target's `enum Texts` from its message catalogue, `texts/<target name>.yaml`
/// (docs/messages.md). The catalogue lives outside `Sources/` so that SwiftPM does not take it
/// for a resource, and one folder holds every user-facing text of the product.
@main
struct GenerateTexts: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let catalogue = context.package.directoryURL.appendingPathComponent("texts")
      .appendingPathComponent("\(target.name).yaml")
    guard FileManager.default.fileExists(atPath: catalogue.path) else { return [] }
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("Texts.swift")
    // CEL is a library of its own that knows nothing of tillit: its texts are CELMessage.
    let textType = target.name == "CEL" ? "CELMessage" : "LocalizedText"
    // LocalizedText and NumberFormat live in TillitYAML, the lowest layer.
    let imports = target.name == "CEL" || target.name == "TillitYAML" ? [] : ["TillitYAML"]
    return [
      .buildCommand(
        displayName: "Generating Texts from texts/\(target.name).yaml",
        executable: try context.tool(named: "generate-texts").url,
        arguments: [catalogue.path, output.path, textType] + imports,
        inputFiles: [catalogue],
        outputFiles: [output])
    ]
  }
}
