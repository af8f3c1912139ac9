import Foundation
import TillitModel
import TillitYAML

/// The points of commits checked before, by what decides their result: the commit's tree, the
/// day it is checked as of, the paths, tillit's version and the packs' content (so a new or
/// changed rule starts afresh). One small JSON file per point, written atomically (to a
/// temporary file, then renamed), so a run stopped half-way never leaves a broken entry; an
/// entry that cannot be read is checked again.
public struct TrendCache: Sendable {
  /// `$XDG_CACHE_HOME/tillit/trend` when that is set, else `.git/tillit-trend`.
  public let folder: URL
  /// What every key shares: tillit's version, the packs' content and the paths.
  private let salt: String

  public init(gitDirectory: String, environment: [String: String], packsContent: [String], paths: [String]) {
    if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
      folder = URL(fileURLWithPath: xdg).appendingPathComponent("tillit/trend")
    } else {
      folder = URL(fileURLWithPath: gitDirectory).appendingPathComponent("tillit-trend")
    }
    salt = ([TillitVersion.current] + packsContent + paths).joined(separator: "\u{1F}")
  }

  /// The file of a point: 32 hex digits of two FNV-1a hashes of what decides it.
  func file(for commit: TrendHistory.Commit) -> URL {
    let text = salt + "\u{1E}" + commit.tree + "\u{1E}" + commit.date
    let name =
      Self.hex(Self.fnv(text, basis: 0xcbf2_9ce4_8422_2325)) + Self.hex(Self.fnv(text, basis: 0x84222325cbf29ce4))
    return folder.appendingPathComponent(name + ".json")
  }

  public func point(for commit: TrendHistory.Commit) -> TrendPoint? {
    guard let data = try? Data(contentsOf: file(for: commit)),
      var point = try? JSONDecoder().decode(TrendPoint.self, from: data)
    else { return nil }
    // Another commit with the same tree shares the result, under its own hash.
    point.commit = commit.hash
    return point
  }

  /// Stores a point; a cache that cannot be written only makes the next run slower.
  public func store(_ point: TrendPoint, for commit: TrendHistory.Commit) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(point) else { return }
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? data.write(to: file(for: commit), options: .atomic)
  }

  private static func fnv(_ text: String, basis: UInt64) -> UInt64 {
    var hash = basis
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The text of every built-in pack and data file: part of the key, so that a tillit built
  /// with a changed rule does not reuse results of the old one even at the same version.
  public static var builtInPacksContent: String {
    BuiltInPolicySources.files.map { $0.name + "\u{1F}" + $0.text }.joined(separator: "\u{1E}")
  }
}
