import CEL
import Foundation
import TillitFacts
import TillitModel
import TillitYAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The workspace configuration `tillit.yaml`: which packs, which rules off, severity changes,
/// the failure threshold, the language and threshold values. Found by walking up from the
/// first path checked, or given with `--config`.
public struct Configuration: Sendable {
  public var file: String?
  public var packs: [(reference: String, location: SourceLocation?)] = []
  public var disable: [(id: String, location: SourceLocation)] = []
  public var severity: [(id: String, severity: Severity, location: SourceLocation)] = []
  public var failOn: FailThreshold?
  public var language: Language?
  /// `thresholds:` as written, typed by the schema. Not the values in effect: `Thresholds`
  /// weighs them against the packs' defaults and the Organization's own.
  public var thresholds: [String: Value] = [:]
  /// `include:`: when not empty, only YAML files under a folder that match one of these are
  /// read (relative to the folder holding `tillit.yaml`).
  public var include: [PathGlob] = []
  /// `exclude:`: YAML files under a folder that match one of these are not read; exclude wins
  /// over include.
  public var exclude: [PathGlob] = []

  public init() {}

  static let shape = ObjectShape(
    "Configuration",
    [
      .init("packs", .list(.text)),
      .init("disable", .list(.text)),
      .init("severity", .dictionary(.oneOf(Severity.allCases.map(\.rawValue)))),
      .init("fail_on", .oneOf(FailThreshold.allCases.map(\.rawValue))),
      .init("language", .oneOf(Language.allCases.map(\.rawValue))),
      .init("thresholds", .object(ObjectShape("Thresholds", DocumentSchema.thresholdFields))),
      .init("include", .list(.text)),
      .init("exclude", .list(.text)),
    ])

  /// The configuration in effect: `given` (`--config`, read wherever it is, as typed), else the
  /// `tillit.yaml` that `find(from:)` finds, which must not be a link leading out of the folder
  /// it was found in (see `FolderBoundary`); nil, with no diagnostics, when there is none.
  public static func inEffect(given: String?, searchingFrom paths: [String]) -> (Configuration?, [Diagnostic]) {
    if let given { return load(given) }
    guard let found = find(from: paths) else { return (nil, []) }
    var info = stat()
    guard lstat(found, &info) == 0, FileKind(mode: info.st_mode) == .symbolicLink else { return load(found) }
    switch FolderBoundary(holding: found, owner: .configuration).placement(of: found) {
    case .outside: return (nil, [ConfigurationError.linkLeavesFolder(path: found).diagnostic])
    // Read by the resolved path, so a link swapped in after the check cannot lead elsewhere.
    case .inside(let resolved?): return load(resolved, displayPath: found)
    // A link leading nowhere: said as a missing file, by its own name.
    case .inside(nil): return load(found)
    }
  }

  /// `tillit.yaml` in the folder of the first path or any folder above it (a symbolic link by
  /// that name included: whether it may be read is `inEffect`'s decision).
  public static func find(from paths: [String]) -> String? {
    SourceFileFinder.configurationFile(above: paths)
  }

  /// Reads `path` with the reader documents go through (the same limits, UTF-8 checks and
  /// errors); a folder, FIFO or device is refused before it is opened.
  public static func load(_ path: String) -> (Configuration?, [Diagnostic]) {
    load(path, displayPath: path)
  }

  /// `load` of the file at `path`, named `displayPath` in messages and as `file` (whose folder
  /// the packs it names count from and must stay in).
  static func load(_ path: String, displayPath: String) -> (Configuration?, [Diagnostic]) {
    if let problem = SourceFileProblem.check(path) {
      return (nil, [ConfigurationError.file(path: displayPath, problem: problem).diagnostic])
    }
    let read = YAMLReader().read(path: path, displayPath: displayPath)
    if !read.errors.isEmpty { return (nil, read.errors.map(\.diagnostic)) }
    var configuration = Configuration()
    configuration.file = displayPath
    guard let document = read.documents.first else { return (configuration, []) }
    if read.documents.count > 1 {
      let second = read.documents[1]
      return (nil, [ConfigurationError.severalDocuments(second.location(second.root.start)).diagnostic])
    }
    var validator = ShapeValidator(document: document)
    validator.validate(document.root, against: shape)
    if !validator.errors.isEmpty { return (nil, validator.errors.map(\.diagnostic)) }
    let root = document.root
    configuration.packs =
      (root["packs"]?.items).map(Array.init)?.compactMap { item in
        item.text.map { ($0, document.location(item.start)) }
      } ?? []
    configuration.disable =
      (root["disable"]?.items).map(Array.init)?.compactMap { item in
        item.text.map { ($0, document.location(item.start)) }
      } ?? []
    for pair in root["severity"]?.pairs ?? YAMLNode.Pairs(tree: root.tree) {
      if let severity = pair.value.text.flatMap(Severity.init) {
        configuration.severity.append((pair.keyText, severity, document.location(pair.keyMark)))
      }
    }
    configuration.include = (root["include"]?.items).map(Array.init)?.compactMap { $0.text.map(PathGlob.init) } ?? []
    configuration.exclude = (root["exclude"]?.items).map(Array.init)?.compactMap { $0.text.map(PathGlob.init) } ?? []
    configuration.failOn = root.text("fail_on").flatMap(FailThreshold.init)
    configuration.language = root.text("language").flatMap(Language.init)
    if let thresholds = root["thresholds"] {
      for field in DocumentSchema.thresholdFields where thresholds[field.key] != nil {
        configuration.thresholds[field.key] = DocumentValue.value(of: thresholds[field.key], shape: field.shape)
      }
    }
    return (configuration, [])
  }

  /// The packs to use, loaded and adjusted by `disable` and `severity`: the configuration's
  /// list (built-in names or paths relative to `tillit.yaml`, which must stay inside its
  /// folder), or every built-in pack, and then `extra` (`--add-pack`, relative to the current
  /// folder and read wherever it is; see `FolderBoundary`). A pack named twice, however it is
  /// spelt, is used once: adding a pack already in use changes nothing.
  public func loadPacks(extra: [String] = []) -> (packs: [PolicyPack], diagnostics: [Diagnostic]) {
    let loaded = loadPacksAndFiles(extra: extra)
    return (loaded.packs, loaded.diagnostics)
  }

  /// Which of the YAML files found in folders are documents: this configuration's `include`
  /// and `exclude` (counted from its folder), git's ignore rules unless `gitIgnore` is false,
  /// and never the configuration file itself or `packFiles` (see `loadPacksAndFiles`).
  public func fileSelection(gitIgnore: Bool, packFiles: Set<String>) -> FileSelection {
    var notDocuments = packFiles
    var root: String?
    if let file {
      notDocuments.insert(file)
      let folder = (file as NSString).deletingLastPathComponent
      // The pack files this configuration names, without loading them (`validate` and `ropa`
      // need no rules): a name that is not a file here is a built-in pack, or an error that
      // loading the packs reports.
      for (reference, _) in packs where reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") {
        notDocuments.insert(
          reference.hasPrefix("/") ? reference : (folder.isEmpty ? reference : folder + "/" + reference))
      }
      // Resolved as the search resolves the folders it walks, so the two compare as paths.
      if let pointer = realpath(folder.isEmpty ? "." : folder, nil) {
        root = String(cString: pointer)
        free(pointer)
      }
    }
    return FileSelection(
      root: root, include: include, exclude: exclude, respectsGitIgnore: gitIgnore, notDocuments: notDocuments)
  }

  /// `loadPacks`, and the files the packs were read from (resolved paths, also of packs they
  /// extend), which a search of the workspace must not take for documents.
  public func loadPacksAndFiles(extra: [String] = []) -> (
    packs: [PolicyPack], diagnostics: [Diagnostic], files: Set<String>
  ) {
    var files = Set<String>()
    let loader = PolicyPackLoader()
    let folder = file.map { ($0 as NSString).deletingLastPathComponent }
    var references = packs.map { ($0.reference, $0.location, folder) }
    if references.isEmpty {
      references = PolicyPackLoader.builtInNames.map { ($0, nil, nil) }
    }
    references += extra.map { ($0, nil, nil) }
    var candidates: [(pack: PolicyPack, identity: String)] = []
    var diagnostics: [Diagnostic] = []
    var identities = Set<String>()
    var extendedByOthers = Set<String>()
    var failed = false
    for (reference, location, base) in references {
      let result = loader.load(reference, relativeTo: base, referencedAt: location)
      diagnostics += result.diagnostics
      for identity in [result.identity].compactMap({ $0 }) + result.extended where !identity.hasPrefix("builtin:") {
        files.insert(identity)
      }
      if let pack = result.pack {
        let identity = result.identity ?? pack.origin
        if identities.insert(identity).inserted { candidates.append((pack, identity)) }
        extendedByOthers.formUnion(result.extended)
      } else {
        failed = true
      }
    }
    // A pack that another pack in use extends is already in it, refined by it: `--add-pack
    // egna.yaml` where egna extends `trust` runs egna's version of the trust rules, once.
    var loaded = candidates.filter { !extendedByOthers.contains($0.identity) }.map(\.pack)
    // With a pack missing, a rule named below may well be in it: saying it does not exist
    // would be a second, wrong message.
    var unknown = UnknownRuleNames(known: loaded.flatMap { $0.rules.map(\.id) })
    let known = Set(unknown.known)
    for (id, location) in disable where !failed && !known.contains(id) {
      diagnostics.append(unknown.error(id, location).diagnostic)
    }
    for (id, _, location) in severity where !failed && !known.contains(id) {
      diagnostics.append(unknown.error(id, location).diagnostic)
    }
    let disabled = Set(disable.map(\.id))
    var levels: [String: Severity] = [:]
    for (id, level, _) in severity { levels[id] = level }
    for p in loaded.indices {
      loaded[p].rules.removeAll { disabled.contains($0.id) }
      for r in loaded[p].rules.indices {
        if let level = levels[loaded[p].rules[r].id] { loaded[p].rules[r].severity = level }
      }
    }
    return (loaded, diagnostics, files)
  }
}
