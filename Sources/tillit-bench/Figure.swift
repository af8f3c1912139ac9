import Foundation

/// How the bench writes numbers: grouped thousands, fixed decimals, the same on every machine
/// (no locale), so runs can be compared line by line.
enum Figure {
  /// `20401` → `20,401`; rounded to whole numbers.
  static func grouped(_ value: Double) -> String {
    guard value.isFinite else { return "–" }
    let digits = String(Int(value.rounded()).magnitude)
    var text = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return (value.rounded() < 0 ? "-" : "") + text
  }

  /// `value` with `places` decimals.
  static func fixed(_ value: Double, _ places: Int) -> String {
    guard value.isFinite else { return "–" }
    return String(format: "%.\(places)f", value)
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }

  func rightPadded(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
