import CEL
import Foundation
import TillitYAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the YAML files named by the paths on a command line.
///
/// Folders are searched recursively for `*.yaml` and `*.yml`; hidden files and folders (names
/// starting with `.`) are skipped, as is the workspace configuration `tillit.yaml`. The order is
/// sorted by name and so deterministic. A `FileSelection` narrows what folders yield (the
/// `include` and `exclude` of `tillit.yaml`, what git ignores, the pack files in use); each file
/// or folder it leaves out is returned as a `SkippedFile` with the reason. Whether a file is a
/// tillit document at all is decided when it is read (`DocumentOwnership`), from what reading
/// composes anyway.
///
/// Nothing that could hold documents is left out without a word: a folder that cannot be
/// listed, a name that is not UTF-8, a YAML name that is not a regular file (a FIFO would block
/// the read forever) and a broken symbolic link are each an error naming the path.
///
/// Symbolic links are followed only while their resolved target stays inside the folder named
/// on the command line (for a file named on the command line: inside the folder holding it). A
/// link leading elsewhere is an error and its target is never opened, so a committed
/// `env.yaml -> /proc/self/environ` cannot put the environment into a CI log. A folder or file
/// already seen (by device and inode) is not taken again, so a link loop inside the workspace
/// cannot hang the search and a file named twice is read once.
///
/// POSIX calls rather than FileManager: one `lstat` per entry is all the search needs, and on a
/// workspace of 20,000 files FileManager's extra calls cost more than parsing the YAML.
public enum SourceFileFinder {
  public struct SourceFile: Sendable, Hashable {
    /// How the file is named in messages: the given path plus the part found below it.
    public var displayPath: String
    /// The path to open: for a symbolic link, its resolved target, so that the file can be
    /// opened without following links (`O_NOFOLLOW`) and a link swapped in after the search
    /// cannot lead the read outside the workspace.
    public var path: String
    /// Whether the file was named on the command line rather than found in a folder: a named
    /// file that is not a tillit document is an error, a found one is passed over.
    public var isNamed: Bool = false
  }

  /// What a search found: the files to read, the errors, and the YAML files passed over.
  public struct Found: Sendable {
    public var files: [SourceFile] = []
    public var errors: [FinderError] = []
    public var skipped: [SkippedFile] = []
  }

  public typealias FinderError = WorkspaceFileError

  /// One name read from a folder.
  struct DirectoryEntry: Sendable, Hashable {
    /// The name as the file system holds it.
    var bytes: [UInt8]
    /// The name, or nil when it is not valid UTF-8.
    var name: String?

    init(bytes: [UInt8]) {
      self.bytes = bytes
      self.name = String(validating: bytes, as: UTF8.self)
    }

    var isHidden: Bool { bytes.first == UInt8(ascii: ".") }
  }

  /// Lists a folder's entries (without `.` and `..`), or says why it cannot.
  typealias FolderLister = (String) -> Result<[DirectoryEntry], SystemErrorCode>

  /// The configuration file that lives beside documents but is not one.
  public static let configurationFileName = "tillit.yaml"

  /// `tillit.yaml` in the folder of the first path (the path itself when it is a folder) or any
  /// folder above it. A symbolic link by that name is found too, wherever it leads (even
  /// nowhere): whether it may be read is the caller's decision, and passing over it would
  /// silently take a configuration from a folder further up. One search for every command
  /// that needs the workspace's root (the configuration, `tillit import`'s Organization).
  public static func configurationFile(above paths: [String]) -> String? {
    guard let first = paths.first else { return nil }
    var isFolder: ObjCBool = false
    var folder = URL(fileURLWithPath: first).standardizedFileURL
    if !(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder.boolValue) {
      folder.deleteLastPathComponent()
    }
    while true {
      let candidate = folder.appendingPathComponent(configurationFileName)
      var info = stat()
      if lstat(candidate.path, &info) == 0 { return candidate.path }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return nil }
      folder = parent
    }
  }

  private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  public static func find(_ paths: [String]) -> (files: [SourceFile], errors: [FinderError]) {
    find(paths, listing: entries(of:))
  }

  /// `find` with the folder listing given, so tests can make a folder fail to list even when
  /// they run as root (for whom permission bits do not stop reads).
  static func find(_ paths: [String], listing: FolderLister) -> (files: [SourceFile], errors: [FinderError]) {
    let found = find(paths, selection: .everything, listing: listing)
    return (found.files, found.errors)
  }

  /// The files under `paths` that `selection` keeps, and those it passes over with the reason.
  public static func find(_ paths: [String], selection: FileSelection) -> Found {
    find(paths, selection: selection, listing: entries(of:))
  }

  static func find(_ paths: [String], selection: FileSelection, listing: FolderLister) -> Found {
    var files: [SourceFile] = []
    var errors: [FinderError] = []
    var skipped: [SkippedFile] = []
    var seen = Set<FileIdentity>()
    var git = GitIgnoredPaths()
    // Packs and the configuration by device and inode: the same file however a path names it,
    // with one `stat` each rather than resolving every file found.
    let notDocuments = Set(selection.notDocuments.compactMap { status($0).map(identity) })

    /// `relative`: the path below the folder named on the command line, for git's answers and
    /// (after `root`, that folder resolved) for the patterns of `tillit.yaml`.
    func walk(_ folder: String, display: String, root: String, relative: String) {
      let listed: [DirectoryEntry]
      switch listing(folder) {
      case .success(let entries): listed = entries
      case .failure(let code):
        errors.append(.unreadableFolder(display, code))
        return
      }
      for entry in listed where !entry.isHidden {
        guard let name = entry.name else {
          errors.append(.undecodableName(joined(display, escaped(entry.bytes))))
          continue
        }
        let path = joined(folder, name)
        let childDisplay = joined(display, name)
        let childRelative = relative.isEmpty ? name : relative + "/" + name
        var openPath = path
        guard var info = linkStatus(path) else {
          // Listed a moment ago and gone now: it was being removed; say so rather than guess.
          errors.append(.unreadableFile(childDisplay, SystemErrorCode(errno)))
          continue
        }
        if FileKind(mode: info.st_mode) == .symbolicLink {
          guard let target = resolved(path) else {
            errors.append(.brokenLink(childDisplay, SystemErrorCode(errno)))
            continue
          }
          guard let targetInfo = status(target) else {
            errors.append(.brokenLink(childDisplay, SystemErrorCode(errno)))
            continue
          }
          let leadsToFolder = FileKind(mode: targetInfo.st_mode) == .folder
          if !isInside(target, root: root) {
            // A link tillit would never read (a non-YAML file) is no more a problem than the file.
            if leadsToFolder || isYAML(name) { errors.append(.linkLeavesWorkspace(childDisplay)) }
            continue
          }
          info = targetInfo
          openPath = target
        }
        let kind = FileKind(mode: info.st_mode)
        if kind == .folder {
          // An ignored or excluded folder is not searched at all: a `node_modules` or build
          // folder can hold more files than the workspace, and problems tillit should not see.
          if git.ignoresFolder(childRelative) {
            skipped.append(SkippedFile(path: childDisplay + "/", reason: .gitIgnored))
            continue
          }
          if let pattern = selection.folderExclusion(joined(root, childRelative)) {
            skipped.append(SkippedFile(path: childDisplay + "/", reason: .excluded(pattern.description)))
            continue
          }
          if seen.insert(identity(info)).inserted {
            walk(path, display: childDisplay, root: root, relative: childRelative)
          }
        } else if !isYAML(name) || name == configurationFileName {
          continue
        } else if let reason = skipReason(childRelative, root: root, info: info) {
          skipped.append(SkippedFile(path: childDisplay, reason: reason))
        } else if kind != .regularFile {
          errors.append(.notARegularFile(childDisplay, kind: kind))
        } else if seen.insert(identity(info)).inserted {
          files.append(SourceFile(displayPath: childDisplay, path: openPath))
        }
      }
    }

    /// Why a YAML file found below `root` is passed over before it is read, or nil.
    func skipReason(_ relative: String, root: String, info: stat) -> SkippedFile.Reason? {
      let absolute = joined(root, relative)
      if notDocuments.contains(identity(info)) { return .notADocumentFile }
      if let reason = selection.patternReason(forFile: absolute) { return reason }
      if git.ignoresFile(relative) { return .gitIgnored }
      return nil
    }

    /// Whether a file named on the command line is the configuration or a pack in use: passed
    /// over rather than refused, so that a hook handing tillit every changed YAML file works.
    func isNeverADocument(_ path: String, info: stat) -> Bool {
      let name = path.split(separator: "/").last.map(String.init) ?? path
      return name == configurationFileName || notDocuments.contains(identity(info))
    }

    for path in paths {
      guard let info = status(path) else {
        if linkStatus(path) != nil {
          errors.append(.brokenLink(path, SystemErrorCode(errno)))
        } else {
          errors.append(errno == ENOENT ? .notFound(path) : .unreadableFile(path, SystemErrorCode(errno)))
        }
        continue
      }
      let kind = FileKind(mode: info.st_mode)
      if kind == .folder {
        guard let root = resolved(path) else {
          errors.append(.unreadableFolder(path, SystemErrorCode(errno)))
          continue
        }
        git = selection.respectsGitIgnore ? GitIgnoredPaths(below: path) : GitIgnoredPaths()
        if seen.insert(identity(info)).inserted { walk(path, display: path, root: root, relative: "") }
      } else if !isYAML(path) {
        errors.append(.notYAML(path))
      } else if kind != .regularFile {
        errors.append(.notARegularFile(path, kind: kind))
      } else if isNeverADocument(path, info: info) {
        skipped.append(SkippedFile(path: path, reason: .notADocumentFile))
      } else if let openPath = pathToOpen(fileArgument: path) {
        if seen.insert(identity(info)).inserted {
          files.append(SourceFile(displayPath: path, path: openPath, isNamed: true))
        }
      } else {
        errors.append(.linkLeavesWorkspace(path))
      }
    }
    return Found(files: files, errors: errors, skipped: skipped)
  }

  /// The path to open for a file named on the command line: the path itself, or for a symbolic
  /// link its resolved target when that lies inside the folder holding the link; nil for a
  /// link leading anywhere else.
  private static func pathToOpen(fileArgument path: String) -> String? {
    guard let info = linkStatus(path), FileKind(mode: info.st_mode) == .symbolicLink else { return path }
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    guard let root = resolved(folder), let target = resolved(path), isInside(target, root: root) else { return nil }
    return target
  }

  private static func status(_ path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
  }

  private static func linkStatus(_ path: String) -> stat? {
    var info = stat()
    return lstat(path, &info) == 0 ? info : nil
  }

  private static func identity(_ info: stat) -> FileIdentity {
    FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }

  /// The absolute path with every link, `.` and `..` resolved; nil (and `errno` set) if some
  /// part cannot be resolved.
  private static func resolved(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// Whether a resolved path is the resolved root or below it.
  private static func isInside(_ target: String, root: String) -> Bool {
    target == root || root == "/" || target.hasPrefix(root + "/")
  }

  private static func joined(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// A name that is not UTF-8, readable: valid sequences as they are, other bytes as `\xNN`.
  static func escaped(_ bytes: [UInt8]) -> String {
    var out = ""
    var i = 0
    while i < bytes.count {
      let lead = bytes[i]
      let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
      if i + length <= bytes.count, let text = String(validating: bytes[i..<(i + length)], as: UTF8.self) {
        out += text
        i += length
      } else {
        let hex = String(lead, radix: 16, uppercase: true)
        out += "\\x" + (hex.count == 1 ? "0" + hex : hex)
        i += 1
      }
    }
    return out
  }

  /// The entries of a folder, sorted by their bytes (the same order on every machine, whatever
  /// the locale).
  static func entries(of folder: String) -> Result<[DirectoryEntry], SystemErrorCode> {
    guard let directory = opendir(folder) else { return .failure(SystemErrorCode(errno)) }
    defer { closedir(directory) }
    let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    let lengthOffset = MemoryLayout<dirent>.offset(of: \dirent.d_reclen)!
    var entries: [DirectoryEntry] = []
    while true {
      errno = 0
      guard let entry = readdir(directory) else {
        if errno != 0 { return .failure(SystemErrorCode(errno)) }
        break
      }
      // The record is only as long as its name: read the name in place, never the whole
      // 256-byte `d_name` array (copying it reads past the record, and faults at the end of a
      // mapping).
      let record = UnsafeRawPointer(entry)
      let recordLength = Int(record.load(fromByteOffset: lengthOffset, as: UInt16.self))
      let name = (record + nameOffset).assumingMemoryBound(to: CChar.self)
      let length = strnlen(name, max(recordLength - nameOffset, 0))
      let bytes = [UInt8](UnsafeRawBufferPointer(start: name, count: length))
      if bytes == [UInt8(ascii: ".")] || bytes == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
      entries.append(DirectoryEntry(bytes: bytes))
    }
    entries.sort { $0.bytes.lexicographicallyPrecedes($1.bytes) }
    return .success(entries)
  }

  static func isYAML(_ name: String) -> Bool {
    name.hasSuffix(".yaml") || name.hasSuffix(".yml")
  }
}
