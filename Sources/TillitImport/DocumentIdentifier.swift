/// Document ids made from names: the same name gives the same id on every import, so a
/// re-import finds the file it wrote before. Letters are folded to a–z (å, ä → a, ö → o, é →
/// e), anything else becomes a hyphen, and the id is cut at a hyphen to at most 60
/// characters. Two rows whose names give the same id are told apart in row order: the second
/// gets `-2`, the third `-3`.
public struct DocumentIdentifier: Sendable {
  private var taken: Set<String> = []
  /// The next number to try for each preferred id, so that 20,000 rows of one name cost
  /// 20,000 steps, not 20,000 squared.
  private var nextNumber: [String: Int] = [:]

  public init() {}

  public static let maxLength = 60

  /// The slug of `name`; empty when the name has no letter or digit.
  public static func slug(_ name: String) -> String {
    var out = ""
    var pendingHyphen = false
    for character in name.lowercased() {
      let folded = fold(character)
      if folded.isEmpty {
        pendingHyphen = true
        continue
      }
      if pendingHyphen && !out.isEmpty { out += "-" }
      pendingHyphen = false
      out += folded
    }
    if out.count > maxLength {
      let cut = out.prefix(maxLength)
      out = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
    }
    return out
  }

  private static func fold(_ character: Character) -> String {
    switch character {
    case "a"..."z", "0"..."9": return String(character)
    case "å", "ä", "à", "á", "â", "ã", "æ": return "a"
    case "ö", "ø", "ò", "ó", "ô", "õ": return "o"
    case "é", "è", "ê", "ë": return "e"
    case "ü", "ú", "ù", "û": return "u"
    case "í", "ì", "î", "ï": return "i"
    case "ç": return "c"
    case "ñ": return "n"
    case "ß": return "ss"
    default: return ""
    }
  }

  /// Whether `text` is already an id tillit accepts (lower-case letters a–z, digits and `-`;
  /// `_` too for the ids of roles and controllers), so a cell holding one is taken as it is.
  public static func isIdentifier(_ text: String, underscore: Bool = false) -> Bool {
    !text.isEmpty && text.count <= 100
      && text.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || (underscore && $0 == "_")
      }
  }

  /// A new id for `preferred` (a slug or an id from the sheet), unique among those given so far.
  public mutating func claim(_ preferred: String) -> String {
    var candidate = preferred
    var counter = nextNumber[preferred] ?? 2
    while taken.contains(candidate) {
      candidate = "\(preferred)-\(counter)"
      counter += 1
    }
    if candidate != preferred { nextNumber[preferred] = counter }
    taken.insert(candidate)
    return candidate
  }
}
