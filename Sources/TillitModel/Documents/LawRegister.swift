import CEL
import TillitYAML

/// The Swedish statutes of `policies/laws.yaml`: SFS number, names, when each entered into
/// force, when it was repealed and what replaced it. Read once, like the taxonomy; rules reach
/// it through `repealed_law(text)` (see `TillitFunctions`), so that a citation of a repealed
/// act is found by number however the act is named.
public struct LawRegister: Sendable {
  /// An act that replaces a repealed one: an entry of the register, or an act with no SFS
  /// number (an EU regulation), named in both languages.
  public struct Replacement: Sendable {
    public var sfs: String?
    public var name: LocalizedText
    public var url: String?
  }

  public struct Law: Sendable {
    /// "year:serial", e.g. "2001:453".
    public var sfs: String
    /// The statute's title in Swedish, and its usual English name.
    public var name: LocalizedText
    /// How a text refers to it: "socialtjänstlagen (2001:453)".
    public var short: LocalizedText
    public var inForce: CalendarDate?
    /// The first day on which the act no longer applies.
    public var repealed: CalendarDate?
    public var replacedBy: [Replacement]
    /// Where the dates can be checked (riksdagen.se).
    public var source: String?
  }

  /// By SFS number.
  public private(set) var laws: [String: Law] = [:]

  /// The built-in register, read once.
  public static let builtIn: LawRegister = {
    let text = BuiltInPolicySources.files.first { $0.name == LawRegister.fileName }?.text ?? ""
    return LawRegister(yaml: text)
  }()

  /// The register's file among the built-in policies: data, never loaded as a pack.
  public static let fileName = "laws.yaml"

  init(yaml text: String) {
    guard let root = YAMLReader().read(text, file: LawRegister.fileName).documents.first?.root else { return }
    var pending: [(law: Law, replacedBy: [YAMLNode])] = []
    for node in root.objects("laws") {
      guard let sfs = node.text("sfs") else { continue }
      let name = LawRegister.localized(node["name"]) ?? LocalizedText(sv: sfs, en: sfs)
      let law = Law(
        sfs: sfs, name: name, short: LawRegister.localized(node["short"]) ?? name,
        inForce: node.date("in_force"), repealed: node.date("repealed"), replacedBy: [],
        source: node.text("source"))
      pending.append((law, node["replaced_by"].map { Array($0.items) } ?? []))
      laws[sfs] = law
    }
    // Replacements name other entries by number, so they are resolved once all are read.
    let read = laws
    for (law, nodes) in pending {
      laws[law.sfs]?.replacedBy = nodes.compactMap { node in
        if node.isMapping {
          guard let name = LawRegister.localized(node) else { return nil }
          return Replacement(sfs: nil, name: name, url: node.text("url"))
        }
        guard let sfs = node.text else { return nil }
        return Replacement(sfs: sfs, name: read[sfs]?.short ?? LocalizedText(sv: sfs, en: sfs), url: read[sfs]?.source)
      }
    }
  }

  /// The first act cited in `text` (by an SFS number such as "2001:453" anywhere in it) that
  /// the register knows as repealed, whatever the date: the rule compares with `today`.
  public func repealedLaw(citedIn text: String) -> Law? {
    for sfs in LawRegister.sfsNumbers(in: text) {
      if let law = laws[sfs], law.repealed != nil { return law }
    }
    return nil
  }

  /// Every "yyyy:n" in the text, in order: four digits not preceded by a digit, a colon, and
  /// at least one digit. One pass, linear in the text's length.
  static func sfsNumbers(in text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    func isDigit(_ j: Int) -> Bool { j >= 0 && j < scalars.count && ("0"..."9").contains(scalars[j]) }
    var found: [String] = []
    var i = 0
    while i < scalars.count {
      guard isDigit(i), !isDigit(i - 1) else {
        i += 1
        continue
      }
      var end = i
      while isDigit(end) { end += 1 }
      guard end - i == 4, end < scalars.count, scalars[end] == ":", isDigit(end + 1) else {
        i = end
        continue
      }
      var serialEnd = end + 1
      while isDigit(serialEnd) { serialEnd += 1 }
      var number = String.UnicodeScalarView()
      number.append(contentsOf: scalars[i..<serialEnd])
      found.append(String(number))
      i = serialEnd
    }
    return found
  }

  /// `{sv, en}` with each language falling back to the other; nil when neither is given.
  private static func localized(_ node: YAMLNode?) -> LocalizedText? {
    guard let node, node.isMapping else { return nil }
    let sv = node.text("sv")
    let en = node.text("en")
    guard let any = sv ?? en else { return nil }
    return LocalizedText(sv: sv ?? any, en: en ?? any)
  }
}
