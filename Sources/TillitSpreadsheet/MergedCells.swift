/// Fills merged ranges with their top-left value, as a reader sees them: a heading merged
/// over three columns heads all three, a unit merged down five rows belongs to all five. The
/// fill stays within the limits, so a range declared over a whole sheet costs no more than the
/// limits allow.
enum MergedCells {
  static func fill(
    _ rows: [SpreadsheetTable.Row], merges: [(from: CellReference, to: CellReference)], limits: SpreadsheetLimits
  ) -> [SpreadsheetTable.Row] {
    guard !merges.isEmpty else { return rows }
    var byNumber: [Int: SpreadsheetTable.Row] = [:]
    for row in rows { byNumber[row.number] = row }
    for merge in merges {
      let top = min(merge.from.row, merge.to.row)
      let bottom = min(max(merge.from.row, merge.to.row), limits.maxRows)
      let left = min(merge.from.column, merge.to.column)
      let right = min(max(merge.from.column, merge.to.column), limits.maxColumns - 1)
      guard top <= bottom, left <= right, let value = byNumber[top]?.value(at: left) else { continue }
      for number in top...bottom {
        var row = byNumber[number] ?? SpreadsheetTable.Row(number: number, values: [])
        if row.values.count <= right {
          row.values.append(contentsOf: repeatElement(nil, count: right + 1 - row.values.count))
        }
        for column in left...right where row.values[column] == nil { row.values[column] = value }
        byNumber[number] = row
      }
    }
    return byNumber.keys.sorted().compactMap { byNumber[$0] }
  }
}
