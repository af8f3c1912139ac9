import Foundation
import TillitModel
import TillitSpreadsheet
import TillitYAML

/// Which row holds the headings and what each column means. The heading row is the one among
/// the first rows that names most known columns, so a title above the table or a group
/// heading merged over several columns does not get in the way: a column whose own heading is
/// unknown is tried with the heading above it (`Kategorier av` over `registrerade`).
struct ColumnLayout: Sendable {
  var headingRow: Int
  var fields: [Int: ImportField]
  /// Every non-empty heading, by column, as the sheet writes it (with a group heading above it).
  var headings: [Int: String]
  /// The language most recognised headings are written in, or nil when neither has more.
  var language: Language? {
    var votes: [Language: Int] = [:]
    for heading in headings.values {
      if let language = HeadingCatalogue.language(of: heading) { votes[language, default: 0] += 1 }
    }
    let sv = votes[.sv] ?? 0
    let en = votes[.en] ?? 0
    return sv == en ? nil : sv > en ? .sv : .en
  }

  /// How many rows from the top are searched for headings.
  static let searchedRows = 10

  static func detect(_ table: SpreadsheetTable, kind: ImportKind, map: ImportMap?) throws(ImportError) -> ColumnLayout {
    let candidates = Array(table.rows.filter { !$0.isEmpty }.prefix(searchedRows))
    var best: ColumnLayout?
    var bestCount = 0
    for (index, row) in candidates.enumerated() {
      let above = index > 0 ? candidates[index - 1] : nil
      let layout = layout(of: row, above: above, kind: kind, map: map)
      let count = layout.fields.values.filter { $0 != .ignore }.count
      if count > bestCount {
        best = layout
        bestCount = count
      }
    }
    guard let best, best.fields.values.contains(.name) || best.fields.values.contains(.id) else {
      let first = candidates.first
      throw .noNameColumn(
        table.location(row: first?.number ?? 1, column: nil), kind: kind,
        headings: first.map { row in row.values.compactMap { $0?.text } } ?? [])
    }
    return best
  }

  private static func layout(
    of row: SpreadsheetTable.Row, above: SpreadsheetTable.Row?, kind: ImportKind, map: ImportMap?
  ) -> ColumnLayout {
    var fields: [Int: ImportField] = [:]
    var headings: [Int: String] = [:]
    /// Each column's field and whether its heading names it exactly (rather than containing
    /// its phrase): exact headings claim their fields first, so "Kontaktpersonens namn" left
    /// of "Namn" does not take the names.
    var found: [(column: Int, field: ImportField, exact: Bool)] = []
    func lookup(_ heading: String) -> (ImportField, Bool)? {
      if let field = map?.field(for: heading) { return (field, true) }
      return HeadingCatalogue.match(heading, kind: kind)
    }
    for column in 0..<max(row.values.count, above?.values.count ?? 0) {
      let own = row.value(at: column)?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
      let group = above?.value(at: column)?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
      var heading = own
      var match = own.isEmpty ? nil : lookup(own)
      if match == nil, !group.isEmpty, group != own {
        let combined = own.isEmpty ? group : group + " " + own
        if let result = lookup(combined) {
          match = result
          heading = combined
        } else if own.isEmpty, let result = lookup(group) {
          match = result
          heading = group
        }
      }
      if heading.isEmpty { continue }
      headings[column] = heading
      if let match { found.append((column, match.0, match.1)) }
    }
    var used: Set<ImportField> = []
    for exact in [true, false] {
      for entry in found where entry.exact == exact {
        if entry.field == .ignore || !used.contains(entry.field) {
          fields[entry.column] = entry.field
          used.insert(entry.field)
        }
      }
    }
    return ColumnLayout(headingRow: row.number, fields: fields, headings: headings)
  }

  /// The first column of `field`.
  func column(of field: ImportField) -> Int? {
    fields.filter { $0.value == field }.keys.min()
  }
}
