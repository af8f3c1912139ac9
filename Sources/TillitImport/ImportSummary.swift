import Foundation
import TillitSpreadsheet
import TillitYAML

/// What an import did or would do, for a person: each file with its action and, under it,
/// each decision the import left to a person, at its cell. Rows passed over and files left
/// alone are listed too, so nothing happens silently.
public struct ImportSummary: Sendable {
  let result: Importer.Result
  let plan: ImportPlan
  let dryRun: Bool

  public init(result: Importer.Result, plan: ImportPlan, dryRun: Bool) {
    self.result = result
    self.plan = plan
    self.dryRun = dryRun
  }

  static func label(_ action: ImportPlan.Action, dryRun: Bool) -> LocalizedText {
    switch (action, dryRun) {
    case (.create, false): return Texts.importSummaryCreated
    case (.create, true): return Texts.importSummaryWouldCreate
    case (.update, false): return Texts.importSummaryUpdated
    case (.update, true): return Texts.importSummaryWouldUpdate
    case (.unchanged, _): return Texts.importSummaryUnchanged
    case (.keepEdited, _): return Texts.importSummaryEditedKept
    case (.replaceEdited, false): return Texts.importSummaryReplaced
    case (.replaceEdited, true): return Texts.importSummaryWouldReplace
    }
  }

  public func render(_ language: Language) -> String {
    let table = result.table
    let file = (table.file as NSString).lastPathComponent
    var out =
      (table.sheet.map { Texts.importSummaryHeadingSheet(file: file, sheet: $0) }
      ?? Texts.importSummaryHeading(file: file)).text(language)
    out += dryRun ? Texts.importSummaryDryRun.text(language) : ""
    out += "\n"
    let width = plan.entries.map { ImportSummary.label($0.action, dryRun: dryRun).text(language).count }.max() ?? 0
    var decisions = 0
    for entry in plan.entries {
      let label = ImportSummary.label(entry.action, dryRun: dryRun).text(language)
      let rows = Texts.importSummaryRows(
        count: entry.document.rows.count, rows: entry.document.rows.map(String.init).joined(separator: ", "))
      out +=
        "  " + label + String(repeating: " ", count: width - label.count) + "  " + entry.document.fileName + " "
        + rows.text(language) + "\n"
      for decision in entry.document.decisions {
        decisions += 1
        out += "      " + (decision.cell.map { "\($0): " } ?? "") + decision.message.text(language) + "\n"
      }
    }
    for location in result.rowsWithoutName {
      out += "  " + Texts.importSummaryRowWithoutName(row: location.row ?? 0).text(language) + "\n"
    }
    for file in plan.leftAlone {
      out += "  " + Texts.importSummaryLeftAlone(file: file).text(language) + "\n"
    }
    out += Texts.importSummaryTotal(count: plan.entries.count, decisions: decisions).text(language) + "\n"
    return out
  }
}
