/// A cell's place as spreadsheet users name it (`B7`): column letters and a 1-based row, so
/// that an error points where the user looks.
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// 1-based row number, as the spreadsheet shows it.
  public var row: Int
  /// 0-based column index (A is 0).
  public var column: Int

  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// Parses `B7` or `AA12`; nil for anything else (including a reference past column XFD,
  /// the last one Excel has).
  public init?(_ text: String) {
    var column = 0
    var digits = ""
    var seenDigit = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "A"..."Z" where !seenDigit:
        column = column * 26 + Int(scalar.value - 64)
        if column > CellReference.lastColumn { return nil }
      case "a"..."z" where !seenDigit:
        column = column * 26 + Int(scalar.value - 96)
        if column > CellReference.lastColumn { return nil }
      case "0"..."9":
        seenDigit = true
        digits.unicodeScalars.append(scalar)
      default:
        return nil
      }
    }
    guard column > 0, let row = Int(digits), row > 0 else { return nil }
    self.init(row: row, column: column - 1)
  }

  /// Excel's last column, XFD.
  static let lastColumn = 16_384

  /// The column's letters: 0 is A, 25 is Z, 26 is AA.
  public static func letters(ofColumn column: Int) -> String {
    var number = column + 1
    var letters: [Character] = []
    while number > 0 {
      let remainder = (number - 1) % 26
      letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
      number = (number - 1) / 26
    }
    return String(letters.reversed())
  }

  public var description: String { CellReference.letters(ofColumn: column) + String(row) }

  public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
    (lhs.row, lhs.column) < (rhs.row, rhs.column)
  }
}
