import Foundation
import ZIPFoundation

/// The ZIP container of an XLSX workbook, read through ZIPFoundation with every part's
/// inflated size bounded: the size a ZIP entry declares can lie, so the bytes are counted as
/// they come out and reading stops at the limit.
struct WorkbookArchive {
  let file: String
  let archive: Archive
  let limits: SpreadsheetLimits

  init(file: String, url: URL, limits: SpreadsheetLimits) throws(SpreadsheetError) {
    self.file = file
    self.limits = limits
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw .notASpreadsheet(file: file)
    }
  }

  /// Whether the container has the part (`xl/workbook.xml`).
  func has(_ part: String) -> Bool { archive[part] != nil }

  /// The part's bytes; nil when the container has no such part.
  func data(_ part: String) throws(SpreadsheetError) -> Data? {
    guard let entry = archive[part] else { return nil }
    let limit = limits.maxPartBytes
    if entry.uncompressedSize > UInt64(limit) { throw .partTooLarge(file: file, part: part, limit: limit) }
    var data = Data()
    var tooLarge = false
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        if data.count + chunk.count > limit {
          tooLarge = true
          throw CancellationError()
        }
        data.append(chunk)
      }
    } catch {
      if tooLarge { throw .partTooLarge(file: file, part: part, limit: limit) }
      throw .damagedWorkbook(file: file, part: part, reason: SpreadsheetError.partNotReadable)
    }
    return data
  }
}
