import CEL
import TillitYAML

/// The categories of personal data and of data subjects (`policies/taxonomy.yaml`), with
/// flags inherited from every ancestor of a dotted key.
public struct Taxonomy: Sendable {
  public struct Flags: Sendable, Hashable {
    /// The Art. 9 name (`health`, …) when the category is a special category.
    public var special: String?
    public var criminal = false
    public var nationalID = false
    public var highlyPersonal = false
    public var vulnerable = false
  }

  public struct Entry: Sendable {
    public var key: String
    public var name: LocalizedText
    /// The flags written on this key itself (not inherited).
    var own: Flags
  }

  public private(set) var categories: [String: Entry] = [:]
  public private(set) var subjects: [String: Entry] = [:]
  /// Every known category's flags with its ancestors' already added: the facts ask for a
  /// collection's categories on every collection, and most are known keys.
  private var inherited: [String: Flags] = [:]

  /// The built-in taxonomy, read once.
  public static let builtIn: Taxonomy = {
    let text = BuiltInPolicySources.files.first { $0.name == "taxonomy.yaml" }?.text ?? ""
    return Taxonomy(yaml: text)
  }()

  init(yaml text: String) {
    guard let root = YAMLReader().read(text, file: "taxonomy.yaml").documents.first?.root else { return }
    add(root)
  }

  /// The built-in taxonomy with an Organization's `taxonomy` additions (new keys, or flags on
  /// existing ones).
  public func extended(with organization: YAMLNode?) -> Taxonomy {
    guard let node = organization?["taxonomy"], node.isMapping else { return self }
    var copy = self
    copy.add(node)
    return copy
  }

  private mutating func add(_ root: YAMLNode) {
    func entries(_ key: String) -> [String: Entry] {
      var table: [String: Entry] = [:]
      for node in root.objects(key) {
        guard let id = node.text("key") else { continue }
        var flags = Flags()
        flags.special = node.text("special")
        flags.criminal = node.bool("criminal") ?? false
        flags.nationalID = node.bool("national_id") ?? false
        flags.highlyPersonal = node.bool("highly_personal") ?? false
        flags.vulnerable = node.bool("vulnerable") ?? false
        table[id] = Entry(
          key: id, name: LocalizedText(sv: node.text("sv") ?? id, en: node.text("en") ?? id), own: flags)
      }
      return table
    }
    categories.merge(entries("categories")) { _, new in new }
    subjects.merge(entries("subjects")) { _, new in new }
    inherited = [:]
    var resolved: [String: Flags] = [:]
    for key in categories.keys { resolved[key] = flags(ofCategory: key) }
    inherited = resolved
  }

  /// The flags of a data category: its own and every ancestor's (`a.b.c` gets `a`, `a.b`).
  public func flags(ofCategory key: String) -> Flags {
    if let known = inherited[key] { return known }
    var flags = Flags()
    var prefix = ""
    for part in key.split(separator: ".") {
      prefix = prefix.isEmpty ? String(part) : prefix + "." + part
      guard let own = categories[prefix]?.own else { continue }
      if let special = own.special { flags.special = special }
      flags.criminal = flags.criminal || own.criminal
      flags.nationalID = flags.nationalID || own.nationalID
      flags.highlyPersonal = flags.highlyPersonal || own.highlyPersonal
      flags.vulnerable = flags.vulnerable || own.vulnerable
    }
    return flags
  }

  public func flags(ofSubject key: String) -> Flags {
    subjects[key]?.own ?? Flags()
  }
}
