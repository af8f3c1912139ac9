import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitYAML

/// The record of processing activities (GDPR Art. 30(1)) built from the DataCollection
/// documents: one row per collection with every item of the article, labelled in the chosen
/// language. An item the documents do not give is shown as missing, never left blank.
public struct ROPAReport: Sendable {
  public enum Format: String, Sendable, CaseIterable {
    case csv, markdown, html
  }

  public struct Row: Sendable {
    public var cells: [String]
  }

  public let headers: [String]
  public let rows: [Row]
  let language: Language
  let organizationName: String
  let today: CalendarDate

  static let legalBasisLabels: [String: LocalizedText] = [
    "consent": Texts.ropaBasisConsent,
    "contract": Texts.ropaBasisContract,
    "legal_obligation": Texts.ropaBasisLegalObligation,
    "vital_interests": Texts.ropaBasisVitalInterests,
    "public_task": Texts.ropaBasisPublicTask,
    "official_authority": Texts.ropaBasisOfficialAuthority,
    "legitimate_interests": Texts.ropaBasisLegitimateInterests,
  ]

  static let statusLabels: [String: LocalizedText] = [
    "planned": Texts.ropaStatusPlanned, "active": Texts.ropaStatusActive,
    "retired": Texts.ropaStatusRetired,
  ]

  static let recipientLabels: [String: LocalizedText] = [
    "same_authority": Texts.ropaRecipientSameAuthority,
    "other_authority": Texts.ropaRecipientOtherAuthority,
    "processor": Texts.ropaRecipientProcessor,
    "sub_processor": Texts.ropaRecipientSubProcessor,
    "third_party": Texts.ropaRecipientThirdParty,
    "public": Texts.ropaRecipientPublic,
  ]

  public init(workspace: Workspace, controller: String? = nil, language: Language, today: CalendarDate) {
    self.language = language
    self.today = today
    let organization = workspace.organization
    organizationName = organization?.name ?? ""
    let taxonomy = Taxonomy.builtIn.extended(with: workspace.documents.first { $0.kind == .organization }?.source.root)
    let missing = Texts.ropaMissing.text(language)
    func orMissing(_ parts: [String]) -> String { parts.isEmpty ? missing : parts.joined(separator: "; ") }

    headers = [
      Texts.ropaHeaderId.text(language), Texts.ropaHeaderProcessing.text(language),
      Texts.ropaHeaderStatus.text(language),
      Texts.ropaHeaderController.text(language),
      Texts.ropaHeaderJointControllers.text(language), Texts.ropaHeaderDpo.text(language),
      Texts.ropaHeaderPurposes.text(language),
      Texts.ropaHeaderSubjects.text(language),
      Texts.ropaHeaderCategories.text(language), Texts.ropaHeaderRecipients.text(language),
      Texts.ropaHeaderTransfers.text(language),
      Texts.ropaHeaderRetention.text(language), Texts.ropaHeaderSecurity.text(language),
    ]
    // A label two categories share in this language (English "Position" is a job title and a
    // location) is written with its key, so the sheet says which one and imports back as it was.
    var labelUses: [String: Int] = [:]
    for entry in taxonomy.categories.values { labelUses[entry.name.text(language), default: 0] += 1 }
    var rows: [Row] = []
    let dpo = organization?.dpo
    let dpoText = [dpo?.name, dpo?.contact].compactMap { $0 }.joined(separator: ", ")
    for document in workspace.documents where document.kind == .dataCollection {
      guard case .dataCollection(let collection) = document.content else { continue }
      if let controller, collection.controller != controller { continue }
      let controllerEntry = organization?.controllers.first { $0.id == collection.controller }
      let controllerText: String
      if let entry = controllerEntry {
        controllerText = [entry.name?.text(language) ?? entry.id, entry.contact].compactMap { $0 }.joined(
          separator: ", ")
      } else if let id = collection.controller {
        controllerText = "\(id) (\(Texts.ropaUnknown.text(language)))"
      } else {
        controllerText = missing
      }
      let joint = collection.jointControllers.map {
        [$0.name, $0.contact, $0.arrangement].compactMap { $0 }.joined(separator: ", ")
      }
      let purposes = collection.purposes.map { purpose -> String in
        let basis =
          purpose.legalBasis.map { ROPAReport.legalBasisLabels[$0]?.text(language) ?? $0 }
          ?? Texts.ropaLegalBasisMissing.text(language)
        let law = purpose.law.map { ", \($0)" } ?? ""
        return "\(purpose.description ?? purpose.id) – \(basis)\(law)"
      }
      let subjects = collection.dataSubjects.map { subject -> String in
        let key = subject.category ?? ""
        let name = taxonomy.subjects[key]?.name.text(language) ?? key
        return subject.estimatedCount.map {
          "\(name) (\(Texts.ropaApproximately.text(language)) \(NumberFormat.format(Double($0), decimals: 0, language: language)))"
        } ?? name
      }
      let categories = Array(
        Set(
          collection.fields.compactMap { field -> String? in
            guard let key = field.category else { return nil }
            guard let label = taxonomy.categories[key]?.name.text(language) else { return key }
            return labelUses[label, default: 0] > 1 ? "\(label) (\(key))" : label
          })
      ).sorted()
      let recipients = collection.recipients.map { recipient -> String in
        // The id beside the name, when it is not the name: transfers name recipients by id, and
        // an import must give the recipient the id they name.
        [
          recipient.name.map { $0 == recipient.id ? $0 : "\($0) (\(recipient.id))" } ?? recipient.id,
          recipient.type.map { ROPAReport.recipientLabels[$0]?.text(language) ?? $0 },
          recipient.country,
        ]
        .compactMap { $0 }.joined(separator: ", ")
      }
      let transfers = collection.transfers.map { transfer -> String in
        var text =
          "\(transfer.recipient ?? "–") → \(transfer.country ?? "–"): \(transfer.mechanism?.rawValue ?? Texts.ropaMechanismMissing.text(language))"
        if let derogation = transfer.derogation { text += " (\(derogation))" }
        if let module = transfer.sccModule { text += " (\(Texts.ropaModule.text(language)) \(module))" }
        if let tia = transfer.tia { text += ", TIA \(tia.ref ?? "") \(tia.date?.description ?? "")" }
        return text
      }
      let nonEEA = collection.recipients.filter { !EEA.countries.contains($0.country ?? "SE") }
      let transferText =
        transfers.isEmpty
        ? (nonEEA.isEmpty
          ? Texts.ropaNoneSingle.text(language)
          : missing + " (" + nonEEA.map { "\($0.id) \($0.country ?? "")" }.joined(separator: ", ") + ")")
        : transfers.joined(separator: "; ")
      var retention = missing
      if let r = collection.retention, r.action != nil || r.period != nil || r.planEntry != nil {
        let action =
          r.action == .keep
          ? Texts.ropaKept.text(language) : r.action == .dispose ? Texts.ropaDisposed.text(language) : "–"
        retention = [
          action,
          r.period.map { Texts.ropaAfter(period: ROPAReport.words($0, language)).text(language) },
          r.trigger,
          r.planEntry.map { Texts.ropaPlanEntry(entry: $0).text(language) },
          r.law,
        ].compactMap { $0 }.joined(separator: ", ")
      }
      let measures = collection.security?.measures ?? []
      var security =
        measures.isEmpty
        ? missing
        : measures.map { ValueLabels.label(field: "measures", value: $0)?.text(language) ?? $0 }.joined(
          separator: ", ")
      if let c = collection.security?.classification {
        security +=
          "; KLASSA K\(c.c.map(String.init) ?? "–")/R\(c.i.map(String.init) ?? "–")/T\(c.a.map(String.init) ?? "–")"
      }
      rows.append(
        Row(cells: [
          collection.id, collection.name,
          collection.status.map { ROPAReport.statusLabels[$0.rawValue]?.text(language) ?? $0.rawValue } ?? missing,
          controllerText,
          joint.isEmpty ? Texts.ropaNone.text(language) : joint.joined(separator: "; "),
          dpoText.isEmpty ? missing : dpoText,
          orMissing(purposes), orMissing(subjects), orMissing(categories),
          collection.recipients.isEmpty ? Texts.ropaNone.text(language) : recipients.joined(separator: "; "),
          transferText,
          retention,
          security,
        ]))
    }
    self.rows = rows
  }

  public func render(_ format: Format, separator: Character = ",") -> String {
    switch format {
    case .csv:
      // UTF-8 with a byte-order mark, so Excel opens Swedish characters correctly.
      func field(_ text: String) -> String { CSVField.escaped(text, separator: separator) }
      var output = "\u{FEFF}" + headers.map(field).joined(separator: String(separator)) + "\r\n"
      for row in rows { output += row.cells.map(field).joined(separator: String(separator)) + "\r\n" }
      return output
    case .markdown:
      var output =
        "# " + Texts.ropaTitle.text(language)
        + (organizationName.isEmpty ? "" : " – \(MarkdownText.escaped(organizationName))") + " (\(today))\n\n"
      output += "| " + headers.joined(separator: " | ") + " |\n|" + headers.map { _ in " --- |" }.joined() + "\n"
      for row in rows {
        output +=
          "| "
          + row.cells.map(MarkdownText.escaped).joined(separator: " | ") + " |\n"
      }
      return output
    case .html:
      let e = { (text: String) in MarkupEscaping.escaped(text) }
      let title =
        Texts.ropaTitle.text(language)
        + (organizationName.isEmpty ? "" : " – \(organizationName)")
      var html =
        "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>\(e(title))</title>\n"
      html +=
        "<style>\nbody { font: 15px/1.45 system-ui, sans-serif; color: #1b1f24; margin: 1.5rem; }\ntable { border-collapse: collapse; font-size: .88rem; }\nth, td { border: 1px solid #d0d7de; padding: .3rem .45rem; text-align: left; vertical-align: top; }\nthead th { background: #f3f5f7; position: sticky; top: 0; }\n.missing { color: #b3261e; font-weight: 700; }\n@media print { body { margin: 0; font-size: 10px; } thead th { position: static; } }\n</style>\n</head>\n<body>\n"
      html +=
        "<h1>\(e(title))</h1>\n<p>\(e(Texts.ropaBasis.text(language))), \(today).</p>\n"
      html +=
        "<table>\n<thead><tr>" + headers.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
      let missing = Texts.ropaMissing.text(language)
      for row in rows {
        html +=
          "<tr>"
          + row.cells.enumerated().map { i, cell in
            let content = cell.contains(missing) ? "<span class=\"missing\">\(e(cell))</span>" : e(cell)
            return i == 1 ? "<th scope=\"row\">\(content)</th>" : "<td>\(content)</td>"
          }.joined() + "</tr>\n"
      }
      return html + "</tbody>\n</table>\n</body>\n</html>\n"
    }
  }

  /// A retention period in words with digits ("6 månader"), which `tillit import` reads back;
  /// a period of several units stays ISO 8601, since the importer reads one number and unit.
  static func words(_ period: Period, _ language: Language) -> String {
    let units = [period.years, period.months, period.days].filter { $0 != 0 }.count
    return units == 1 ? ValueWords.period(period, language, digits: true) : period.text
  }
}
