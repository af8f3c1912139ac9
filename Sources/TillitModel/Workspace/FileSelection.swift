/// Which of the YAML files found in folders are read: the `include` and `exclude` patterns of
/// `tillit.yaml`, whether git's ignore rules count, and files that are known not to be
/// documents (the packs in use, the configuration itself).
///
/// It narrows only the search of folders. A file named on the command line is read whatever
/// the patterns say: naming a file is the clearest way to ask for it, and a pattern that
/// silently dropped it would pass a file nobody checked.
public struct FileSelection: Sendable {
  /// The folder the patterns count from (the one holding `tillit.yaml`), resolved; nil when
  /// there is no configuration, and so no patterns.
  public var root: String?
  /// When not empty, only files matching one of these are read.
  public var include: [PathGlob] = []
  /// Files matching one of these are not read, even when an `include` matches too.
  public var exclude: [PathGlob] = []
  /// Whether files git ignores are passed over (`--no-gitignore` turns this off).
  public var respectsGitIgnore = true
  /// Resolved paths of files that are never documents: the pack files in use and the
  /// configuration file, whatever their names.
  public var notDocuments: Set<String> = []

  public init(
    root: String? = nil, include: [PathGlob] = [], exclude: [PathGlob] = [], respectsGitIgnore: Bool = true,
    notDocuments: Set<String> = []
  ) {
    self.root = root
    self.include = include
    self.exclude = exclude
    self.respectsGitIgnore = respectsGitIgnore
    self.notDocuments = notDocuments
  }

  /// Every file found is read (no patterns, nothing known to be a pack), and git is not asked.
  public static let everything = FileSelection(respectsGitIgnore: false)

  /// Why the patterns leave out the file at `absolutePath` (resolved folder plus the names
  /// below it), or nil when they keep it. Files outside the root are not subject to them.
  func patternReason(forFile absolutePath: String) -> SkippedFile.Reason? {
    guard let relative = relativeToRoot(absolutePath) else { return nil }
    if let pattern = exclude.first(where: { $0.covers(relative) }) { return .excluded(pattern.description) }
    if !include.isEmpty, !include.contains(where: { $0.covers(relative) }) { return .notIncluded }
    return nil
  }

  /// The pattern that excludes a folder as a whole (`exclude: [vendor/**]`), so that it need
  /// not be searched; nil when none does.
  func folderExclusion(_ absolutePath: String) -> PathGlob? {
    guard let relative = relativeToRoot(absolutePath), !relative.isEmpty else { return nil }
    return exclude.first { $0.matchesEverythingBelow(relative) }
  }

  private func relativeToRoot(_ absolutePath: String) -> String? {
    guard let root else { return nil }
    if absolutePath == root { return "" }
    let prefix = root == "/" ? "/" : root + "/"
    return absolutePath.hasPrefix(prefix) ? String(absolutePath.dropFirst(prefix.count)) : nil
  }
}
