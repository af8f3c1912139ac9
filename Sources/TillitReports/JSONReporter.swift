import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// The machine-readable report of `tillit check --format json`. Versioned: `version` changes
/// only when a field changes meaning or goes away (new fields may appear). Keys are sorted, so
/// the same run gives the same bytes.
struct JSONReporter {
  func write(_ report: CheckReport, to output: inout some TextOutputStream) {
    let language = report.language
    var json = PrettyJSONWriter(output: output)
    json.beginObject()
    if !report.readyToClose.isEmpty {
      json.key("actions_ready_to_close")
      json.beginArray()
      for action in report.readyToClose {
        json.beginObject()
        json.field("due", action.due.description)
        json.field("file", action.location.file)
        JSONReporter.write(action.reference, to: &json)
        json.field("id", action.id)
        json.field("line", action.location.line)
        json.field("owner", action.owner)
        json.field("status", action.status.rawValue)
        json.endObject()
      }
      json.endArray()
    }
    json.field("fail_on", report.failOn.rawValue)
    json.key("findings")
    json.beginArray()
    // Findings are the bulk of the report: rendered on every core, written in order.
    json.values(of: report.findings) { finding, json in JSONReporter.write(finding, language: language, to: &json) }
    json.endArray()
    json.field("language", language.rawValue)
    json.key("packs")
    json.beginArray()
    for pack in report.packs {
      json.beginObject()
      json.field("id", pack.id)
      json.field("rules", pack.distinctRules.count)
      json.field("version", pack.version)
      json.endObject()
    }
    json.endArray()
    json.key("summary")
    json.beginObject()
    json.field("baselined", report.baselinedCount)
    json.field("documents", report.documentCount)
    json.field("errors", report.count(.error))
    json.field("failed", report.fails)
    json.field("files", report.fileCount)
    json.field("info", report.count(.info))
    // Only when true, so reports of runs that read their workspace keep their bytes.
    if report.loadFailed { json.field("load_failed", true) }
    json.field("waived", report.waivedCount)
    json.field("warnings", report.count(.warning))
    json.endObject()
    json.field("today", report.today.description)
    json.key("tool")
    json.beginObject()
    json.field("name", "tillit")
    json.field("version", TillitVersion.current)
    json.endObject()
    json.field("version", 1)
    json.endObject()
    output = json.output
    output.write("\n")
  }

  /// The `finding` an Action names, as its document gives it.
  static func write(_ reference: Action.FindingReference, to json: inout PrettyJSONWriter<some TextOutputStream>) {
    json.key("finding")
    json.beginObject()
    json.field("fingerprint", reference.fingerprint)
    json.field("path", reference.path)
    json.field("rule", reference.rule)
    json.field("target", reference.target)
    json.endObject()
  }

  /// One finding as an object of the `findings` list.
  static func write(_ finding: Finding, language: Language, to json: inout PrettyJSONWriter<ReportBytes>) {
    json.beginObject()
    if let action = finding.action {
      json.key("action")
      json.beginObject()
      json.field("case_number", action.caseNumber)
      json.field("due", action.due.description)
      json.field("id", action.id)
      json.field("owner", action.owner)
      json.field("status", action.status.rawValue)
      json.endObject()
    }
    json.field("baselined", finding.baselined)
    json.key("document")
    json.beginObject()
    json.field("id", finding.documentID)
    json.field("kind", finding.documentKind?.rawValue)
    json.endObject()
    json.field("fingerprint", finding.fingerprint)
    json.key("location")
    json.beginObject()
    json.field("column", finding.location.column)
    json.field("file", finding.location.file)
    json.field("line", finding.location.line)
    json.endObject()
    json.field("message", finding.message.text(language))
    json.field("pack", finding.packID)
    json.field("path", finding.path)
    json.key("references")
    json.beginArray()
    for reference in finding.references {
      json.beginObject()
      json.field("article", reference.article)
      json.field("principle", reference.principle)
      json.field("source", reference.source)
      json.field("title", reference.title)
      json.field("url", reference.url)
      json.endObject()
    }
    json.endArray()
    json.field("remediation", finding.remediation?.text(language))
    json.field("rule", finding.ruleID)
    json.field("severity", finding.severity.rawValue)
    json.field("tags", finding.tags)
    json.field("title", finding.title.text(language))
    if let waiver = finding.waiver {
      json.key("waiver")
      json.beginObject()
      json.field("approved_by", waiver.approvedBy)
      json.field("id", waiver.id)
      json.field("reason", waiver.reason)
      json.field("until", waiver.until?.description)
      json.endObject()
    }
    json.endObject()
  }
}
