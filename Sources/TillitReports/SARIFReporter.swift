import CEL
import Foundation
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// SARIF 2.1.0 for code scanning: one run, the rules in use as `tool.driver.rules`, results
/// with 1-based regions, repository-relative URIs and stable `partialFingerprints`; waived
/// and baselined findings as `suppressions`.
struct SARIFReporter {
  /// A rule as `tool.driver.rules` describes it.
  struct RuleDescriptor {
    var id: String
    var fullDescription: String
    var help: String
    var helpUri: String?
    var level: String
    var references: [String]?
    var shortDescription: String
    var tags: [String]
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "note"
    }
  }

  /// A path relative to the repository (SARIF URIs use `/` and percent-encoding).
  static func uri(_ path: String) -> String {
    uri(path, relativeTo: FileManager.default.currentDirectoryPath + "/")
  }

  /// As `uri(_:)`, with the working folder (ending in `/`) looked up once by the caller.
  static func uri(_ path: String, relativeTo cwd: String) -> String {
    var relative = path
    while relative.hasPrefix("./") { relative.removeFirst(2) }
    if relative.hasPrefix(cwd) { relative.removeFirst(cwd.count) }
    return relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? relative
  }

  func write(_ report: CheckReport, to output: inout some TextOutputStream) {
    let language = report.language
    let rules = report.rules
    var index: [String: Int] = [:]
    var descriptors: [RuleDescriptor] = []
    for rule in rules where index[rule.id] == nil {
      index[rule.id] = descriptors.count
      let references = rule.references.map(\.text)
      descriptors.append(
        RuleDescriptor(
          id: rule.id, fullDescription: rule.description?.text(language) ?? rule.title.text(language),
          help: rule.remediation?.text(language) ?? rule.title.text(language),
          helpUri: rule.references.compactMap(\.url).first, level: SARIFReporter.level(rule.severity),
          references: references.isEmpty ? nil : references, shortDescription: rule.title.text(language),
          tags: ([rule.packID] + rule.tags).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }))
    }
    // The engine's own findings (waivers, evaluation errors) are rules too.
    for id in Engine.engineRuleIDs + [Finding.loadFailureRuleID] where index[id] == nil {
      guard let finding = report.findings.first(where: { $0.ruleID == id }) else { continue }
      index[id] = descriptors.count
      descriptors.append(
        RuleDescriptor(
          id: id, fullDescription: finding.title.text(language),
          help: finding.remediation?.text(language) ?? finding.title.text(language), helpUri: nil,
          level: SARIFReporter.level(finding.severity),
          references: nil, shortDescription: finding.title.text(language), tags: ["tillit"]))
    }
    let cwd = FileManager.default.currentDirectoryPath + "/"
    var json = PrettyJSONWriter(output: output)
    json.beginObject()
    json.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
    json.key("runs")
    json.beginArray()
    json.beginObject()
    json.field("columnKind", "unicodeCodePoints")
    let findings = report.findings
    let cap =
      findings.count > ReportLimits.sarifResultsPerRun
      ? SeverityCap(findings, limit: ReportLimits.sarifResultsPerRun) : nil
    if cap != nil || report.loadFailed {
      writeInvocation(cap: cap, loadFailed: report.loadFailed, language: language, to: &json)
    }
    if let cap {
      json.key("properties")
      json.beginObject()
      json.field("tillit/omittedResults", cap.omittedCount)
      json.key("tillit/omittedResultsByLevel")
      json.beginObject()
      for severity in [Severity.error, .warning, .info] {
        json.field(SARIFReporter.level(severity), cap.omitted[severity] ?? 0)
      }
      json.endObject()
      json.endObject()
    }
    json.key("results")
    json.beginArray()
    // Results are the bulk of the report: rendered on every core, written in order.
    if let cap {
      json.values(of: cap.kept) { [index] position, json in
        let finding = findings[position]
        SARIFReporter.write(finding, ruleIndex: index[finding.ruleID], language: language, cwd: cwd, to: &json)
      }
    } else {
      json.values(of: findings) { [index] finding, json in
        SARIFReporter.write(finding, ruleIndex: index[finding.ruleID], language: language, cwd: cwd, to: &json)
      }
    }
    json.endArray()
    json.key("tool")
    json.beginObject()
    json.key("driver")
    json.beginObject()
    json.field("informationUri", "https://github.com/tillit-se/tillit")
    json.field("name", "tillit")
    json.key("rules")
    json.beginArray()
    for descriptor in descriptors {
      json.beginObject()
      json.key("defaultConfiguration")
      json.beginObject()
      json.field("level", descriptor.level)
      json.endObject()
      json.key("fullDescription")
      json.beginObject()
      json.field("text", descriptor.fullDescription)
      json.endObject()
      json.key("help")
      json.beginObject()
      json.field("text", descriptor.help)
      json.endObject()
      json.field("helpUri", descriptor.helpUri)
      json.field("id", descriptor.id)
      json.field("name", descriptor.id)
      json.key("properties")
      json.beginObject()
      if let references = descriptor.references { json.field("references", references) }
      json.field("tags", descriptor.tags)
      json.endObject()
      json.key("shortDescription")
      json.beginObject()
      json.field("text", descriptor.shortDescription)
      json.endObject()
      json.endObject()
    }
    json.endArray()
    json.field("semanticVersion", TillitVersion.current)
    json.field("version", TillitVersion.current)
    json.endObject()
    json.endObject()
    json.endObject()
    json.endArray()
    json.field("version", "2.1.0")
    json.endObject()
    output = json.output
    output.write("\n")
  }

  /// `invocations[0]`: whether the run could read its workspace, and, when results were left
  /// out to stay within code scanning's limit, a notification saying how many of each level.
  private func writeInvocation(
    cap: SeverityCap?, loadFailed: Bool, language: Language, to json: inout PrettyJSONWriter<some TextOutputStream>
  ) {
    json.key("invocations")
    json.beginArray()
    json.beginObject()
    json.field("executionSuccessful", !loadFailed)
    if let cap {
      let errors = cap.omitted[.error] ?? 0
      let warnings = cap.omitted[.warning] ?? 0
      let notes = cap.omitted[.info] ?? 0
      // Counts with the language's thousands separator: a capped run omits hundreds of thousands.
      let text = Texts.sarifResultsOmitted(
        omitted: cap.omittedCount, errors: errors, warnings: warnings, notes: notes,
        limit: ReportLimits.sarifResultsPerRun)
      json.key("toolExecutionNotifications")
      json.beginArray()
      json.beginObject()
      json.key("descriptor")
      json.beginObject()
      json.field("id", "TILLIT-RESULTS-OMITTED")
      json.endObject()
      json.field("level", "warning")
      json.key("message")
      json.beginObject()
      json.field("text", text.text(language))
      json.endObject()
      json.key("properties")
      json.beginObject()
      json.field("error", errors)
      json.field("note", notes)
      json.field("omitted", cap.omittedCount)
      json.field("warning", warnings)
      json.endObject()
      json.endObject()
      json.endArray()
    }
    json.endObject()
    json.endArray()
  }

  /// One finding as an object of `results`.
  static func write(
    _ finding: Finding, ruleIndex: Int?, language: Language, cwd: String, to json: inout PrettyJSONWriter<ReportBytes>
  ) {
    json.beginObject()
    json.field("level", SARIFReporter.level(finding.severity))
    json.key("locations")
    json.beginArray()
    json.beginObject()
    json.key("physicalLocation")
    json.beginObject()
    json.key("artifactLocation")
    json.beginObject()
    json.field("uri", SARIFReporter.uri(finding.location.file, relativeTo: cwd))
    json.endObject()
    json.key("region")
    json.beginObject()
    json.field("startColumn", max(1, finding.location.column))
    json.field("startLine", max(1, finding.location.line))
    json.endObject()
    json.endObject()
    json.endObject()
    json.endArray()
    json.key("message")
    json.beginObject()
    json.field("text", finding.message.text(language))
    json.endObject()
    json.key("partialFingerprints")
    json.beginObject()
    json.field("tillit/v1", finding.fingerprint)
    json.endObject()
    if let action = finding.action {
      json.key("properties")
      json.beginObject()
      json.field("action", ActionPhrase.text(action, language: language))
      json.endObject()
    }
    json.field("ruleId", finding.ruleID)
    if let ruleIndex { json.field("ruleIndex", ruleIndex) }
    var justification: String?
    // Shown where code scanning lists the alert as dismissed, so in the report's language.
    if let waiver = finding.waiver {
      let until = waiver.until.map { " " + Texts.sarifSuppressionUntil(date: "\($0)").text(language) } ?? ""
      let approved = Texts.sarifSuppressionApprovedBy(name: waiver.approvedBy ?? "").text(language)
      justification = "\(waiver.id): \(waiver.reason ?? "")\(until), \(approved)"
    } else if finding.baselined {
      justification = Texts.sarifSuppressionBaselined.text(language)
    }
    if let justification {
      json.key("suppressions")
      json.beginArray()
      json.beginObject()
      json.field("justification", justification)
      json.field("kind", "external")
      json.field("status", "accepted")
      json.endObject()
      json.endArray()
    }
    json.endObject()
  }
}
