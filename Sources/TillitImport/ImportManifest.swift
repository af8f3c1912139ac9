import Foundation

/// `.tillit-import.json` in the output folder: for each file the last import wrote, a hash of
/// what it wrote. A file whose bytes still hash the same was not edited and may be replaced
/// by a new import; one that differs was edited by someone and is kept unless `--force`. The
/// hash only has to notice a change, not resist forgery, so a 64-bit FNV-1a is enough and
/// needs no cryptography library.
struct ImportManifest: Sendable, Equatable {
  static let fileName = ".tillit-import.json"

  var hashes: [String: String] = [:]

  static func hash(_ data: Data) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in data {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01B3
    }
    let hex = String(value, radix: 16)
    return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The manifest in `folder`; empty when there is none or it cannot be read (every existing
  /// file then counts as edited, which is the safe side).
  static func load(folder: URL) -> ImportManifest {
    guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let files = object["files"] as? [String: String]
    else { return ImportManifest() }
    return ImportManifest(hashes: files)
  }

  /// Sorted keys, so the manifest's own bytes are the same for the same import.
  func encoded() -> Data {
    let object: [String: Any] = ["version": 1, "files": hashes]
    let data =
      (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])) ?? Data()
    return data + Data("\n".utf8)
  }
}
