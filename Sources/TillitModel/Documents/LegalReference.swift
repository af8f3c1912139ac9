import Foundation

/// A Swedish statute reference read from free text: "Dataskyddslagen (2018:218) 3 kap. 3 §"
/// gives SFS 2018:218, chapter 3, section 3.
///
/// One pass over the text, looking a few characters past each number: linear in its length
/// (a text of many numbers once took quadratic time).
public struct LegalReference: Sendable, Hashable {
  public var sfs: String?
  public var chapter: Int?
  public var section: String?

  public init(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    func isDigit(_ j: Int) -> Bool { j < scalars.count && ("0"..."9").contains(scalars[j]) }
    func digits(from start: Int) -> (String, Int) {
      var j = start
      var out = ""
      while isDigit(j) {
        out.unicodeScalars.append(scalars[j])
        j += 1
      }
      return (out, j)
    }
    var i = 0
    while i < scalars.count {
      guard isDigit(i) && (i == 0 || !isDigit(i - 1)) else {
        i += 1
        continue
      }
      let (number, end) = digits(from: i)
      i = end
      if number.count == 4, end < scalars.count, scalars[end] == ":" {
        let (serial, afterSerial) = digits(from: end + 1)
        if !serial.isEmpty, sfs == nil {
          sfs = "\(number):\(serial)"
          i = afterSerial
          continue
        }
      }
      read(number, followedBy: end, in: scalars)
    }
  }

  /// What follows a number: "kap" makes it the chapter, "§" (or a letter and "§", as in
  /// "2 a §") the section. Spaces between are skipped.
  private mutating func read(_ number: String, followedBy end: Int, in scalars: [Unicode.Scalar]) {
    var j = end
    while j < scalars.count, CharacterSet.whitespaces.contains(scalars[j]) { j += 1 }
    func starts(with text: String, at position: Int) -> Bool {
      var k = position
      for c in text.unicodeScalars {
        guard k < scalars.count, scalars[k] == c else { return false }
        k += 1
      }
      return true
    }
    if starts(with: "kap", at: j) && chapter == nil {
      chapter = Int(number)
      return
    }
    guard section == nil else { return }
    var letter = ""
    if j + 1 < scalars.count, scalars[j].properties.isAlphabetic, scalars[j + 1] == " " || scalars[j + 1] == "§" {
      letter = String(scalars[j])
      j += 1
      while j < scalars.count, scalars[j] == " " { j += 1 }
    }
    if j < scalars.count, scalars[j] == "§" { section = number + (letter.isEmpty ? "" : " " + letter) }
  }
}
