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
    case (.create, false): return LocalizedText(sv: "skapad", en: "created")
    case (.create, true): return LocalizedText(sv: "skapas", en: "would create")
    case (.update, false): return LocalizedText(sv: "uppdaterad", en: "updated")
    case (.update, true): return LocalizedText(sv: "uppdateras", en: "would update")
    case (.unchanged, _): return LocalizedText(sv: "oförändrad", en: "unchanged")
    case (.keepEdited, _): return LocalizedText(sv: "redigerad, lämnas", en: "edited, kept")
    case (.replaceEdited, false): return LocalizedText(sv: "ersatt (--force)", en: "replaced (--force)")
    case (.replaceEdited, true): return LocalizedText(sv: "ersätts (--force)", en: "would replace (--force)")
    }
  }

  public func render(_ language: Language) -> String {
    func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }
    let table = result.table
    var out = t("Import från ", "Import from ") + (table.file as NSString).lastPathComponent
    if let sheet = table.sheet { out += t(", blad «\(sheet)»", ", sheet '\(sheet)'") }
    out += dryRun ? t(" (provkörning: ingenting skrivs)", " (dry run: nothing is written)") : ""
    out += "\n"
    let width = plan.entries.map { ImportSummary.label($0.action, dryRun: dryRun).text(language).count }.max() ?? 0
    var decisions = 0
    for entry in plan.entries {
      let label = ImportSummary.label(entry.action, dryRun: dryRun).text(language)
      let rows = entry.document.rows.map(String.init).joined(separator: ", ")
      out +=
        "  " + label + String(repeating: " ", count: width - label.count) + "  " + entry.document.fileName
        + t(" (rad \(rows))", " (row\(entry.document.rows.count == 1 ? "" : "s") \(rows))") + "\n"
      for decision in entry.document.decisions {
        decisions += 1
        out += "      " + (decision.cell.map { "\($0): " } ?? "") + decision.message.text(language) + "\n"
      }
    }
    for location in result.rowsWithoutName {
      out += t(
        "  rad \(location.row ?? 0) har inget namn och importerades inte\n",
        "  row \(location.row ?? 0) has no name and was not imported\n")
    }
    for file in plan.leftAlone {
      out += t(
        "  \(file) finns inte längre i bladet och lämnas som den är\n",
        "  \(file) is no longer in the sheet and is left as it is\n")
    }
    let count = plan.entries.count
    out += t(
      "\(count) dokument; \(decisions) \(decisions == 1 ? "fråga" : "frågor") att avgöra (se x-import i filerna)\n",
      "\(count) document\(count == 1 ? "" : "s"); \(decisions) question\(decisions == 1 ? "" : "s") for a person to decide (see x-import in the files)\n"
    )
    return out
  }
}
