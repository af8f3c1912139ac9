import TillitModel
import TillitYAML

/// The column headings tillit recognises, in Swedish and English, for the items of Article
/// 30(1) and the columns of a follow-up inventory. Headings are compared after
/// `NameNormalization` (case, punctuation and spacing do not matter); a heading that is not
/// one of these exactly but contains one as whole words (`Kategorier av registrerade (c)`)
/// takes the longest phrase it contains. Anything else needs a `--map` file.
enum HeadingCatalogue {
  static func phrases(for kind: ImportKind) -> [(phrase: String, field: ImportField)] {
    let table: [ImportField: [String]]
    switch kind {
    case .ropa: table = ropa
    case .followups: table = followups
    }
    return table.flatMap { field, phrases in phrases.map { (NameNormalization.normalized($0), field) } }
      .sorted { $0.phrase.count != $1.phrase.count ? $0.phrase.count > $1.phrase.count : $0.phrase < $1.phrase }
  }

  static let ropa: [ImportField: [String]] = [
    .id: ["id", "identitet", "identifier"],
    .name: [
      "behandling", "namn", "namn på behandlingen", "behandlingens namn", "benämning", "personuppgiftsbehandling",
      "name", "processing", "processing activity", "name of processing",
    ],
    .status: ["status"],
    .type: ["typ", "typ av behandling", "type"],
    .controller: [
      "personuppgiftsansvarig", "personuppgiftsansvarig nämnd", "personuppgiftsansvarig och kontakt", "ansvarig nämnd",
      "controller", "controller and contact",
    ],
    .purpose: [
      "ändamål", "ändamål med behandlingen", "ändamål och rättslig grund", "syfte", "syfte med behandlingen",
      "purpose", "purposes",
      "purposes and legal basis",
    ],
    .legalBasis: ["rättslig grund", "laglig grund", "rättslig grund för behandlingen", "legal basis", "lawful basis"],
    .law: ["lagrum", "författning", "stöd i lag", "rättsligt stöd", "statute", "law", "legal reference"],
    .dataSubjects: [
      "registrerade", "kategorier av registrerade", "registrerade personer", "personkategorier", "data subjects",
      "categories of data subjects",
    ],
    .dataCategories: [
      "personuppgifter", "kategorier av personuppgifter", "uppgifter som behandlas", "typ av personuppgifter",
      "personuppgiftskategorier", "personal data",
      "categories of personal data",
    ],
    .recipients: ["mottagare", "kategorier av mottagare", "recipients", "categories of recipients"],
    .transfers: [
      "överföring till tredje land", "överföring till tredjeland", "tredje land", "tredjeland",
      "överföring till tredjeland och skyddsåtgärder", "tredjelandsöverföring", "överföring utanför eu ees",
      "third country", "third country transfers", "transfers",
      "third-country transfers and safeguards",
    ],
    .retention: [
      "gallring", "lagringstid", "gallringsfrist", "bevarande och gallring", "gallring och bevarande", "retention",
      "retention period", "storage period",
    ],
    .security: [
      "säkerhetsåtgärder", "tekniska och organisatoriska säkerhetsåtgärder", "skyddsåtgärder", "säkerhet",
      "security measures",
      "security", "technical and organisational measures",
    ],
    .dpia: ["konsekvensbedömning", "konsekvensbedömning dpia", "dpia", "dpia status"],
    .dpiaDate: ["datum för konsekvensbedömning", "konsekvensbedömning datum", "dpia date"],
    .notice: ["information till registrerade", "integritetsmeddelande", "privacy notice", "notice"],
    .reviewed: [
      "senast granskad", "senast reviderad", "senast uppdaterad", "granskad", "last reviewed", "reviewed",
      "last review",
    ],
  ]

  static let followups: [ImportField: [String]] = [
    .id: ["id", "identitet", "identifier"],
    .name: ["uppföljning", "uppföljningens namn", "process", "namn", "name", "follow up", "follow-up"],
    .ownerFunction: ["ägande funktion", "ägare", "funktion", "stabsfunktion", "owner function", "owner", "function"],
    .ownerPerson: ["ansvarig", "ansvarig person", "kontaktperson", "responsible", "responsible person"],
    .purposeStatement: ["syfte", "ändamål", "purpose"],
    .role: [
      "respondentroll", "roll", "respondenter", "uppgiftslämnare", "vem rapporterar", "respondent role",
      "respondents", "role",
    ],
    .count: ["antal", "antal respondenter", "antal uppgiftslämnare", "count", "number of respondents"],
    .minutes: [
      "minuter", "minuter per svar", "tidsåtgång", "tidsåtgång minuter", "minutes",
      "minutes per response",
    ],
    .frequency: ["frekvens", "hur ofta", "periodicitet", "frequency", "how often"],
    .indicator: ["indikator", "nyckeltal", "mått", "indicator", "measure", "kpi"],
    .indicatorDefinition: ["definition", "indikatorns definition", "indicator definition"],
    .indicatorSource: ["källa", "datakälla", "source", "data source"],
    .reviewed: ["senast granskad", "senast reviderad", "granskad", "last reviewed", "reviewed"],
  ]

  /// The language of a heading: English when it is (or contains) one of the English phrases,
  /// Swedish when it is (or contains) one of the others; words both languages share (`Id`,
  /// `Status`, `DPIA`) say neither.
  static func language(of heading: String) -> Language? {
    let padded = " " + NameNormalization.normalized(heading) + " "
    let shared = Set(["id", "status", "dpia", "dpia status", "register"].map(NameNormalization.normalized))
    var best: (phrase: String, language: Language)?
    for phrases in [ropa, followups] {
      for phrase in phrases.values.joined() {
        let normalized = NameNormalization.normalized(phrase)
        guard !shared.contains(normalized), padded.contains(" " + normalized + " ") else { continue }
        let language: Language = english.contains(normalized) ? .en : .sv
        if normalized.count > best?.phrase.count ?? 0 { best = (normalized, language) }
      }
    }
    return best?.language
  }

  /// The English phrases of both tables; every other phrase is Swedish or shared.
  static let english: Set<String> = Set(
    [
      "identifier", "name", "processing", "processing activity", "name of processing", "type", "controller",
      "controller and contact", "purpose", "purposes", "purposes and legal basis", "legal basis", "lawful basis",
      "statute", "law", "legal reference", "data subjects", "categories of data subjects", "personal data",
      "categories of personal data", "recipients", "categories of recipients", "third country",
      "third country transfers", "transfers", "third-country transfers and safeguards", "retention",
      "retention period", "storage period", "security measures", "security", "technical and organisational measures",
      "dpia date", "privacy notice", "notice", "last reviewed", "reviewed", "last review", "follow up", "follow-up",
      "owner function", "owner", "function", "responsible", "responsible person", "role", "respondent role",
      "respondents", "count", "number of respondents", "minutes", "minutes per response", "frequency", "how often",
      "indicator", "measure", "kpi", "definition", "indicator definition", "source", "data source",
    ].map(NameNormalization.normalized))

  /// The field a heading names, and whether it names it exactly; nil when it names none.
  static func match(_ heading: String, kind: ImportKind) -> (field: ImportField, exact: Bool)? {
    let normalized = NameNormalization.normalized(heading)
    guard !normalized.isEmpty else { return nil }
    let phrases = phrases(for: kind)
    if let exact = phrases.first(where: { $0.phrase == normalized }) { return (exact.field, true) }
    let padded = " " + normalized + " "
    return phrases.first { padded.contains(" " + $0.phrase + " ") }.map { ($0.field, false) }
  }
}
