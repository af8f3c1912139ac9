import TillitSpreadsheet
import TillitYAML

/// One document made from a sheet: its id, the YAML to write, and what a person has to
/// decide because a cell did not fit.
public struct ImportedDocument: Sendable {
  /// Something the import could not settle: a value that fits no value set, a text it could
  /// not read. The cell's verbatim text is in the document's `x-import` note.
  public struct Decision: Sendable, Hashable {
    public var cell: CellReference?
    public var message: LocalizedText
  }

  public var id: String
  public var name: String
  /// The rows the document was made from (a follow-up may span several).
  public var rows: [Int]
  public var decisions: [Decision]
  /// The YAML text, as it will be written.
  public var text: String

  /// `DIR/<id>.yaml`.
  public var fileName: String { id + ".yaml" }
}
