import Foundation
import SwiftCSV
import TillitYAML

/// Reads a CSV file with SwiftCSV, which handles quoted fields, doubled quotes, line breaks
/// inside quotes and a UTF-8 byte-order mark. The separator is chosen here rather than by
/// SwiftCSV's guess, which takes the first candidate character in the first line: a heading
/// such as "Namn, titel" in a `;` file would fool it. tillit counts `;`, `,` and tab outside
/// quotes in the first line and takes the most frequent (`;` on a tie, as Swedish Excel
/// writes).
public struct CSVReader: Sendable {
  public var limits: SpreadsheetLimits

  public init(limits: SpreadsheetLimits = .standard) {
    self.limits = limits
  }

  public func read(file: String) throws(SpreadsheetError) -> SpreadsheetTable {
    let data: Data
    do {
      let attributes = try FileManager.default.attributesOfItem(atPath: file)
      if let size = attributes[.size] as? Int, size > limits.maxPartBytes {
        throw SpreadsheetError.partTooLarge(file: file, part: file, limit: limits.maxPartBytes)
      }
      data = try Data(contentsOf: URL(fileURLWithPath: file))
    } catch let error as SpreadsheetError {
      throw error
    } catch {
      throw .unreadable(file: file, reason: Texts.spreadsheetReasonCouldNotOpen)
    }
    guard let text = CSVReader.decode(data) else { throw .notText(file: file) }
    return try read(text: text, file: file)
  }

  /// Reads CSV text already in memory (a byte-order mark at its start is dropped).
  public func read(text: String, file: String) throws(SpreadsheetError) -> SpreadsheetTable {
    let separator = CSVReader.separator(of: text)
    var rows: [SpreadsheetTable.Row] = []
    var number = 0
    var overflow: SpreadsheetError?
    do {
      let csv = try EnumeratedCSV(string: text, delimiter: separator, loadColumns: false, rowLimit: 0)
      try csv.enumerateAsArray(startAt: 0, rowLimit: limits.maxRows + 1) { fields in
        number += 1
        guard overflow == nil else { return }
        if number > limits.maxRows {
          overflow = .tooManyRows(SpreadsheetLocation(file: file, row: number), limit: limits.maxRows)
          return
        }
        if fields.count > limits.maxColumns {
          overflow = .tooManyColumns(
            SpreadsheetLocation(file: file, cell: CellReference(row: number, column: limits.maxColumns)),
            limit: limits.maxColumns)
          return
        }
        let values = fields.map { $0.isEmpty ? nil : CellValue.text($0) }
        let row = SpreadsheetTable.Row(number: number, values: values)
        if !row.isEmpty { rows.append(row) }
      }
    } catch {
      throw .notText(file: file)
    }
    if let overflow { throw overflow }
    return SpreadsheetTable(file: file, sheet: nil, uses1904Dates: false, rows: rows)
  }

  /// UTF-8 (with or without a byte-order mark), or UTF-16 with one; nil for anything else,
  /// including text with NUL characters, which no register export has.
  static func decode(_ data: Data) -> String? {
    let bytes = [UInt8](data.prefix(3))
    var text: String?
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      text = String(data: data, encoding: .utf16)
    } else {
      text = String(validating: data, as: UTF8.self)
    }
    guard var text, !text.contains("\u{0}") else { return nil }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return text
  }

  /// The separator with most occurrences outside quotes in the first line.
  static func separator(of text: String) -> CSVDelimiter {
    var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
    var quoted = false
    for character in text {
      if character == "\"" {
        quoted.toggle()
      } else if !quoted && (character == "\n" || character == "\r\n" || character == "\r") {
        break
      } else if !quoted, counts[character] != nil {
        counts[character, default: 0] += 1
      }
    }
    let semicolons = counts[";"] ?? 0
    let commas = counts[","] ?? 0
    let tabs = counts["\t"] ?? 0
    if tabs > semicolons && tabs > commas { return .tab }
    return commas > semicolons ? .comma : .semicolon
  }
}
