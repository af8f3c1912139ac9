/// A path pattern from `tillit.yaml`'s `include` and `exclude`, matched against a path relative
/// to the workspace root (the folder holding `tillit.yaml`), `/` between the parts. A pattern
/// that matches a folder covers everything below it, so `vendor`, `vendor/` and `vendor/**`
/// all mean the same, as they do in a `.gitignore`.
///
/// `*` matches any run of characters within one part, `?` one character within a part, and a
/// part that is exactly `**` any number of whole parts, none included: `**/*.yaml` matches
/// `a.yaml` and `x/y/a.yaml`, `vendor/**` matches everything below `vendor`. Nothing else is
/// special, so a pattern means the same on every machine; there are no character classes,
/// braces or negations, which are rare in such lists and each a way to write a pattern that
/// silently matches nothing.
public struct PathGlob: Sendable, Hashable, CustomStringConvertible {
  /// The pattern as written.
  public let description: String
  private let parts: [[Character]]

  public init(_ pattern: String) {
    description = pattern
    var text = Substring(pattern)
    while text.hasPrefix("./") { text = text.dropFirst(2) }
    parts = text.split(separator: "/", omittingEmptySubsequences: true).map { Array($0) }
  }

  /// Whether `path` (relative to the workspace root, without a leading `./`) matches.
  public func matches(_ path: String) -> Bool {
    let pathParts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0) }
    return Self.match(parts[...], pathParts[...])
  }

  /// Whether `path` or one of the folders it lies in matches: a file is covered by a pattern
  /// naming its folder.
  public func covers(_ path: String) -> Bool {
    let pathParts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0) }
    for count in stride(from: pathParts.count, to: 0, by: -1) where Self.match(parts[...], pathParts.prefix(count)) {
      return true
    }
    return false
  }

  /// Whether everything below the folder `path` is covered (the pattern matches the folder, or
  /// ends in `/**` and the rest matches it): such a folder need not be searched when excluded.
  public func matchesEverythingBelow(_ path: String) -> Bool {
    let pathParts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0) }
    if Self.match(parts[...], pathParts[...]) { return true }
    guard parts.last == ["*", "*"] else { return false }
    return Self.match(parts.dropLast(), pathParts[...])
  }

  private static func match(_ pattern: ArraySlice<[Character]>, _ path: ArraySlice<[Character]>) -> Bool {
    guard let first = pattern.first else { return path.isEmpty }
    if first == ["*", "*"] {
      // Zero parts, or one more part and try again: linear in parts for each `**`.
      let rest = pattern.dropFirst()
      var remaining = path
      while true {
        if match(rest, remaining) { return true }
        guard !remaining.isEmpty else { return false }
        remaining = remaining.dropFirst()
      }
    }
    guard let part = path.first, matchPart(first[...], part[...]) else { return false }
    return match(pattern.dropFirst(), path.dropFirst())
  }

  /// `*` and `?` within one part, by the classic backtracking over the last `*`.
  private static func matchPart(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
    var p = pattern.startIndex
    var t = text.startIndex
    var star: (pattern: Int, text: Int)?
    while t < text.endIndex {
      if p < pattern.endIndex, pattern[p] == "?" || pattern[p] == text[t] {
        p += 1
        t += 1
      } else if p < pattern.endIndex, pattern[p] == "*" {
        star = (p, t)
        p += 1
      } else if let last = star {
        p = last.pattern + 1
        t = last.text + 1
        star = (last.pattern, last.text + 1)
      } else {
        return false
      }
    }
    while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
    return p == pattern.endIndex
  }
}
