import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// The controller report as plain text (for a terminal or an e-mail) or as Markdown (for a
/// wiki or a pull request): the same sections in the same order as the HTML page. Values from
/// the documents are neutralised for a terminal, or escaped for Markdown.
struct ControllerReportText {
  let report: ControllerReport
  let markdown: Bool

  private var words: ControllerReportWords { ControllerReportWords(language: report.language) }

  func render() -> String {
    let w = words
    var out = heading(1, w(report.title))
    out += paragraph(w(Texts.reportMadeOn(date: w.date(report.today))))
    if report.sections.isEmpty { out += paragraph(w(Texts.reportNoControllers)) }
    for section in report.sections { out += render(section) }
    return out
  }

  private func escaped(_ text: String) -> String {
    markdown ? MarkdownText.escapedProse(text) : TerminalText.escaped(text, keepingLineBreaks: false)
  }

  private func heading(_ level: Int, _ text: String) -> String {
    if markdown { return String(repeating: "#", count: level) + " " + escaped(text) + "\n\n" }
    let underline = level == 1 ? "=" : level == 2 ? "-" : ""
    let line = escaped(text)
    return line + "\n" + (underline.isEmpty ? "" : String(repeating: underline, count: line.count) + "\n") + "\n"
  }

  private func paragraph(_ text: String) -> String { escaped(text) + "\n\n" }

  /// A list item whose first line is `first` and whose further lines are indented under it.
  private func item(_ first: String, _ more: [String] = [], number: Int? = nil) -> String {
    let marker = number.map { "\($0). " } ?? "- "
    let indent = String(repeating: " ", count: marker.count)
    // In Markdown two trailing spaces break the line inside the item; the last line needs none.
    let lines = [first] + more
    var text = ""
    for (index, line) in lines.enumerated() {
      let lineBreak = markdown && index < lines.count - 1 ? "  " : ""
      text += (index == 0 ? marker : indent) + escaped(line) + lineBreak + "\n"
    }
    return text
  }

  private func render(_ section: ControllerReport.Section) -> String {
    let w = words
    var out =
      heading(2, section.inOrganization ? section.name : w(Texts.reportUnknownController(id: section.id)))
    if let contact = section.contact { out += paragraph(w(Texts.reportContact(contact: contact))) }
    out += paragraph(summary(section))

    out += heading(3, w(Texts.reportCollectionsHeading))
    if section.collections.isEmpty { out += paragraph(w(Texts.reportCollectionsNone)) }
    for collection in section.collections {
      out += item(
        w.document(collection.document),
        [
          w(Texts.reportCollectionStatus(status: w.status(collection.status), gaps: w.gapCounts(collection.openGaps))),
          w.retention(collection.retention),
          w.review(last: collection.lastReview, next: collection.nextReview, today: report.today),
          w(Texts.reportCollectionDpia(dpia: w.dpia(collection.dpia))),
        ])
    }
    if !section.collections.isEmpty { out += "\n" }

    out += heading(3, w(Texts.reportDpiaHeading))
    out += dpiaList(section)

    out += heading(3, w(Texts.reportGapsHeading))
    out += paragraph(w(Texts.reportWhoMeans))
    if section.gaps.isEmpty { out += paragraph(w(Texts.reportGapsNone)) }
    for severity in Severity.allCases.sorted(by: >) {
      let gaps = section.gaps.filter { $0.severity == severity }
      guard !gaps.isEmpty else { continue }
      out += heading(4, w.severityHeading(severity, count: gaps.count))
      // What is only worth considering takes one line per rule: the report is read in five minutes.
      if severity == .info {
        for (index, group) in ControllerReport.grouped(gaps).enumerated() {
          out += item(
            w(Texts.reportGapTitle(title: w(group.gap.title), document: w.documents(group.documents))),
            number: index + 1)
        }
        out += "\n"
        continue
      }
      for (index, gap) in gaps.enumerated() {
        out += item(
          w(Texts.reportGapTitle(title: w(gap.title), document: w.document(gap.document))),
          [w(gap.message)]
            + (gap.remediation.map { [w(Texts.reportGapRemedy(remedy: w($0)))] } ?? [])
            + [
              w(Texts.reportGapWho(who: w.actor(gap.actor, committee: section.name))),
              w(Texts.reportGapRule(rule: gap.ruleID)),
            ],
          number: index + 1)
      }
      out += "\n"
    }

    out += heading(3, w(Texts.reportWaiversHeading))
    if section.waivers.isEmpty { out += paragraph(w(Texts.reportWaiversNone)) }
    for waiver in section.waivers {
      var more: [String] = []
      if let reason = waiver.reason { more.append(w(Texts.reportWaiverReason(reason: reason))) }
      if let approvedBy = waiver.approvedBy { more.append(w(Texts.reportWaiverApprovedBy(name: approvedBy))) }
      out += item(w.waiver(waiver, today: report.today), more)
    }
    if !section.waivers.isEmpty { out += "\n" }

    out += heading(3, w(Texts.reportFollowUpsHeading))
    if section.followUps.isEmpty {
      out += paragraph(w(Texts.reportFollowUpsNone))
    } else {
      out += paragraph(w(Texts.reportFollowUpsExplained))
      for entry in section.followUps {
        out += item(
          w.document(entry.document),
          [
            w.followUpRelation(entry), w(Texts.reportFollowUpOwner(who: w.owner(entry.owner))),
            w(
              Texts.reportFollowUpCost(
                hours: w.hours(entry.hours), fte: w.fte(entry.fte), money: w.money(entry.cost, report.currency),
                excess: w.hours(entry.excessHours))),
          ])
      }
      out += "\n"
      out += paragraph(
        w(
          Texts.reportFollowUpsTotal(
            hours: w.hours(section.hours), fte: w.fte(section.fte), money: w.money(section.cost, report.currency),
            excess: w.hours(section.excessHours), excessMoney: w.money(section.excessCost, report.currency))))
      out += heading(4, w(Texts.reportSavingsHeading(count: report.topSavings)))
      if section.savings.isEmpty { out += paragraph(w(Texts.reportSavingsNone)) }
      for (index, saving) in section.savings.enumerated() {
        out += item(
          w(Texts.reportSavingLine(indicator: saving.indicator, followUp: saving.followUp)),
          [
            w(
              Texts.reportSavingFigures(
                hours: w.hours(saving.excessHours), money: w.money(saving.excessCost, report.currency),
                reason: w.excessReason(saving.reason)))
          ], number: index + 1)
      }
      if !section.savings.isEmpty { out += "\n" }
    }

    if let changes = section.changes {
      out += heading(3, w(Texts.reportChangesHeading(revision: changes.revision)))
      for (title, gaps) in [
        (w(Texts.reportChangesNew(count: changes.appeared.count)), changes.appeared),
        (w(Texts.reportChangesResolved(count: changes.resolved.count)), changes.resolved),
      ] {
        out += heading(4, title)
        if gaps.isEmpty { out += paragraph(w(Texts.reportChangesNone)) }
        for gap in gaps {
          out += item(
            w(Texts.reportChangeLine(title: w(gap.title), severity: w.severityWord(gap.severity))),
            [w.document(gap.document)])
        }
        if !gaps.isEmpty { out += "\n" }
      }
    }
    return out
  }

  private func summary(_ section: ControllerReport.Section) -> String {
    let w = words
    return w(
      Texts.reportSummary(
        collections: section.collections.count, gaps: section.gaps.count,
        serious: section.gaps.filter { $0.severity == .error }.count, followUps: section.followUps.count,
        hours: w.hours(section.hours), waivers: section.waivers.count))
  }

  private func dpiaList(_ section: ControllerReport.Section) -> String {
    let w = words
    var out = ""
    for index in ControllerReportWords.dpiaGroups {
      let names = section.collections.filter { ControllerReportWords.dpiaGroup(of: $0.dpia) == index }
      guard !names.isEmpty else { continue }
      out += item(w.dpiaGroup(index) + " " + names.map { w.document($0.document) }.joined(separator: ", "))
    }
    return out.isEmpty ? paragraph(w(Texts.reportCollectionsNone)) : out + "\n"
  }
}
