import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// JUnit XML for CI servers: one test suite per pack, one test case per rule and document the
/// rule applies to; a case fails with the findings' messages and places, and is skipped when
/// all its findings are waived or baselined.
///
/// Written suite by suite as it is made: a large workspace has millions of cases. Each suite's
/// counts, which its opening tag carries, are worked out in a first pass over its cases.
struct JUnitReporter {
  /// How one case ends, from its findings.
  enum Outcome {
    case passed
    case failed(open: [Int])
    case skipped(first: Int)
  }

  func write(_ report: CheckReport, to output: inout some TextOutputStream) {
    let language = report.language
    // Positions in `report.findings`, by rule and document: the findings are not copied.
    var grouped: [String: [Int]] = [:]
    for (position, finding) in report.findings.enumerated() {
      grouped["\(finding.ruleID)\u{1F}\(finding.documentID)", default: []].append(position)
    }
    func outcome(_ positions: [Int]) -> Outcome {
      let open = positions.filter { report.findings[$0].waiver == nil && !report.findings[$0].baselined }
      if !open.isEmpty { return .failed(open: open) }
      return positions.isEmpty ? .passed : .skipped(first: positions[0])
    }
    output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n")
    var suiteIndex = 0
    for pack in report.packs {
      var tests = 0
      var failures = 0
      var skipped = 0
      for rule in pack.rules {
        for document in report.documents where document.kind == rule.appliesTo {
          tests += 1
          switch outcome(grouped["\(rule.id)\u{1F}\(document.id)"] ?? []) {
          case .passed: break
          case .failed: failures += 1
          case .skipped: skipped += 1
          }
        }
      }
      writeSuiteStart(pack.id, index: suiteIndex, tests: tests, failures: failures, skipped: skipped, report, &output)
      suiteIndex += 1
      for rule in pack.rules {
        for document in report.documents where document.kind == rule.appliesTo {
          let name = "\(rule.id) \(document.id)"
          var element =
            "    <testcase name=\"\(escape(name))\" classname=\"\(escape("\(pack.id).\(rule.id)"))\" time=\"0\""
          switch outcome(grouped["\(rule.id)\u{1F}\(document.id)"] ?? []) {
          case .failed(let open):
            let first = report.findings[open[0]]
            let message = open.map {
              let finding = report.findings[$0]
              return
                "\(finding.location.file):\(finding.location.line):\(finding.location.column): \(finding.message.text(language))"
            }
            .joined(separator: "\n")
            element +=
              ">\n      <failure message=\"\(escape(first.message.text(language)))\" type=\"\(first.severity.rawValue)\">\(escape(message))</failure>\n    </testcase>"
          case .skipped(let position):
            let reason = report.findings[position].waiver.map { "waived by \($0.id)" } ?? "baselined"
            element += ">\n      <skipped message=\"\(escape(reason))\"/>\n    </testcase>"
          case .passed:
            element += "/>"
          }
          output.write(element + "\n")
        }
      }
      output.write("    <system-out/>\n    <system-err/>\n  </testsuite>\n")
    }
    let engineFindings = report.findings.indices.filter { report.findings[$0].packID == "tillit" }
    if !engineFindings.isEmpty {
      writeSuiteStart(
        "tillit", index: suiteIndex, tests: engineFindings.count, failures: engineFindings.count, skipped: 0, report,
        &output)
      for position in engineFindings {
        let finding = report.findings[position]
        output.write(
          "    <testcase name=\"\(escape("\(finding.ruleID) \(finding.documentID)"))\" classname=\"tillit.\(escape(finding.ruleID))\" time=\"0\">\n      <failure message=\"\(escape(finding.message.text(language)))\" type=\"\(finding.severity.rawValue)\">\(escape("\(finding.location.file):\(finding.location.line):\(finding.location.column): \(finding.message.text(language))"))</failure>\n    </testcase>\n"
        )
      }
      output.write("    <system-out/>\n    <system-err/>\n  </testsuite>\n")
    }
    output.write("</testsuites>\n")
  }

  private func writeSuiteStart(
    _ name: String, index: Int, tests: Int, failures: Int, skipped: Int, _ report: CheckReport,
    _ output: inout some TextOutputStream
  ) {
    output.write(
      "  <testsuite name=\"\(escape(name))\" package=\"tillit.\(escape(name))\" id=\"\(index)\" "
        + "timestamp=\"\(report.today)T00:00:00\" hostname=\"tillit\" tests=\"\(tests)\" "
        + "failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"0\">\n")
    output.write("    <properties/>\n")
  }

  private func escape(_ text: String) -> String {
    MarkupEscaping.escaped(text, keepingNewlines: false)
  }
}
