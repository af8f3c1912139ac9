import TillitModel
import TillitSpreadsheet
import TillitYAML

/// Makes one FollowUp from the rows of a follow-up inventory that name it: one row per
/// follow-up, or one row per indicator with the follow-up's columns repeated. Respondent
/// groups are gathered by role (the first row that gives a role's figures gives them), and
/// each row with an indicator adds one.
struct FollowUpBuilder {
  let rows: [RowCells]
  let names: OrganizationNames
  var decisions: [ImportedDocument.Decision] = []

  init(rows: [RowCells], names: OrganizationNames = OrganizationNames(nil)) {
    self.rows = rows
    self.names = names
  }

  private mutating func decide(_ reference: CellReference, sv: String, en: String) {
    decisions.append(ImportedDocument.Decision(cell: reference, message: LocalizedText(sv: sv, en: en)))
  }

  /// The first non-blank cell of `field` among the rows.
  private func first(_ field: ImportField) -> (text: String, reference: CellReference)? {
    rows.lazy.compactMap { $0.text(field) }.first
  }

  mutating func build(id: String, name: String, header: [(String, YAMLOutput)]) -> YAMLOutput {
    var document = DocumentDraft()
    document.set("apiVersion", .plain(DocumentKind.apiVersion))
    document.set("kind", .plain("FollowUp"))
    document.set("id", .plain(id))
    document.set("name", .text(name))
    document.notes.append(contentsOf: header)

    var owner = DocumentDraft()
    if let (text, reference) = first(.ownerFunction) {
      if let function = ValueVocabulary.lookup(text, in: ValueVocabulary.ownerFunctions) {
        owner.set("function", .plain(function))
      } else {
        owner.note("function", text)
        decide(
          reference,
          sv:
            "den ägande funktionen «\(text)» är ingen av finance, hr, it, communication, quality, sustainability, operations eller other; välj en",
          en:
            "the owner function '\(text)' is none of finance, hr, it, communication, quality, sustainability, operations or other; choose one"
        )
      }
    }
    if let (text, _) = first(.ownerPerson) { owner.set("person", .text(text)) }
    document.nest("owner", owner)
    if let (text, _) = first(.purposeStatement) { document.set("purpose", .map([("statement", .text(text))])) }
    if let (value, reference) = rows.lazy.compactMap({ $0.cell(.reviewed) }).first {
      var review = DocumentDraft()
      if let day = ValueParsers.date(value, uses1904: rows[0].table.uses1904Dates) {
        review.set("last", .plain(day))
      } else {
        review.note("last", value.text)
        decide(
          reference,
          sv: "granskningsdatumet «\(value.text)» är inget datum som kan läsas säkert; skriv det som ÅÅÅÅ-MM-DD",
          en: "the review date '\(value.text)' is not a date that can be read safely; write it as YYYY-MM-DD")
      }
      document.nest("review", review)
    }
    buildRespondents(&document)
    buildIndicators(&document)
    var unmapped: [(String, YAMLOutput)] = []
    for row in rows {
      for (heading, text) in row.unmapped where !unmapped.contains(where: { $0.0 == heading }) {
        unmapped.append((heading, .text(text)))
      }
    }
    if !unmapped.isEmpty { document.notes.append(("columns", .map(unmapped))) }
    return document.output
  }

  private mutating func buildRespondents(_ document: inout DocumentDraft) {
    var groups: [(role: String, draft: DocumentDraft)] = []
    for row in rows {
      let role = row.text(.role)
      let hasFigures = row.cell(.count) != nil || row.cell(.minutes) != nil || row.cell(.frequency) != nil
      guard role != nil || hasFigures else { continue }
      let roleKey = role?.text ?? ""
      if groups.contains(where: { $0.role == roleKey }) { continue }
      var group = DocumentDraft()
      if let (text, reference) = role {
        if let id = names.role(text) {
          group.set("role", .plain(id))
        } else if DocumentIdentifier.isIdentifier(text, underscore: true) {
          group.set("role", .plain(text))
        } else {
          group.note("role", text)
          decide(
            reference, sv: "rollen «\(text)»: ange id:t för en roll i Organization",
            en: "the role '\(text)': give the id of a role in the Organization")
        }
      }
      if let (value, reference) = row.cell(.count) {
        if let count = ValueParsers.count(value) {
          group.set("count", .plain(String(count)))
        } else {
          group.note("count", value.text)
          decide(
            reference, sv: "antalet «\(value.text)» är inget heltal",
            en: "the count '\(value.text)' is not a whole number")
        }
      }
      if let (value, reference) = row.cell(.minutes) {
        if let minutes = ValueParsers.number(value) {
          group.set("minutes_per_response", .plain(CellValue.number(minutes).text))
        } else {
          group.note("minutes_per_response", value.text)
          decide(
            reference, sv: "minuterna «\(value.text)» är inget tal", en: "the minutes '\(value.text)' are not a number")
        }
      }
      if let (text, reference) = row.text(.frequency) {
        if let frequency = ValueParsers.frequency(text) {
          group.set("frequency", frequency)
        } else {
          group.note("frequency", text)
          decide(
            reference,
            sv:
              "frekvensen «\(text)» kunde inte tolkas; skriv dagligen, veckovis, månadsvis, tertialvis, kvartalsvis, halvårsvis, årligen, en gång eller N gånger per år",
            en:
              "the frequency '\(text)' could not be read; write daily, weekly, monthly, tertial, quarterly, semiannual, yearly, once or N times a year"
          )
        }
      }
      groups.append((roleKey, group))
    }
    let outputs = groups.map { $0.draft.isEmpty && $0.draft.notes.isEmpty ? nil : $0.draft.output }.compactMap { $0 }
    if !outputs.isEmpty { document.set("respondents", .list(outputs)) }
  }

  private mutating func buildIndicators(_ document: inout DocumentDraft) {
    var identifiers = DocumentIdentifier()
    var indicators: [YAMLOutput] = []
    var seenNames: Set<String> = []
    for row in rows {
      guard let (name, _) = row.text(.indicator), seenNames.insert(name).inserted else { continue }
      var indicator = DocumentDraft()
      let slug = DocumentIdentifier.slug(name)
      indicator.set("id", .plain(identifiers.claim(slug.isEmpty ? "indikator" : slug)))
      indicator.set("name", .text(name))
      if let (text, _) = row.text(.indicatorDefinition) { indicator.set("definition", .text(text)) }
      if let (text, reference) = row.text(.indicatorSource) {
        if let source = ValueVocabulary.lookup(text, in: ValueVocabulary.indicatorSources) {
          indicator.set("source", .plain(source))
        } else {
          indicator.note("source", text)
          decide(
            reference, sv: "källan «\(text)» är ingen av system, manual, survey eller register; välj en",
            en: "the source '\(text)' is none of system, manual, survey or register; choose one")
        }
      }
      indicators.append(indicator.output)
    }
    if !indicators.isEmpty { document.set("indicators", .list(indicators)) }
  }
}
