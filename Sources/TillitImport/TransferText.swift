import CEL
import Foundation
import TillitModel

/// One third-country transfer as tillit's export writes it in the register:
/// `recipient → country: mechanism`, then optionally ` (derogation)`, ` (modul N)` or
/// ` (module N)` and `, TIA ref date`. Reading it back gives the same `transfers` entry, so
/// the round trip export → import → export keeps the cell; any other wording is left to a
/// person (nil).
struct TransferText: Equatable {
  var recipient: String?
  var country: String?
  var mechanism: String?
  var derogation: String?
  var sccModule: Int?
  var tiaReference: String?
  var tiaDate: String?

  init?(_ text: String) {
    let arrow = text.components(separatedBy: " → ")
    guard arrow.count == 2, let colon = arrow[1].range(of: ": ") else { return nil }
    let recipient = arrow[0].trimmingCharacters(in: .whitespaces)
    if recipient != "–" {
      guard DocumentIdentifier.isIdentifier(recipient, underscore: true) else { return nil }
      self.recipient = recipient
    }
    let country = arrow[1][..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
    if country != "–" {
      guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
      self.country = country
    }
    var rest = String(arrow[1][colon.upperBound...])
    if let tia = rest.range(of: ", TIA ") {
      let words = rest[tia.upperBound...].split(separator: " ").map(String.init)
      if let last = words.last, CalendarDate(last) != nil {
        tiaDate = last
        tiaReference = words.dropLast().joined(separator: " ")
      } else {
        tiaReference = words.joined(separator: " ")
      }
      if tiaReference?.isEmpty == true { tiaReference = nil }
      rest = String(rest[..<tia.lowerBound])
    }
    for prefix in [" (modul ", " (module "] {
      if let module = rest.range(of: prefix), rest.hasSuffix(")") {
        guard let number = Int(rest[module.upperBound..<rest.index(before: rest.endIndex)]) else { return nil }
        sccModule = number
        rest = String(rest[..<module.lowerBound])
      }
    }
    if let open = rest.range(of: " ("), rest.hasSuffix(")") {
      derogation = String(rest[open.upperBound..<rest.index(before: rest.endIndex)])
      rest = String(rest[..<open.lowerBound])
    }
    if rest == "mekanism saknas" || rest == "mechanism missing" {
      mechanism = nil
    } else if TransferMechanism(rawValue: rest) != nil {
      mechanism = rest
    } else {
      return nil
    }
  }
}
