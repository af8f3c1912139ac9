/// How much of a spreadsheet tillit reads before it refuses, so that a huge or hostile file
/// (a zip bomb: a few kilobytes that inflate to gigabytes) ends in a clear error instead of
/// exhausting memory. A record of processing activities has hundreds of rows and a follow-up
/// inventory a few thousand, so the defaults leave room by an order of magnitude.
public struct SpreadsheetLimits: Sendable, Hashable {
  /// Rows read from one sheet or CSV file, counting the heading rows.
  public var maxRows: Int
  /// Columns read from one row.
  public var maxColumns: Int
  /// Bytes one part of a workbook (a sheet's XML, the shared strings) may inflate to, and
  /// bytes a CSV file may have.
  public var maxPartBytes: Int

  public init(maxRows: Int = 20_000, maxColumns: Int = 500, maxPartBytes: Int = 64 * 1024 * 1024) {
    self.maxRows = maxRows
    self.maxColumns = maxColumns
    self.maxPartBytes = maxPartBytes
  }

  public static let standard = SpreadsheetLimits()
}
