import Foundation
import TillitYAML

/// Opens whatever spreadsheet file the user names: looks at its first bytes, not its name, so
/// a workbook saved as `.csv` or a CSV named `.xlsx` is still read right, and a file that is
/// neither is refused with a clear message instead of being parsed as garbage.
public struct SpreadsheetReader: Sendable {
  public var limits: SpreadsheetLimits

  public init(limits: SpreadsheetLimits = .standard) {
    self.limits = limits
  }

  /// The first bytes of a ZIP file (a local file header).
  static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
  /// The first bytes of a Compound File Binary file: what Office wraps an encrypted workbook
  /// in, and what old .xls files are.
  static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

  /// Reads the sheet named `sheet` (the first sheet by default; CSV has one, and a sheet name
  /// given for a CSV file is ignored).
  public func read(file: String, sheet: String? = nil) throws(SpreadsheetError) -> SpreadsheetTable {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
      throw .unreadable(file: file, reason: Texts.spreadsheetReasonNoSuchFile)
    }
    if isDirectory.boolValue {
      throw .unreadable(file: file, reason: Texts.spreadsheetReasonIsAFolder)
    }
    guard let handle = FileHandle(forReadingAtPath: file) else {
      throw .unreadable(file: file, reason: Texts.spreadsheetReasonPermissionDenied)
    }
    let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
    try? handle.close()
    if head.starts(with: SpreadsheetReader.zipSignature) {
      return try XLSXReader(limits: limits).read(file: file, sheet: sheet)
    }
    if head.starts(with: SpreadsheetReader.compoundFileSignature) {
      throw .encryptedOrLegacyWorkbook(file: file)
    }
    let lowercased = file.lowercased()
    if lowercased.hasSuffix(".xlsx") || lowercased.hasSuffix(".xlsm") || lowercased.hasSuffix(".xls") {
      throw .notASpreadsheet(file: file)
    }
    do {
      return try CSVReader(limits: limits).read(file: file)
    } catch .notText {
      throw .notASpreadsheet(file: file)
    }
  }
}
