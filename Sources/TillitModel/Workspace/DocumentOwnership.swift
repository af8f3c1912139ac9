import TillitYAML

/// Whether a YAML file is tillit's, decided from what reading it composed anyway (the top-level
/// mapping of each document), so no file is composed twice.
///
/// A file is tillit's when one of its documents says `apiVersion: tillit/…` (any version: one
/// tillit does not read is still tillit's, and its reader says so at the place), or, with no
/// `apiVersion` at all, has a `kind` that is one of tillit's (a document that forgot its first
/// line must be told so, not silently passed over). Everything else — `mkdocs.yml`, a GitHub
/// workflow, `docker-compose.yml`, a Kubernetes manifest — is someone else's.
///
/// A file that does not parse cannot say whose it is. It counts as tillit's when its text
/// mentions `apiVersion` followed by `tillit/` (so a broken tillit document is reported with
/// its syntax error, never lost), and as someone else's otherwise: another tool's YAML that
/// libyaml or tillit's limits refuse (a custom tag, deep nesting) is that tool's business.
enum DocumentOwnership: Sendable, Equatable {
  case tillit
  /// Not tillit's; why, and where the file says what it is when it does (`apiVersion: v1`).
  case other(SkippedFile.Reason, apiVersion: SourceLocation?)

  /// The `kind` values a document without `apiVersion` is tillit's by.
  private static let tillitKinds = Set(DocumentKind.allCases.map(\.rawValue) + ["PolicyPack"])

  /// Decides from the composed documents, or on a read that failed, from the file's bytes.
  static func of(_ read: YAMLReadResult, bytes: [UInt8]) -> DocumentOwnership {
    if !read.errors.isEmpty {
      return mentionsTillitVersion(bytes) ? .tillit : .other(.unparsableAndNotTillit, apiVersion: nil)
    }
    if read.documents.isEmpty { return .other(.empty, apiVersion: nil) }
    var firstVersion: SourceLocation?
    for document in read.documents where document.root.isMapping {
      if let version = document.root["apiVersion"] {
        if version.text?.hasPrefix(prefix) == true { return .tillit }
        if firstVersion == nil { firstVersion = document.location(version.start) }
      } else if let kind = document.root["kind"]?.text, tillitKinds.contains(kind) {
        return .tillit
      }
    }
    return .other(.notATillitDocument, apiVersion: firstVersion)
  }

  private static let prefix = "tillit/"

  /// Whether the text holds `apiVersion`, then (after spaces, quotes and the colon) `tillit/`.
  static func mentionsTillitVersion(_ bytes: [UInt8]) -> Bool {
    let key = Array("apiVersion".utf8)
    let value = Array(prefix.utf8)
    let skippable: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\""), UInt8(ascii: "'")]
    var i = 0
    while i + key.count <= bytes.count {
      guard bytes[i..<(i + key.count)].elementsEqual(key) else {
        i += 1
        continue
      }
      var j = i + key.count
      while j < bytes.count, skippable.contains(bytes[j]) { j += 1 }
      if j < bytes.count, bytes[j] == UInt8(ascii: ":") {
        j += 1
        while j < bytes.count, skippable.contains(bytes[j]) { j += 1 }
        if j + value.count <= bytes.count, bytes[j..<(j + value.count)].elementsEqual(value) { return true }
      }
      i += key.count
    }
    return false
  }
}
