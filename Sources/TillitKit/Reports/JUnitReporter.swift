/// JUnit XML for CI servers: one test suite per pack, one test case per rule and document the
/// rule applies to; a case fails with the findings' messages and places, and is skipped when
/// all its findings are waived or baselined.
struct JUnitReporter {
  func render(_ report: CheckReport) -> String {
    let language = report.language
    var grouped: [String: [Finding]] = [:]
    for finding in report.findings {
      grouped["\(finding.ruleID)\u{1F}\(finding.documentID)", default: []].append(finding)
    }
    var suites: [(name: String, cases: [String], failures: Int, skipped: Int)] = []
    var packs = report.packs.map { (id: $0.id, rules: $0.rules) }
    let engineFindings = report.findings.filter { $0.packID == "tillit" }
    var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
    for pack in packs {
      var cases: [String] = []
      var failures = 0
      var skipped = 0
      for rule in pack.rules {
        for document in report.documents where document.kind == rule.appliesTo {
          let findings = grouped["\(rule.id)\u{1F}\(document.id)"] ?? []
          let name = "\(rule.id) \(document.id)"
          var element =
            "    <testcase name=\"\(escape(name))\" classname=\"\(escape("\(pack.id).\(rule.id)"))\" time=\"0\""
          let open = findings.filter { $0.waiver == nil && !$0.baselined }
          if !open.isEmpty {
            failures += 1
            let message = open.map {
              "\($0.location.file):\($0.location.line):\($0.location.column): \($0.message.text(language))"
            }
            .joined(separator: "\n")
            element +=
              ">\n      <failure message=\"\(escape(open[0].message.text(language)))\" type=\"\(open[0].severity.rawValue)\">\(escape(message))</failure>\n    </testcase>"
          } else if !findings.isEmpty {
            skipped += 1
            let reason = findings[0].waiver.map { "waived by \($0.id)" } ?? "baselined"
            element += ">\n      <skipped message=\"\(escape(reason))\"/>\n    </testcase>"
          } else {
            element += "/>"
          }
          cases.append(element)
        }
      }
      suites.append((pack.id, cases, failures, skipped))
    }
    if !engineFindings.isEmpty {
      let cases = engineFindings.map { finding in
        "    <testcase name=\"\(escape("\(finding.ruleID) \(finding.documentID)"))\" classname=\"tillit.\(escape(finding.ruleID))\" time=\"0\">\n      <failure message=\"\(escape(finding.message.text(language)))\" type=\"\(finding.severity.rawValue)\">\(escape("\(finding.location.file):\(finding.location.line):\(finding.location.column): \(finding.message.text(language))"))</failure>\n    </testcase>"
      }
      suites.append(("tillit", cases, cases.count, 0))
    }
    packs.removeAll()
    for (i, suite) in suites.enumerated() {
      output +=
        "  <testsuite name=\"\(escape(suite.name))\" package=\"tillit.\(escape(suite.name))\" id=\"\(i)\" "
        + "timestamp=\"\(report.today)T00:00:00\" hostname=\"tillit\" tests=\"\(suite.cases.count)\" "
        + "failures=\"\(suite.failures)\" errors=\"0\" skipped=\"\(suite.skipped)\" time=\"0\">\n"
      output += "    <properties/>\n"
      for element in suite.cases { output += element + "\n" }
      output += "    <system-out/>\n    <system-err/>\n  </testsuite>\n"
    }
    return output + "</testsuites>\n"
  }

  private func escape(_ text: String) -> String {
    MarkupEscaping.escaped(text, keepingNewlines: false)
  }
}
