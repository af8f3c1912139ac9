import CEL
import Foundation
import TillitFacts
import TillitModel
import TillitYAML

/// Findings accepted as known, keyed on their stable fingerprint (rule, document, path inside
/// it — not line numbers), so that edits moving lines do not bring them back and a new finding
/// of the same rule in another document is not hidden.
public struct Baseline: Sendable {
  public struct Entry: Codable, Sendable, Hashable {
    public var fingerprint: String
    public var rule: String
    public var document: String
    public var path: String
  }

  public var entries: [Entry]

  public init(entries: [Entry] = []) {
    self.entries = entries.sorted { ($0.rule, $0.document, $0.path) < ($1.rule, $1.document, $1.path) }
  }

  public init(findings: [Finding]) {
    self.init(
      entries: Array(
        Set(
          findings.filter { $0.waiver == nil }.map {
            Entry(fingerprint: $0.fingerprint, rule: $0.ruleID, document: $0.documentID, path: $0.path)
          })))
  }

  private struct File: Codable {
    var version: Int
    var entries: [Entry]
  }

  /// Why a baseline file cannot be used, each case worded whole in both languages (a reason
  /// passed on as an English string would end up inside the Swedish text).
  public enum LoadError: Error, DiagnosticConvertible {
    /// No file at the path, or one that cannot be opened.
    case missing(path: String)
    /// A baseline written in a format version this tillit does not read.
    case unsupportedVersion(path: String, version: Int)
    /// The file is not JSON of a baseline's shape.
    case notABaseline(path: String)

    public var diagnostic: Diagnostic {
      switch self {
      case .missing(let path):
        return Diagnostic(location: SourceLocation(file: path, line: 0, column: 0), message: Texts.baselineMissing)
      case .unsupportedVersion(let path, let version):
        return Diagnostic(
          location: SourceLocation(file: path, line: 0, column: 0),
          message: Texts.baselineUnsupportedVersion(version: version))
      case .notABaseline(let path):
        return Diagnostic(
          location: SourceLocation(file: path, line: 0, column: 0), message: Texts.baselineNotABaseline)
      }
    }
  }

  public static func load(_ path: String) throws(LoadError) -> Baseline {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .missing(path: path)
    }
    let file: File
    do {
      file = try JSONDecoder().decode(File.self, from: data)
    } catch {
      throw .notABaseline(path: path)
    }
    guard file.version == 1 else { throw .unsupportedVersion(path: path, version: file.version) }
    return Baseline(entries: file.entries)
  }

  /// The file's text: sorted, stable, one entry per finding.
  public var text: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(File(version: 1, entries: entries))) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Marks the findings the baseline knows.
  public func apply(to findings: inout [Finding]) {
    let known = Set(entries.map(\.fingerprint))
    for i in findings.indices where known.contains(findings[i].fingerprint) { findings[i].baselined = true }
  }

  /// Entries that still match a finding (what `prune` keeps).
  public func pruned(keeping findings: [Finding]) -> Baseline {
    let current = Set(findings.map(\.fingerprint))
    return Baseline(entries: entries.filter { current.contains($0.fingerprint) })
  }

  /// This baseline with the given findings added (what `update` writes).
  public func adding(_ findings: [Finding]) -> Baseline {
    Baseline(entries: Array(Set(entries).union(Baseline(findings: findings).entries)))
  }
}
