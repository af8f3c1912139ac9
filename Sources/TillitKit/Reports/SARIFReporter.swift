import Foundation

/// SARIF 2.1.0 for code scanning: one run, the rules in use as `tool.driver.rules`, results
/// with 1-based regions, repository-relative URIs and stable `partialFingerprints`; waived
/// and baselined findings as `suppressions`.
struct SARIFReporter {
  struct Log: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]
    enum CodingKeys: String, CodingKey {
      case schema = "$schema", version, runs
    }
  }

  struct Run: Encodable {
    var tool: Tool
    var results: [Result]
    var columnKind = "unicodeCodePoints"
  }

  struct Tool: Encodable { var driver: Driver }

  struct Driver: Encodable {
    var name = "tillit"
    var version = TillitVersion.current
    var semanticVersion = TillitVersion.current
    var informationUri = "https://github.com/tillit-se/tillit"
    var rules: [RuleDescriptor]
  }

  struct Message: Encodable { var text: String }

  struct RuleDescriptor: Encodable {
    var id: String
    var name: String
    var shortDescription: Message
    var fullDescription: Message
    var help: Message
    var helpUri: String?
    var defaultConfiguration: Configuration
    var properties: Properties
  }

  struct Configuration: Encodable { var level: String }

  struct Properties: Encodable {
    var tags: [String]
    var references: [String]?
  }

  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int?
    var level: String
    var message: Message
    var locations: [Location]
    var partialFingerprints: [String: String]
    var suppressions: [Suppression]?
  }

  struct Location: Encodable { var physicalLocation: PhysicalLocation }

  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region
  }

  struct ArtifactLocation: Encodable { var uri: String }

  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int
  }

  struct Suppression: Encodable {
    var kind: String
    var status: String
    var justification: String
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
    var relative = path
    while relative.hasPrefix("./") { relative.removeFirst(2) }
    let cwd = FileManager.default.currentDirectoryPath + "/"
    if relative.hasPrefix(cwd) { relative.removeFirst(cwd.count) }
    return relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? relative
  }

  func render(_ report: CheckReport) -> String {
    let language = report.language
    let rules = report.rules
    var index: [String: Int] = [:]
    var descriptors: [RuleDescriptor] = []
    for rule in rules where index[rule.id] == nil {
      index[rule.id] = descriptors.count
      let references = rule.references.map(\.text)
      descriptors.append(
        RuleDescriptor(
          id: rule.id, name: rule.id, shortDescription: Message(text: rule.title.text(language)),
          fullDescription: Message(text: rule.description?.text(language) ?? rule.title.text(language)),
          help: Message(text: rule.remediation?.text(language) ?? rule.title.text(language)),
          helpUri: rule.references.compactMap(\.url).first,
          defaultConfiguration: Configuration(level: SARIFReporter.level(rule.severity)),
          properties: Properties(
            tags: ([rule.packID] + rule.tags).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } },
            references: references.isEmpty ? nil : references)))
    }
    // The engine's own findings (waivers, evaluation errors) are rules too.
    for id in Engine.engineRuleIDs where report.findings.contains(where: { $0.ruleID == id }) && index[id] == nil {
      let finding = report.findings.first { $0.ruleID == id }!
      index[id] = descriptors.count
      descriptors.append(
        RuleDescriptor(
          id: id, name: id, shortDescription: Message(text: finding.title.text(language)),
          fullDescription: Message(text: finding.title.text(language)),
          help: Message(text: finding.remediation?.text(language) ?? finding.title.text(language)), helpUri: nil,
          defaultConfiguration: Configuration(level: "error"), properties: Properties(tags: ["tillit"], references: nil)
        ))
    }
    let results = report.findings.map { finding -> Result in
      var suppressions: [Suppression]?
      if let waiver = finding.waiver {
        let until = waiver.until.map { " (until \($0))" } ?? ""
        suppressions = [
          Suppression(
            kind: "external", status: "accepted",
            justification: "\(waiver.id): \(waiver.reason ?? "")\(until), approved by \(waiver.approvedBy ?? "")")
        ]
      } else if finding.baselined {
        suppressions = [Suppression(kind: "external", status: "accepted", justification: "in the baseline")]
      }
      return Result(
        ruleId: finding.ruleID, ruleIndex: index[finding.ruleID], level: SARIFReporter.level(finding.severity),
        message: Message(text: finding.message.text(language)),
        locations: [
          Location(
            physicalLocation: PhysicalLocation(
              artifactLocation: ArtifactLocation(uri: SARIFReporter.uri(finding.location.file)),
              region: Region(startLine: max(1, finding.location.line), startColumn: max(1, finding.location.column))))
        ],
        partialFingerprints: ["tillit/v1": finding.fingerprint], suppressions: suppressions)
    }
    let log = Log(runs: [Run(tool: Tool(driver: Driver(rules: descriptors)), results: results)])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(log)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
  }
}
