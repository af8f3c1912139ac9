import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the YAML files named by the paths on a command line.
///
/// Folders are searched recursively for `*.yaml` and `*.yml`; hidden files and folders (names
/// starting with `.`) are skipped, as is the workspace configuration `tillit.yaml`. Symbolic
/// links are followed, but a folder or file already seen (by device and inode) is not taken
/// again, so a link loop cannot hang the search and a file named twice is read once. The order
/// is sorted by name and so deterministic.
///
/// POSIX calls rather than FileManager: one `stat` per entry is all the search needs, and on a
/// workspace of 20,000 files FileManager's extra calls cost more than parsing the YAML.
public enum SourceFileFinder {
  public struct SourceFile: Sendable, Hashable {
    /// How the file is named in messages: the given path plus the part found below it.
    public var displayPath: String
    /// The path to open.
    public var path: String
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

  private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  public static func find(_ paths: [String]) -> (files: [SourceFile], errors: [FinderError]) {
    var files: [SourceFile] = []
    var errors: [FinderError] = []
    var seen = Set<FileIdentity>()

    func status(_ path: String) -> stat? {
      var info = stat()
      return stat(path, &info) == 0 ? info : nil
    }

    func identity(_ info: stat) -> FileIdentity {
      FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    func isFolder(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }

    func walk(_ folder: String, display: String) {
      for name in entries(of: folder) where !name.hasPrefix(".") {
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        let childDisplay = display.hasSuffix("/") ? display + name : display + "/" + name
        // stat follows symbolic links; a dangling link has no status and is passed over.
        guard let info = status(path) else { continue }
        if isFolder(info) {
          if seen.insert(identity(info)).inserted { walk(path, display: childDisplay) }
        } else if isYAML(name), name != configurationFileName, seen.insert(identity(info)).inserted {
          files.append(SourceFile(displayPath: childDisplay, path: path))
        }
      }
    }

    for path in paths {
      guard let info = status(path) else {
        errors.append(.notFound(path))
        continue
      }
      if isFolder(info) {
        if seen.insert(identity(info)).inserted { walk(path, display: path) }
      } else if isYAML(path) {
        if seen.insert(identity(info)).inserted { files.append(SourceFile(displayPath: path, path: path)) }
      } else {
        errors.append(.notYAML(path))
      }
    }
    return (files, errors)
  }

  /// The names in a folder, sorted by their UTF-8 bytes (the same order on every machine,
  /// whatever the locale).
  static func entries(of folder: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
          String(cString: $0)
        }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  static func isYAML(_ name: String) -> Bool {
    name.hasSuffix(".yaml") || name.hasSuffix(".yml")
  }
}
