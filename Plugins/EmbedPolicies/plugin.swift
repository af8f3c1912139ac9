import Foundation
import PackagePlugin

/// Compiles the built-in packs and the taxonomy (`policies/*.yaml`, their single source) into
/// TillitKit as string constants, so that a copied `tillit` binary needs no files beside it.
///
/// The tool reads the folder itself, and the folder is an input besides its files, so adding
/// or removing a pack is picked up without a clean build.
@main
struct EmbedPolicies: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let policies = context.package.directoryURL.appendingPathComponent("policies")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: policies.path)) ?? []
    let inputs = names.filter { $0.hasSuffix(".yaml") }.sorted().map { policies.appendingPathComponent($0) }
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("BuiltInPolicySources.swift")
    return [
      .buildCommand(
        displayName: "Embedding policies/*.yaml",
        executable: try context.tool(named: "embed-policies").url,
        arguments: [output.path, policies.path],
        inputFiles: [policies] + inputs,
        outputFiles: [output])
    ]
  }
}
