import Foundation
import TillitModel
import TillitYAML

/// The Organization an import resolves names against (controllers by name; its own taxonomy
/// categories), and the file it came from.
///
/// Without `--organization FILE`, the workspace of the output folder is asked: the nearest
/// folder from the output folder upwards that holds `tillit.yaml`, or, when none does, the
/// output folder's parent. The YAML files directly in that folder (not in its subfolders) are
/// read; exactly one Organization among them is used, none means the import goes without, and
/// more than one stops the import — it never guesses between two.
public struct ImportOrganization: Sendable {
  public var organization: Organization
  public var file: String
  /// The taxonomy with the Organization's own categories added.
  public var taxonomy: Taxonomy

  /// `--organization FILE`: the file must hold exactly one Organization.
  public static func load(file: String) throws(ImportError) -> ImportOrganization {
    let found = organizations(in: [file])
    guard found.count == 1, let only = found.first else { throw .notAnOrganization(path: file) }
    return only
  }

  /// The Organization of the workspace `folder` lies in, or nil when that workspace has none.
  public static func find(forOutput folder: String) throws(ImportError) -> ImportOrganization? {
    let root = workspaceFolder(forOutput: folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    let files = names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }
      .filter { $0 != "tillit.yaml" }.sorted()
      .map { root.appendingPathComponent($0).path }
      .filter { path in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
      }
    let found = organizations(in: files)
    if found.count > 1 { throw .severalOrganizations(folder: root.path, paths: found.map(\.file)) }
    return found.first
  }

  /// The nearest folder from `folder` upwards holding `tillit.yaml`, else `folder`'s parent.
  public static func workspaceFolder(forOutput folder: String) -> URL {
    let start = URL(fileURLWithPath: folder).standardizedFileURL
    // An output folder not made yet holds no tillit.yaml: starting at its parent is the same.
    if let configuration = SourceFileFinder.configurationFile(above: [start.path]) {
      return URL(fileURLWithPath: configuration).deletingLastPathComponent().standardizedFileURL
    }
    return start.deletingLastPathComponent()
  }

  private static func organizations(in files: [String]) -> [ImportOrganization] {
    var found: [ImportOrganization] = []
    for file in files {
      let result = WorkspaceLoader(requiresOrganization: false).load(paths: [file])
      for document in result.workspace.documents where document.kind == .organization {
        guard case .organization(let organization) = document.content else { continue }
        found.append(
          ImportOrganization(
            organization: organization, file: file,
            taxonomy: Taxonomy.builtIn.extended(with: document.source.root)))
      }
    }
    return found
  }
}
