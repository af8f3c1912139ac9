import Foundation

/// Finds the YAML files named by the paths on a command line.
///
/// Folders are searched recursively for `*.yaml` and `*.yml`; hidden files and folders (names
/// starting with `.`) are skipped, as is the workspace configuration `tillit.yaml`. Symbolic
/// links are followed, but a folder already visited (by its resolved path) is not entered
/// again, so a link loop cannot hang the search. The order is sorted and so deterministic.
public enum SourceFileFinder {
  public struct SourceFile: Sendable, Hashable {
    /// How the file is named in messages: the given path plus the part found below it.
    public var displayPath: String
    public var url: URL
  }

  public enum FinderError: Error, Sendable, Hashable, DiagnosticConvertible {
    case notFound(String)
    case notYAML(String)

    public var diagnostic: Diagnostic {
      switch self {
      case .notFound(let path):
        return Diagnostic(
          location: SourceLocation(file: path, line: 0, column: 0),
          message: LocalizedText(
            sv: "sökvägen finns inte; ange en YAML-fil eller en mapp med YAML-filer",
            en: "the path does not exist; give a YAML file or a folder of YAML files"))
      case .notYAML(let path):
        return Diagnostic(
          location: SourceLocation(file: path, line: 0, column: 0),
          message: LocalizedText(
            sv: "filen slutar inte på .yaml eller .yml; tillit läser bara YAML-filer",
            en: "the file does not end in .yaml or .yml; tillit reads YAML files only"))
      }
    }
  }

  /// The configuration file that lives beside documents but is not one.
  public static let configurationFileName = "tillit.yaml"

  public static func find(_ paths: [String]) -> (files: [SourceFile], errors: [FinderError]) {
    var files: [SourceFile] = []
    var errors: [FinderError] = []
    var seenFiles = Set<String>()
    var visitedFolders = Set<String>()
    let manager = FileManager.default

    func add(_ url: URL, display: String) {
      let resolved = url.resolvingSymlinksInPath().path
      if seenFiles.insert(resolved).inserted {
        files.append(SourceFile(displayPath: display, url: url))
      }
    }

    func walk(_ folder: URL, display: String) {
      let resolved = folder.resolvingSymlinksInPath().path
      guard visitedFolders.insert(resolved).inserted else { return }
      let names = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      for name in names where !name.hasPrefix(".") {
        let url = folder.appendingPathComponent(name)
        let childDisplay = display.hasSuffix("/") ? display + name : display + "/" + name
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
        if isFolder.boolValue {
          walk(url, display: childDisplay)
        } else if isYAML(name) && name != configurationFileName {
          add(url, display: childDisplay)
        }
      }
    }

    for path in paths {
      let url = URL(fileURLWithPath: path)
      var isFolder: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
        errors.append(.notFound(path))
        continue
      }
      if isFolder.boolValue {
        walk(url, display: path)
      } else if isYAML(path) {
        add(url, display: path)
      } else {
        errors.append(.notYAML(path))
      }
    }
    return (files, errors)
  }

  static func isYAML(_ name: String) -> Bool {
    name.hasSuffix(".yaml") || name.hasSuffix(".yml")
  }
}
