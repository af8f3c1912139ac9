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

  public enum LoadError: Error, DiagnosticConvertible {
    case unreadable(String, String)

    public var diagnostic: Diagnostic {
      switch self {
      case .unreadable(let path, let reason):
        return Diagnostic(
          location: SourceLocation(file: path, line: 0, column: 0),
          message: LocalizedText(
            sv: "baslinjen kan inte läsas (\(reason)); skapa den med tillit baseline create",
            en: "the baseline cannot be read (\(reason)); create it with tillit baseline create"))
      }
    }
  }

  public static func load(_ path: String) throws(LoadError) -> Baseline {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path, "missing")
    }
    do {
      let file = try JSONDecoder().decode(File.self, from: data)
      guard file.version == 1 else { throw LoadError.unreadable(path, "version \(file.version)") }
      return Baseline(entries: file.entries)
    } catch let error as LoadError {
      throw error
    } catch {
      throw .unreadable(path, "not a tillit baseline")
    }
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
