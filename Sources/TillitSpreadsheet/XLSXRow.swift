/// One row of a sheet: its cells from column A, and whether it is shown in bold (a header
/// or a totals row).
public struct XLSXRow: Sendable, Hashable {
  public var cells: [XLSXCell]
  public var bold: Bool

  public init(_ cells: [XLSXCell], bold: Bool = false) {
    self.cells = cells
    self.bold = bold
  }
}
