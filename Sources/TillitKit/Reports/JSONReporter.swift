import Foundation

/// The machine-readable report of `tillit check --format json`. Versioned: `version` changes
/// only when a field changes meaning or goes away (new fields may appear). Keys are sorted, so
/// the same run gives the same bytes.
struct JSONReporter {
  struct Report: Encodable {
    var version = 1
    var tool: Tool
    var today: String
    var language: String
    var failOn: String
    var summary: Summary
    var packs: [Pack]
    var findings: [Item]

    enum CodingKeys: String, CodingKey {
      case version, tool, today, language, summary, packs, findings
      case failOn = "fail_on"
    }
  }

  struct Tool: Encodable {
    var name = "tillit"
    var version = TillitVersion.current
  }

  struct Summary: Encodable {
    var documents: Int
    var files: Int
    var errors: Int
    var warnings: Int
    var info: Int
    var waived: Int
    var baselined: Int
    var failed: Bool
  }

  struct Pack: Encodable {
    var id: String
    var version: String?
    var rules: Int
  }

  struct Item: Encodable {
    var rule: String
    var pack: String
    var severity: String
    var title: String
    var message: String
    var remediation: String?
    var references: [Reference]
    var tags: [String]
    var document: DocumentRef
    var path: String
    var location: Location
    var fingerprint: String
    var waiver: Waiver?
    var baselined: Bool
  }

  struct DocumentRef: Encodable {
    var kind: String?
    var id: String
  }

  struct Location: Encodable {
    var file: String
    var line: Int
    var column: Int
  }

  struct Waiver: Encodable {
    var id: String
    var reason: String?
    var approvedBy: String?
    var until: String?

    enum CodingKeys: String, CodingKey {
      case id, reason, until
      case approvedBy = "approved_by"
    }
  }

  func render(_ report: CheckReport) -> String {
    let language = report.language
    let document = Report(
      tool: Tool(), today: report.today.description, language: language.rawValue, failOn: report.failOn.rawValue,
      summary: Summary(
        documents: report.documentCount, files: report.fileCount, errors: report.count(.error),
        warnings: report.count(.warning), info: report.count(.info), waived: report.waivedCount,
        baselined: report.baselinedCount, failed: report.fails),
      packs: report.packs.map { Pack(id: $0.id, version: $0.version, rules: $0.rules.count) },
      findings: report.findings.map { finding in
        Item(
          rule: finding.ruleID, pack: finding.packID, severity: finding.severity.rawValue,
          title: finding.title.text(language), message: finding.message.text(language),
          remediation: finding.remediation?.text(language), references: finding.references, tags: finding.tags,
          document: DocumentRef(kind: finding.documentKind?.rawValue, id: finding.documentID), path: finding.path,
          location: Location(file: finding.location.file, line: finding.location.line, column: finding.location.column),
          fingerprint: finding.fingerprint,
          waiver: finding.waiver.map {
            Waiver(id: $0.id, reason: $0.reason, approvedBy: $0.approvedBy, until: $0.until?.description)
          }, baselined: finding.baselined)
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
