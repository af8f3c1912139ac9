import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// The findings section of the HTML check report, grouped by rule: what a committee reads is
/// "which gaps, how many, what to do", not 200,000 entries. Each rule says once what it checks,
/// what to do and where it rests in law, then lists its first findings with document and
/// place; how many more there are is written under the list, and every finding is in the JSON
/// and SARIF reports.
extension HTMLReporter {
  /// The findings of one rule at one severity (escalation may raise some of a rule's findings),
  /// by their positions in the report's order.
  struct RuleGroup {
    var ruleID: String
    var severity: Severity
    var positions: [Int] = []
    var open = 0
    var waived = 0
    var baselined = 0
  }

  /// Groups in the order a reader needs them: errors first, then the rules with most open
  /// findings, then by rule id, so the same run gives the same page.
  func ruleGroups() -> [RuleGroup] {
    var index: [String: Int] = [:]
    var groups: [RuleGroup] = []
    for (position, finding) in report.findings.enumerated() {
      let key = finding.severity.rawValue + "\u{0}" + finding.ruleID
      let slot: Int
      if let existing = index[key] {
        slot = existing
      } else {
        slot = groups.count
        index[key] = slot
        groups.append(RuleGroup(ruleID: finding.ruleID, severity: finding.severity))
      }
      groups[slot].positions.append(position)
      if finding.waiver != nil {
        groups[slot].waived += 1
      } else if finding.baselined {
        groups[slot].baselined += 1
      } else {
        groups[slot].open += 1
      }
    }
    return groups.sorted {
      if $0.severity != $1.severity { return $0.severity > $1.severity }
      if $0.open != $1.open { return $0.open > $1.open }
      if $0.positions.count != $1.positions.count { return $0.positions.count > $1.positions.count }
      return $0.ruleID < $1.ruleID
    }
  }

  func writeFindingsSection(to output: inout some TextOutputStream) {
    var html =
      "<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">\(e(Texts.htmlFindings.text(language)))</h2>\n"
    if report.findings.isEmpty {
      output.write(html + "<p>\(e(Texts.htmlNoFindings.text(language)))</p>\n</section>\n")
      return
    }
    let groups = ruleGroups()
    html +=
      "<p>\(e(Texts.htmlFindingsIntro(findings: report.findings.count, rules: Set(groups.map(\.ruleID)).count).text(language)))"
    if groups.contains(where: { $0.positions.count > limits.findingsPerRule }) {
      html += " " + prose(Texts.htmlFindingsCapped(shown: limits.findingsPerRule))
    }
    html += "</p>\n"
    html += filters()
    output.write(html)
    writeOverview(groups, to: &output)
    for (number, group) in groups.enumerated() {
      output.write(article(group, number: number + 1))
    }
    output.write("</section>\n")
  }

  private func filters() -> String {
    let packs = Array(Set(report.findings.map(\.packID))).sorted()
    var html =
      "<form class=\"filters\" aria-label=\"\(e(Texts.htmlFilters.text(language)))\">\n<fieldset><legend>\(e(Texts.htmlSeverity.text(language)))</legend>\n"
    for severity in [Severity.error, .warning, .info] {
      html +=
        "<label><input type=\"checkbox\" name=\"severity\" value=\"\(severity.rawValue)\" checked=\"checked\" /> \(e(severity.label.text(language)))</label>\n"
    }
    html += "</fieldset>\n<fieldset><legend>\(e(Texts.htmlPack.text(language)))</legend>\n"
    for pack in packs {
      html +=
        "<label><input type=\"checkbox\" name=\"pack\" value=\"\(e(pack))\" checked=\"checked\" /> \(e(pack))</label>\n"
    }
    return html + "</fieldset>\n</form>\n"
  }

  /// One row per rule with its counts, each linking to the rule's list below; written row by
  /// row, as a workspace may break hundreds of rules.
  private func writeOverview(_ groups: [RuleGroup], to output: inout some TextOutputStream) {
    var html =
      "<div class=\"scroll\"><table class=\"rules\">\n<caption>\(e(Texts.htmlFindingsPerRule.text(language)))</caption>\n<thead><tr>"
    for header in [Texts.htmlRule, Texts.htmlSeverity, Texts.htmlRuleTitle] {
      html += "<th scope=\"col\">\(e(header.text(language)))</th>"
    }
    for header in [Texts.htmlOpen, Texts.htmlWaivedHeader, Texts.htmlBaselinedHeader] {
      html += "<th scope=\"col\" class=\"num\">\(e(header.text(language)))</th>"
    }
    output.write(html + "</tr></thead>\n<tbody>\n")
    for (number, group) in groups.enumerated() {
      let first = report.findings[group.positions[0]]
      output.write(
        "<tr data-severity=\"\(group.severity.rawValue)\" data-pack=\"\(e(first.packID))\"><th scope=\"row\"><a href=\"#rule-\(number + 1)\"><code>\(e(group.ruleID))</code></a></th><td>\(e(group.severity.label.text(language)))</td><td>\(e(first.title.text(language)))</td><td class=\"num\">\(count(group.open))</td><td class=\"num\">\(count(group.waived))</td><td class=\"num\">\(count(group.baselined))</td></tr>\n"
      )
    }
    output.write("</tbody>\n</table></div>\n")
  }

  /// A rule: its title, remedy and references once, then its first findings, open ones first.
  private func article(_ group: RuleGroup, number: Int) -> String {
    let first = report.findings[group.positions[0]]
    var html =
      "<article class=\"rule\" id=\"rule-\(number)\" data-severity=\"\(group.severity.rawValue)\" data-pack=\"\(e(first.packID))\">\n"
    html +=
      "<h3><span class=\"badge \(group.severity.rawValue)\">\(e(group.severity.label.text(language)))</span> <code>\(e(group.ruleID))</code> \(e(first.title.text(language))) <small>\(e(Texts.htmlFindingCount(count: group.positions.count).text(language)))</small></h3>\n"
    if let remediation = first.remediation {
      html +=
        "<p class=\"remedy\"><span class=\"label-inline\">\(e(Texts.htmlRemedy.text(language))):</span> \(MarkupEscaping.escapedProse(remediation.text(language)))</p>\n"
    }
    if !first.references.isEmpty {
      html += "<p class=\"refs\"><span class=\"label-inline\">\(e(Texts.htmlReferences.text(language))):</span> "
      html += first.references.map { reference in
        let text = [reference.article, reference.principle, reference.title, reference.source].compactMap { $0 }
          .filter { !$0.isEmpty }.joined(separator: "; ")
        if let url = reference.url, url.hasPrefix("https://") || url.hasPrefix("http://") {
          return "<a href=\"\(e(url))\">\(e(text.isEmpty ? url : text))</a>"
        }
        return e(text)
      }.joined(separator: " · ")
      html += "</p>\n"
    }
    // Open findings first: they are what the rule asks someone to act on.
    let isOpen = { (position: Int) in self.report.findings[position].isOpen }
    let ordered = group.positions.filter(isOpen) + group.positions.filter { !isOpen($0) }
    html += "<ul class=\"findings\">\n"
    for position in ordered.prefix(limits.findingsPerRule) {
      html += item(report.findings[position])
    }
    html += "</ul>\n"
    if ordered.count > limits.findingsPerRule {
      html +=
        "<p class=\"more\">\(e(Texts.htmlFindingsMore(more: ordered.count - limits.findingsPerRule).text(language)))</p>\n"
    }
    return html + "</article>\n"
  }

  /// One finding: the document and its place, its status, and the message.
  private func item(_ finding: Finding) -> String {
    var status = ""
    if let waiver = finding.waiver {
      var text = Texts.htmlWaivedBy(waiver: waiver.id).text(language)
      if let until = waiver.until { text += " " + Texts.htmlUntil(date: until.description).text(language) }
      if let reason = waiver.reason { text += ": " + reason }
      status = " <span class=\"status\">" + e(text) + "</span>"
    } else if finding.baselined {
      status = " <span class=\"status\">\(e(Texts.htmlBaselined.text(language)))</span>"
    }
    if let action = finding.action {
      status += " <span class=\"status\">\(e(ActionPhrase.text(action, language: language)))</span>"
    }
    let kind = finding.documentKind.map { e($0.rawValue) + " · " } ?? ""
    let place =
      "<code>\(e(finding.location.file)):\(finding.location.line):\(finding.location.column)</code>"
      + (finding.path.isEmpty ? "" : " · <code>\(e(finding.path))</code>")
    return
      "<li class=\"finding\"><p><strong>\(e(finding.documentID))</strong>\(status) <span class=\"place\">\(kind)\(place)</span></p><p>\(MarkupEscaping.escapedProse(finding.message.text(language)))</p></li>\n"
  }
}
