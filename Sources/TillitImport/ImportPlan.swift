import Foundation
import TillitYAML

/// What an import will do to each file of the output folder, decided before anything is
/// written: a new file is created, one the last import wrote and nobody edited since is
/// updated, one that already says the same is left, and one someone edited (or that the
/// import did not write) is kept — or replaced with `--force`.
public struct ImportPlan: Sendable {
  public enum Action: String, Sendable {
    case create, update, unchanged
    /// Edited since the last import: kept, and the import refuses to run.
    case keepEdited
    /// Edited, but `--force` replaces it.
    case replaceEdited
  }

  public struct Entry: Sendable {
    public var document: ImportedDocument
    public var action: Action
  }

  public var entries: [Entry]
  /// Files the last import wrote that this one does not make (the row is gone or renamed):
  /// left as they are.
  public var leftAlone: [String]
  let folder: URL
  let manifest: ImportManifest

  /// The edited files that stop the import (empty with `--force`).
  public var refused: [String] {
    entries.filter { $0.action == .keepEdited }.map { folder.appendingPathComponent($0.document.fileName).path }
  }

  public init(documents: [ImportedDocument], folder: String, force: Bool) throws(ImportError) {
    let url = URL(fileURLWithPath: folder)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
      throw .outputNotAFolder(path: folder)
    }
    self.folder = url
    let manifest = ImportManifest.load(folder: url)
    self.manifest = manifest
    entries = documents.map { document in
      let path = url.appendingPathComponent(document.fileName)
      guard let existing = try? Data(contentsOf: path) else { return Entry(document: document, action: .create) }
      let new = Data(document.text.utf8)
      if existing == new { return Entry(document: document, action: .unchanged) }
      if manifest.hashes[document.fileName] == ImportManifest.hash(existing) {
        return Entry(document: document, action: .update)
      }
      return Entry(document: document, action: force ? .replaceEdited : .keepEdited)
    }
    let made = Set(documents.map(\.fileName))
    leftAlone = manifest.hashes.keys.filter { !made.contains($0) }.sorted()
  }

  /// Writes every file to create, update or replace, each atomically (written beside and
  /// renamed), then the manifest. Refuses, writing nothing, when an edited file is in the way.
  public func apply() throws(ImportError) {
    if !refused.isEmpty { throw .editedFiles(paths: refused) }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .writeFailed(path: folder.path)
    }
    var manifest = self.manifest
    for entry in entries {
      let data = Data(entry.document.text.utf8)
      manifest.hashes[entry.document.fileName] = ImportManifest.hash(data)
      guard entry.action != .unchanged else { continue }
      let path = folder.appendingPathComponent(entry.document.fileName)
      do {
        try data.write(to: path, options: .atomic)
      } catch {
        throw .writeFailed(path: path.path)
      }
    }
    let manifestPath = folder.appendingPathComponent(ImportManifest.fileName)
    do {
      try manifest.encoded().write(to: manifestPath, options: .atomic)
    } catch {
      throw .writeFailed(path: manifestPath.path)
    }
  }
}
