import CEL
import Dispatch
import Foundation
import TillitYAML

/// Loads a workspace from paths: finds the files, reads and validates every document (files in
/// parallel, results in a fixed order), and checks what spans documents — unique ids per kind
/// and exactly one Organization.
///
/// Every problem of the run is collected, not just the first, and sorted by place.
public struct WorkspaceLoader: Sendable {
  public struct Result: Sendable {
    public var workspace: Workspace
    public var diagnostics: [Diagnostic]
    /// YAML files found in folders and not read as documents, with the reason, in order.
    public var skipped: [SkippedFile] = []
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  }

  public var limits: YAMLLimits
  /// Require exactly one Organization (true for a whole workspace; false for reading one file,
  /// as `tillit eval --input` does).
  public var requiresOrganization: Bool

  public init(limits: YAMLLimits = .default, requiresOrganization: Bool = true) {
    self.limits = limits
    self.requiresOrganization = requiresOrganization
  }

  /// `selection` narrows what folders yield (see `FileSelection`); the default reads every
  /// YAML file found and does not ask git.
  public func load(paths: [String], selection: FileSelection = .everything) -> Result {
    let found = SourceFileFinder.find(paths, selection: selection)
    let finderErrors = found.errors
    var diagnostics = finderErrors.map(\.diagnostic)
    var skipped = found.skipped

    let perFile = readAll(found.files)
    var documents: [Document] = []
    var files: [String] = []
    for (file, result) in zip(found.files, perFile) {
      diagnostics += result.errors
      documents += result.documents
      if let reason = result.skipped {
        skipped.append(SkippedFile(path: file.displayPath, reason: reason))
      } else {
        files.append(file.displayPath)
      }
    }

    // Categories are checked against the taxonomy as the Organization extends it.
    let taxonomy = Taxonomy.builtIn.extended(with: documents.first { $0.kind == .organization }?.source.root)
    var checked: [Document] = []
    for document in documents {
      if document.kind == .dataCollection {
        let unknown = DocumentDecoder.unknownCategories(
          in: document.source.root, document: document.source, taxonomy: taxonomy)
        if !unknown.isEmpty {
          diagnostics += unknown.map(\.diagnostic)
          continue
        }
      }
      checked.append(document)
    }
    documents = checked

    var firstByID: [DocumentKind: [String: SourceLocation]] = [:]
    var firstOrganization: SourceLocation?
    for document in documents {
      if let first = firstByID[document.kind]?[document.id] {
        diagnostics.append(
          DocumentError.duplicateID(kind: document.kind, id: document.id, first: first, second: document.location)
            .diagnostic)
      } else {
        firstByID[document.kind, default: [:]][document.id] = document.location
      }
      if document.kind == .organization {
        if let first = firstOrganization {
          diagnostics.append(
            DocumentError.multipleOrganizations(first: first, second: document.location).diagnostic)
        } else {
          firstOrganization = document.location
        }
      }
    }
    if requiresOrganization, firstOrganization == nil, finderErrors.isEmpty,
      !diagnostics.contains(where: { $0.severity == .error })
    {
      diagnostics.append(DocumentError.noOrganization.diagnostic)
    }
    return Result(
      workspace: Workspace(documents: documents, files: files),
      diagnostics: diagnostics.sortedByPlace(), skipped: skipped.sorted { $0.path < $1.path })
  }

  private struct FileResult: Sendable {
    var documents: [Document] = []
    var errors: [Diagnostic] = []
    /// Set when the file is not tillit's and was found in a folder: passed over, not read.
    var skipped: SkippedFile.Reason?
  }

  /// Files per unit of parallel work: enough that a worker's compose buffers are reused many
  /// times, few enough that the cores stay evenly loaded.
  static let filesPerBatch = 32

  /// Reads files on every core, in batches of consecutive files that share one set of compose
  /// buffers. Each file's result lands in its own slot, so the outcome does not depend on which
  /// thread finished first.
  private func readAll(_ files: [SourceFileFinder.SourceFile]) -> [FileResult] {
    let reader = YAMLReader(limits: limits)
    let size = Self.filesPerBatch
    let batches: [[FileResult]] = .computedOnEveryCore(count: (files.count + size - 1) / size) { batch in
      let buffers = YAMLComposeBuffers()
      return (batch * size..<min(files.count, (batch + 1) * size)).map { i in
        readFile(files[i], reader: reader, buffers: buffers)
      }
    }
    return batches.flatMap { $0 }
  }

  private func readFile(
    _ file: SourceFileFinder.SourceFile, reader: YAMLReader, buffers: YAMLComposeBuffers
  ) -> FileResult {
    var result = FileResult()
    let bytes: [UInt8]
    switch FileBytes.readRegularFile(path: file.path, limit: limits.maxFileBytes, followingLinks: false) {
    case .success(let read): bytes = read
    case .failure(.tooLarge(let size)):
      result.errors = [
        YAMLError.fileTooLarge(file: file.displayPath, bytes: size, limit: limits.maxFileBytes).diagnostic
      ]
      return result
    case .failure(.notARegularFile(let kind)):
      result.errors = [WorkspaceFileError.notARegularFile(file.displayPath, kind: kind).diagnostic]
      return result
    case .failure(.system(let code)):
      result.errors = [WorkspaceFileError.unreadableFile(file.displayPath, code).diagnostic]
      return result
    }
    let read = reader.read(bytes: bytes, file: file.displayPath, reusing: buffers)
    // A named file that does not parse is reported by its syntax errors below: they say more
    // than that it is not tillit's.
    if case .other(let reason, let versionLocation) = DocumentOwnership.of(read, bytes: bytes),
      !file.isNamed || read.errors.isEmpty
    {
      if file.isNamed {
        let location = versionLocation ?? SourceLocation(file: file.displayPath, line: 0, column: 0)
        result.errors = [NamedFileError.notATillitDocument(location, reason: reason).diagnostic]
      } else {
        result.skipped = reason
      }
      return result
    }
    result.errors = read.errors.map(\.diagnostic)
    for yaml in read.documents {
      // Policy packs may live beside the documents; they are loaded as packs, not documents.
      if yaml.root["kind"]?.hasText("PolicyPack") == true { continue }
      let (document, errors) = DocumentDecoder.decode(yaml)
      result.errors += errors.map(\.diagnostic)
      if let document { result.documents.append(document) }
    }
    return result
  }
}
