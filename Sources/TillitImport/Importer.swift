import Foundation
import TillitModel
import TillitSpreadsheet
import TillitYAML

/// Turns a spreadsheet into tillit documents: finds the heading row, reads each data row
/// (empty rows are passed over) and builds one DataCollection per row of a register, or one
/// FollowUp per follow-up of an inventory.
public struct Importer: Sendable {
  public var kind: ImportKind
  public var sheet: String?
  public var map: ImportMap?
  /// `--controller`: the controller id every imported collection gets.
  public var controller: String?
  public var limits: SpreadsheetLimits
  public var taxonomy: Taxonomy
  /// The Organization whose controllers and roles the sheet's cells name (`--organization`,
  /// or the workspace's): a controller or role written as its name becomes its id.
  public var organization: Organization?
  /// The language whose labels win when a label means different things in Swedish and
  /// English (`--lang`); nil to go by the language of the headings.
  public var language: Language?

  public init(
    kind: ImportKind, sheet: String? = nil, map: ImportMap? = nil, controller: String? = nil,
    limits: SpreadsheetLimits = .standard, taxonomy: Taxonomy = .builtIn, organization: Organization? = nil,
    language: Language? = nil
  ) {
    self.organization = organization
    self.language = language
    self.kind = kind
    self.sheet = sheet
    self.map = map
    self.controller = controller
    self.limits = limits
    self.taxonomy = taxonomy
  }

  /// What one import made: the documents, and the rows passed over because they had no name.
  public struct Result: Sendable {
    public var documents: [ImportedDocument]
    public var rowsWithoutName: [SpreadsheetLocation]
    public var table: SpreadsheetTable
  }

  public func run(file: String) throws(ImportError) -> Result {
    let table: SpreadsheetTable
    do {
      table = try SpreadsheetReader(limits: limits).read(file: file, sheet: sheet)
    } catch {
      throw .spreadsheet(error)
    }
    return try run(table: table)
  }

  public func run(table: SpreadsheetTable) throws(ImportError) -> Result {
    let layout = try ColumnLayout.detect(table, kind: kind, map: map)
    let dataRows = table.rows.filter { $0.number > layout.headingRow && !$0.isEmpty }
      .map { RowCells(table: table, layout: layout, row: $0) }
    var withoutName: [SpreadsheetLocation] = []
    var named: [(name: String, preferredID: String, cells: RowCells)] = []
    for cells in dataRows {
      let name = cells.text(.name)?.text
      let given = cells.text(.id)?.text
      guard let label = name ?? given else {
        withoutName.append(table.location(row: cells.row.number, column: layout.column(of: .name)))
        continue
      }
      let slug = DocumentIdentifier.slug(label)
      let preferred =
        given.flatMap { DocumentIdentifier.isIdentifier($0) ? $0 : nil }
        ?? (slug.isEmpty ? "rad-\(cells.row.number)" : slug)
      named.append((label, preferred, cells))
    }
    var identifiers = DocumentIdentifier()
    var documents: [ImportedDocument] = []
    let source = (table.file as NSString).lastPathComponent
    func header(rows: [Int]) -> [(String, YAMLOutput)] {
      var pairs: [(String, YAMLOutput)] = [("source", .text(source))]
      if let sheet = table.sheet { pairs.append(("sheet", .text(sheet))) }
      pairs.append(
        rows.count == 1 ? ("row", .plain(String(rows[0]))) : ("rows", .list(rows.map { .plain(String($0)) })))
      return pairs
    }
    switch kind {
    case .ropa:
      let labels = TaxonomyLabels(taxonomy, language: language ?? layout.language)
      let names = OrganizationNames(organization)
      for entry in named {
        let id = identifiers.claim(entry.preferredID)
        var builder = DataCollectionBuilder(
          cells: entry.cells, labels: labels, controller: controller, names: names)
        let output = builder.build(id: id, name: entry.name, header: header(rows: [entry.cells.row.number]))
        documents.append(
          ImportedDocument(
            id: id, name: entry.name, rows: [entry.cells.row.number], decisions: builder.decisions,
            text: output.document()))
      }
    case .followups:
      var order: [String] = []
      var groups: [String: [(name: String, preferredID: String, cells: RowCells)]] = [:]
      for entry in named {
        let key = NameNormalization.normalized(entry.name)
        if groups[key] == nil { order.append(key) }
        groups[key, default: []].append(entry)
      }
      for key in order {
        guard let group = groups[key], let first = group.first else { continue }
        let id = identifiers.claim(first.preferredID)
        let rows = group.map(\.cells.row.number)
        var builder = FollowUpBuilder(rows: group.map(\.cells), names: OrganizationNames(organization))
        let output = builder.build(id: id, name: first.name, header: header(rows: rows))
        documents.append(
          ImportedDocument(id: id, name: first.name, rows: rows, decisions: builder.decisions, text: output.document()))
      }
    }
    return Result(documents: documents, rowsWithoutName: withoutName, table: table)
  }
}
