import TillitModel
import TillitSpreadsheet
import TillitYAML

/// Makes one DataCollection from one row of a record of processing activities. Values that
/// fit the schema's value sets are written as fields; what does not fit is kept verbatim in
/// an `x-import` note beside the field and listed as a decision; what the row does not give
/// stays absent, so `tillit check` reports it.
struct DataCollectionBuilder {
  let cells: RowCells
  let labels: TaxonomyLabels
  let controller: String?
  let names: OrganizationNames
  var decisions: [ImportedDocument.Decision] = []

  init(
    cells: RowCells, labels: TaxonomyLabels, controller: String?, names: OrganizationNames = OrganizationNames(nil)
  ) {
    self.cells = cells
    self.labels = labels
    self.controller = controller
    self.names = names
  }

  private mutating func decide(_ reference: CellReference, _ message: LocalizedText) {
    decisions.append(ImportedDocument.Decision(cell: reference, message: message))
  }

  mutating func build(id: String, name: String, header: [(String, YAMLOutput)]) -> YAMLOutput {
    var document = DocumentDraft()
    document.set("apiVersion", .plain(DocumentKind.apiVersion))
    document.set("kind", .plain("DataCollection"))
    document.set("id", .plain(id))
    document.set("name", .text(name))
    document.notes.append(contentsOf: header)

    if let (text, reference) = cells.text(.type) {
      if let value = ValueVocabulary.lookup(text, in: ValueVocabulary.collectionTypes) {
        document.set("type", .plain(value))
      } else {
        document.note("type", text)
        decide(reference, Texts.importDecisionType(text: text))
      }
    }
    if let (text, reference) = cells.text(.status) {
      if let value = ValueVocabulary.lookup(text, in: ValueVocabulary.statuses) {
        document.set("status", .plain(value))
      } else {
        document.note("status", text)
        decide(reference, Texts.importDecisionStatus(text: text))
      }
    }
    if let controller {
      document.set("controller", .plain(controller))
    } else if let (text, reference) = cells.text(.controller) {
      if let id = names.controller(text) {
        document.set("controller", .plain(id))
      } else if DocumentIdentifier.isIdentifier(text, underscore: true) {
        document.set("controller", .plain(text))
      } else if let id = Self.unknownControllerID(text) {
        // tillit's export marks an id the Organization lacks "id (okänd)": the id is kept, as
        // the document had it, and the Organization is left for a person to complete.
        document.set("controller", .plain(id))
        document.note("controller", text)
        decide(reference, Texts.importDecisionControllerNotInOrganization(id: id))
      } else {
        document.note("controller", text)
        decide(reference, Texts.importDecisionControllerUnknown(text: text))
      }
    }
    let purposeIDs = buildPurposes(&document, id: id)
    buildSubjects(&document)
    buildFields(&document, purposeIDs: purposeIDs)
    buildRecipients(&document)
    buildTransfers(&document)
    buildRetention(&document)
    buildSecurity(&document)
    buildTransparency(&document)
    buildDPIA(&document)
    buildReview(&document)
    let unmapped = cells.unmapped
    if !unmapped.isEmpty {
      document.notes.append(("columns", .map(unmapped.map { ($0.0, .text($0.1)) })))
    }
    return document.output
  }

  /// The id in `id (okänd)` or `id (unknown)`, as the export writes a controller id the
  /// Organization does not have.
  static func unknownControllerID(_ text: String) -> String? {
    for marker in [" (okänd)", " (unknown)"] where text.hasSuffix(marker) {
      let id = String(text.dropLast(marker.count))
      if DocumentIdentifier.isIdentifier(id, underscore: true) { return id }
    }
    return nil
  }

  /// The purposes, and their ids for the fields. tillit's own export writes every purpose in
  /// one cell, `description – basis, law; description – basis, law`: each becomes a purpose
  /// of its own (the first with the document's id, the next `<id>-2`, …, as the sheet does
  /// not show purpose ids).
  private mutating func buildPurposes(_ document: inout DocumentDraft, id: String) -> [String] {
    let purposeText = cells.text(.purpose)
    let basisText = cells.text(.legalBasis)
    let lawText = cells.text(.law)
    guard purposeText != nil || basisText != nil || lawText != nil else { return [] }
    if basisText == nil, lawText == nil, let (text, reference) = purposeText {
      let parts = text.components(separatedBy: "; ")
      if parts.allSatisfy({ $0.contains(" – ") }) {
        var purposes: [YAMLOutput] = []
        var ids: [String] = []
        for (index, part) in parts.enumerated() {
          guard let dash = part.range(of: " – ", options: .backwards) else { continue }
          let purposeID = index == 0 ? id : "\(id)-\(index + 1)"
          ids.append(purposeID)
          purposes.append(
            purpose(
              id: purposeID, description: String(part[..<dash.lowerBound]),
              basis: (String(part[dash.upperBound...]), reference), law: nil))
        }
        document.set("purposes", .list(purposes))
        return ids
      }
    }
    document.set(
      "purposes", .list([purpose(id: id, description: purposeText?.text, basis: basisText, law: lawText?.text)]))
    return [id]
  }

  private mutating func purpose(
    id: String, description: String?, basis: (text: String, reference: CellReference)?, law: String?
  ) -> YAMLOutput {
    var purpose = DocumentDraft()
    purpose.set("id", .plain(id))
    if let description { purpose.set("description", .text(description)) }
    var lawAfterBasis: String?
    if let (text, reference) = basis {
      let (head, rest) = Self.splitBasis(text)
      lawAfterBasis = rest
      if ["rättslig grund saknas", "legal basis missing"].contains(head) {
        // tillit's export marks a purpose without a basis so; missing here too.
      } else if let basis = legalBasis(head) {
        purpose.set("legal_basis", .plain(basis))
      } else {
        lawAfterBasis = nil
        purpose.note("legal_basis", text)
        decide(reference, Texts.importDecisionLegalBasis(text: text))
      }
    }
    if let law = law ?? lawAfterBasis, !law.isEmpty { purpose.set("law", .text(law)) }
    return purpose.output
  }

  /// `basis (article), law` as the export writes it: the basis with its article (whose
  /// parentheses may nest, `(Art. 6(1)(e))`), and the law after the comma that follows it.
  static func splitBasis(_ text: String) -> (basis: String, law: String?) {
    var depth = 0
    var opened = false
    for index in text.indices {
      let character = text[index]
      if character == "(" {
        depth += 1
        opened = true
      } else if character == ")" {
        depth -= 1
        if opened, depth == 0 {
          let after = text.index(after: index)
          let rest = text[after...]
          if rest.hasPrefix(", ") {
            return (String(text[..<after]), rest.dropFirst(2).trimmingCharacters(in: .whitespaces))
          }
          return (text, nil)
        }
      }
    }
    if let missing = ["rättslig grund saknas", "legal basis missing"].first(where: { text.hasPrefix($0 + ", ") }) {
      return (missing, String(text.dropFirst(missing.count + 2)))
    }
    return (text, nil)
  }

  /// The basis named in a cell, also when it cites the article (`Myndighetsutövning (art. 6.1 e)`).
  private func legalBasis(_ text: String) -> String? {
    if let basis = ValueVocabulary.lookup(text, in: ValueVocabulary.legalBases) { return basis }
    if let open = text.firstIndex(of: "(") {
      let head = String(text[..<open]).trimmingCharacters(in: .whitespaces)
      if let basis = ValueVocabulary.lookup(head, in: ValueVocabulary.legalBases) { return basis }
    }
    return nil
  }

  private mutating func buildSubjects(_ document: inout DocumentDraft) {
    guard let (text, reference) = cells.text(.dataSubjects) else { return }
    var groups: [YAMLOutput] = []
    var unknown: [String] = []
    var seen: Set<String> = []
    for item in ValueParsers.items(text) {
      let label = item.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? item
      // "Elev (ca 700)", as tillit's export writes an estimated count.
      let digits = item.drop { $0 != "(" }.filter(\.isNumber)
      if let key = labels.subject(label) {
        var group: [(String, YAMLOutput)] = [("category", .plain(key))]
        if !digits.isEmpty, let count = Int(digits) { group.append(("estimated_count", .plain(String(count)))) }
        if seen.insert(key).inserted { groups.append(.map(group)) }
      } else {
        unknown.append(item)
      }
    }
    if !groups.isEmpty { document.set("data_subjects", .list(groups)) }
    if !unknown.isEmpty {
      document.note("data_subjects", unknown.joined(separator: "; "))
      decide(reference, Texts.importDecisionUnknownSubjects(items: unknown.joined(separator: ", ")))
    }
  }

  private mutating func buildFields(_ document: inout DocumentDraft, purposeIDs: [String]) {
    guard let (text, reference) = cells.text(.dataCategories) else { return }
    var fields: [YAMLOutput] = []
    var unknown: [String] = []
    var ambiguous: [(item: String, keys: [String])] = []
    var seen: Set<String> = []
    for item in ValueParsers.items(text) {
      let match = labels.category(item)
      if case .ambiguous(let keys) = match {
        ambiguous.append((item, keys))
      } else if case .key(let key) = match {
        guard seen.insert(key).inserted else { continue }
        var field: [(String, YAMLOutput)] = [
          ("id", .plain(key.replacingOccurrences(of: ".", with: "-").replacingOccurrences(of: "_", with: "-"))),
          ("category", .plain(key)),
        ]
        if !purposeIDs.isEmpty { field.append(("purposes", .list(purposeIDs.map(YAMLOutput.plain)))) }
        fields.append(.map(field))
      } else {
        unknown.append(item)
      }
    }
    if !fields.isEmpty { document.set("fields", .list(fields)) }
    if !unknown.isEmpty || !ambiguous.isEmpty {
      document.note("fields", (unknown + ambiguous.map(\.item)).joined(separator: "; "))
    }
    for (item, keys) in ambiguous {
      decide(reference, Texts.importDecisionAmbiguousCategory(item: item, keys: keys.joined(separator: ", ")))
    }
    if !unknown.isEmpty {
      decide(reference, Texts.importDecisionUnknownData(items: unknown.joined(separator: ", ")))
    }
  }

  private mutating func buildRecipients(_ document: inout DocumentDraft) {
    guard let (text, reference) = cells.text(.recipients) else { return }
    if ValueVocabulary.isNone(text) {
      document.set("recipients", .list([]))
      return
    }
    var identifiers = DocumentIdentifier()
    var recipients: [YAMLOutput] = []
    var untyped: [String] = []
    for item in ValueParsers.items(text, commas: false) {
      if ValueVocabulary.isNone(item) { continue }
      var name = item
      var type: String?
      var country: String?
      if let open = item.lastIndex(of: "("), item.hasSuffix(")") {
        let inner = String(item[item.index(after: open)..<item.index(before: item.endIndex)])
        if let found = ValueVocabulary.lookup(inner, in: ValueVocabulary.recipientTypes) {
          type = found
          name = item[..<open].trimmingCharacters(in: .whitespaces)
        }
      }
      // tillit's export writes "name, type, country".
      var parts = name.components(separatedBy: ", ")
      while parts.count > 1, let last = parts.last {
        if type == nil, let found = ValueVocabulary.lookup(last, in: ValueVocabulary.recipientTypes) {
          type = found
        } else if country == nil, last.count == 2, last.allSatisfy({ $0.isASCII && $0.isUppercase }) {
          country = last
        } else {
          break
        }
        parts.removeLast()
      }
      name = parts.joined(separator: ", ")
      // tillit's export writes "name (id)" when the id is not the name.
      var stated: String?
      if let open = name.range(of: " (", options: .backwards), name.hasSuffix(")") {
        let inner = String(name[open.upperBound..<name.index(before: name.endIndex)])
        if DocumentIdentifier.isIdentifier(inner, underscore: true) {
          stated = inner
          name = String(name[..<open.lowerBound])
        }
      }
      var recipient = DocumentDraft()
      let slug = stated ?? DocumentIdentifier.slug(name)
      recipient.set("id", .plain(identifiers.claim(slug.isEmpty ? "mottagare" : slug)))
      recipient.set("name", .text(name))
      if let type { recipient.set("type", .plain(type)) } else { untyped.append(name) }
      if let country { recipient.set("country", .plain(country)) }
      recipients.append(recipient.output)
    }
    document.set("recipients", .list(recipients))
    if !untyped.isEmpty {
      decide(reference, Texts.importDecisionUntypedRecipients(items: untyped.joined(separator: ", ")))
    }
  }

  private mutating func buildTransfers(_ document: inout DocumentDraft) {
    guard let (text, reference) = cells.text(.transfers) else { return }
    if ValueVocabulary.isNone(text) {
      document.set("transfers", .list([]))
      return
    }
    let read = ValueParsers.items(text, commas: false).map { TransferText($0) }
    if !read.isEmpty, read.allSatisfy({ $0 != nil }) {
      document.set("transfers", .list(read.compactMap { $0.map(Self.transfer) }))
      return
    }
    document.note("transfers", text)
    decide(reference, Texts.importDecisionTransfer(text: text))
  }

  private static func transfer(_ transfer: TransferText) -> YAMLOutput {
    var entry = DocumentDraft()
    if let recipient = transfer.recipient { entry.set("recipient", .plain(recipient)) }
    if let country = transfer.country { entry.set("country", .text(country)) }
    if let mechanism = transfer.mechanism { entry.set("mechanism", .plain(mechanism)) }
    if let derogation = transfer.derogation { entry.set("derogation", .text(derogation)) }
    if let module = transfer.sccModule { entry.set("scc_module", .plain(String(module))) }
    if transfer.tiaReference != nil || transfer.tiaDate != nil {
      var tia = DocumentDraft()
      if let reference = transfer.tiaReference { tia.set("ref", .text(reference)) }
      if let date = transfer.tiaDate { tia.set("date", .plain(date)) }
      entry.nest("tia", tia)
    }
    return entry.output
  }

  private mutating func buildRetention(_ document: inout DocumentDraft) {
    guard let (text, reference) = cells.text(.retention) else { return }
    var retention = DocumentDraft()
    let parsed = ValueParsers.retention(text)
    if let action = parsed.action { retention.set("action", .plain(action)) }
    if let period = parsed.period { retention.set("period", .plain(period)) }
    if let trigger = parsed.trigger { retention.set("trigger", .text(trigger)) }
    if let entry = parsed.planEntry { retention.set("plan_entry", .plain(entry)) }
    if !parsed.complete || (parsed.action == nil && parsed.period == nil && parsed.planEntry == nil) {
      retention.note("text", text)
      decide(reference, Texts.importDecisionRetention(text: text))
    }
    document.nest("retention", retention)
  }

  private mutating func buildSecurity(_ document: inout DocumentDraft) {
    guard let (text, reference) = cells.text(.security) else { return }
    var measures: [String] = []
    var unknown: [String] = []
    var classification: [(String, YAMLOutput)]?
    for item in ValueParsers.items(text) {
      if let levels = ValueParsers.classification(item) {
        classification = levels
      } else if let measure = ValueVocabulary.lookup(item, in: ValueVocabulary.securityMeasures) {
        if !measures.contains(measure) { measures.append(measure) }
      } else {
        unknown.append(item)
      }
    }
    var security = DocumentDraft()
    if let classification, !classification.isEmpty { security.set("classification", .map(classification)) }
    if !measures.isEmpty { security.set("measures", .list(measures.map(YAMLOutput.plain))) }
    if !unknown.isEmpty {
      security.note("measures", unknown.joined(separator: "; "))
      decide(reference, Texts.importDecisionSecurityMeasures(items: unknown.joined(separator: ", ")))
    }
    document.nest("security", security)
  }

  private mutating func buildTransparency(_ document: inout DocumentDraft) {
    guard let (text, _) = cells.text(.notice) else { return }
    document.set("transparency", .map([("notice", .text(text))]))
  }

  private mutating func buildDPIA(_ document: inout DocumentDraft) {
    var dpia = DocumentDraft()
    if let (text, reference) = cells.text(.dpia) {
      if let status = ValueVocabulary.lookup(text, in: ValueVocabulary.dpiaStatuses) {
        dpia.set("status", .plain(status))
      } else {
        dpia.note("status", text)
        decide(reference, Texts.importDecisionDpiaStatus(text: text))
      }
    }
    if let (value, reference) = cells.cell(.dpiaDate) {
      date(value, reference, key: "date", into: &dpia, what: Texts.importDecisionDateDpia)
    }
    document.nest("dpia", dpia)
  }

  private mutating func buildReview(_ document: inout DocumentDraft) {
    guard let (value, reference) = cells.cell(.reviewed) else { return }
    var review = DocumentDraft()
    date(value, reference, key: "last", into: &review, what: Texts.importDecisionDateReview)
    document.nest("review", review)
  }

  private mutating func date(
    _ value: CellValue, _ reference: CellReference, key: String, into draft: inout DocumentDraft,
    what: LocalizedText
  ) {
    if let day = ValueParsers.date(value, uses1904: cells.table.uses1904Dates) {
      draft.set(key, .plain(day))
    } else {
      draft.note(key, value.text)
      decide(reference, Texts.importDecisionDate(what: what, text: value.text))
    }
  }
}
