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

  private mutating func decide(_ reference: CellReference, _ message: LocalizedText) {
    decisions.append(ImportedDocument.Decision(cell: reference, message: message))
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
        decide(reference, Texts.importDecisionOwnerFunction(text: text))
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
        decide(reference, Texts.importDecisionReviewDate(text: value.text))
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
          decide(reference, Texts.importDecisionRole(text: text))
        }
      }
      if let (value, reference) = row.cell(.count) {
        if let count = ValueParsers.count(value) {
          group.set("count", .plain(String(count)))
        } else {
          group.note("count", value.text)
          decide(reference, Texts.importDecisionCount(text: value.text))
        }
      }
      if let (value, reference) = row.cell(.minutes) {
        if let minutes = ValueParsers.number(value) {
          group.set("minutes_per_response", .plain(CellValue.number(minutes).text))
        } else {
          group.note("minutes_per_response", value.text)
          decide(reference, Texts.importDecisionMinutes(text: value.text))
        }
      }
      if let (text, reference) = row.text(.frequency) {
        if let frequency = ValueParsers.frequency(text) {
          group.set("frequency", frequency)
        } else {
          group.note("frequency", text)
          decide(reference, Texts.importDecisionFrequency(text: text))
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
          decide(reference, Texts.importDecisionSource(text: text))
        }
      }
      indicators.append(indicator.output)
    }
    if !indicators.isEmpty { document.set("indicators", .list(indicators)) }
  }
}
