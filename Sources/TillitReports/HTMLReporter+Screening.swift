import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// The DPIA screening section: how many collections need a DPIA, then the criteria of the
/// first few, those that need one first. Ten thousand nine-row tables would be most of a
/// large workspace's page and none of what a reader looks for.
extension HTMLReporter {
  /// Required first, then recommended, covered and not indicated: what needs doing on top.
  private static let resultOrder = ["required": 0, "recommended": 1, "covered": 2]

  private func resultText(_ screening: DPIAScreening) -> String {
    switch screening.result {
    case "required":
      let reason =
        screening.basis == "art35_3"
        ? Texts.htmlScreeningRequiredArt353(triggers: screening.triggers.joined(separator: ", "))
        : Texts.htmlScreeningRequiredList
      return Texts.htmlScreeningRequired.text(language) + " " + reason.text(language)
    case "recommended": return Texts.htmlScreeningRecommended.text(language)
    case "covered": return Texts.htmlScreeningCovered.text(language)
    default: return Texts.htmlScreeningNotIndicated.text(language)
    }
  }

  func screeningSection() -> String {
    var html =
      "<section aria-labelledby=\"dpia\">\n<h2 id=\"dpia\">\(e(Texts.htmlScreening.text(language)))</h2>\n"
    html += "<p>\(e(Texts.htmlScreeningIntro.text(language)))</p>\n"
    let entries = report.screenings.enumerated().sorted {
      let left = Self.resultOrder[$0.element.screening.result] ?? 3
      let right = Self.resultOrder[$1.element.screening.result] ?? 3
      return left != right ? left < right : $0.offset < $1.offset
    }.map(\.element)

    var counts: [String: Int] = [:]
    for entry in entries { counts[entry.screening.result, default: 0] += 1 }
    html +=
      "<div class=\"scroll\"><table>\n<caption>\(e(Texts.htmlScreeningCounts.text(language)))</caption>\n<thead><tr><th scope=\"col\">\(e(Texts.htmlScreeningResultHeader.text(language)))</th><th scope=\"col\" class=\"num\">\(e(Texts.htmlCollections.text(language)))</th></tr></thead>\n<tbody>\n"
    for (result, label) in [
      ("required", Texts.htmlScreeningRequired), ("recommended", Texts.htmlScreeningRecommended),
      ("covered", Texts.htmlScreeningCovered), ("", Texts.htmlScreeningNotIndicated),
    ] {
      let number =
        result.isEmpty
        ? entries.count - counts["required", default: 0] - counts["recommended", default: 0]
          - counts["covered", default: 0]
        : counts[result, default: 0]
      html += "<tr><th scope=\"row\">\(e(label.text(language)))</th><td class=\"num\">\(count(number))</td></tr>\n"
    }
    html += "</tbody>\n</table></div>\n"

    for entry in entries.prefix(limits.screeningsShown) {
      let screening = entry.screening
      html +=
        "<div class=\"scroll\"><table class=\"screening\">\n<caption>\(e(entry.name)) <small>(\(e(entry.id)))</small> – \(e(Texts.htmlScreeningResult.text(language))): <strong>\(e(resultText(screening)))</strong>; \(e(Texts.htmlScreeningStatus.text(language))): \(e(entry.status ?? "–"))</caption>\n"
      html +=
        "<thead><tr><th scope=\"col\">\(e(Texts.htmlCriterion.text(language)))</th><th scope=\"col\">\(e(Texts.htmlHolds.text(language)))</th><th scope=\"col\">\(e(Texts.burdenReason.text(language)))</th></tr></thead>\n<tbody>\n"
      for criterion in screening.criteria {
        let name = DPIAScreening.names[criterion.id]?.text(language) ?? criterion.id
        html +=
          "<tr><th scope=\"row\">\(criterion.id) \(e(name))</th><td>\(criterion.holds ? "<strong>" + e(Texts.htmlYes.text(language)) + "</strong>" : e(Texts.htmlNo.text(language)))</td><td>\(criterion.reasons.map { "<code>\(e($0))</code>" }.joined(separator: ", "))</td></tr>\n"
      }
      html += "</tbody>\n</table></div>\n"
    }
    if entries.count > limits.screeningsShown {
      html +=
        "<p class=\"more\">\(prose(Texts.htmlScreeningMore(shown: limits.screeningsShown, more: entries.count - limits.screeningsShown)))</p>\n"
    }
    return html + "</section>\n"
  }
}
