import Foundation
import TillitModel

/// The words people write in a register's cells, in Swedish and English, and the schema
/// values they mean. Each table's values come from the schema's own value sets
/// (`DocumentSchema`, the vocabulary enums), and the schema's value itself is always
/// accepted, so a sheet exported by tillit imports as it was. Words are compared after
/// `NameNormalization`; a word not listed here is never guessed at: it is kept verbatim for a
/// person to decide.
enum ValueVocabulary {
  static func table(_ pairs: [String: [String]], values: [String], field: String? = nil) -> [String: String] {
    var table: [String: String] = [:]
    for value in values {
      table[NameNormalization.normalized(value)] = value
      table[NameNormalization.normalized(value.replacingOccurrences(of: "_", with: " "))] = value
      // The labels tillit's own reports write (ValueLabels), so a record exported by `tillit
      // ropa` reads back; the words below still win where they differ.
      if let field, let label = ValueLabels.label(field: field, value: value) {
        table[NameNormalization.normalized(label.sv)] = value
        table[NameNormalization.normalized(label.en)] = value
      }
    }
    for (value, words) in pairs where values.contains(value) {
      for word in words { table[NameNormalization.normalized(word)] = value }
    }
    return table
  }

  static func lookup(_ text: String, in table: [String: String]) -> String? {
    table[NameNormalization.normalized(text)]
  }

  static let legalBases = table(
    [
      "consent": ["samtycke", "6.1 a", "art 6.1 a", "artikel 6.1 a"],
      "contract": ["avtal", "6.1 b", "art 6.1 b", "artikel 6.1 b"],
      "legal_obligation": [
        "rättslig förpliktelse", "rättslig skyldighet", "lagstadgad skyldighet", "6.1 c", "art 6.1 c", "artikel 6.1 c",
      ],
      "vital_interests": ["grundläggande intressen", "grundläggande intresse", "6.1 d", "art 6.1 d"],
      "public_task": [
        "allmänt intresse", "uppgift av allmänt intresse", "myndighetsuppgift", "public interest", "6.1 e",
        "art 6.1 e",
      ],
      "official_authority": ["myndighetsutövning", "myndighetsutövning 6.1 e", "exercise of official authority"],
      "legitimate_interests": ["berättigat intresse", "berättigade intressen", "legitimate interest", "6.1 f"],
    ], values: DocumentSchema.legalBases, field: "legal_basis")

  static let statuses = table(
    [
      "planned": ["planerad", "planerat", "kommande"],
      "active": ["aktiv", "aktivt", "pågående", "i bruk", "pågår", "in use"],
      "retired": ["avslutad", "avslutat", "upphörd", "avvecklad", "inaktiv", "ended", "inactive"],
    ], values: CollectionStatus.allCases.map(\.rawValue))

  static let collectionTypes = table(
    [
      "survey": ["enkät", "undersökning"], "register": ["register"],
      "case_system": ["ärendehantering", "ärendesystem", "verksamhetssystem", "case management"],
      "follow_up_dataset": ["uppföljning", "uppföljningsdata", "follow-up"], "other": ["annat", "övrigt"],
    ], values: CollectionType.allCases.map(\.rawValue))

  static let securityMeasures = table(
    [
      "rbac": [
        "behörighetsstyrning", "rollbaserad åtkomst", "rollbaserad behörighet", "åtkomstkontroll", "behörigheter",
        "access control", "role based access",
      ],
      "mfa": [
        "tvåfaktorsinloggning", "tvåfaktorsautentisering", "flerfaktorsinloggning", "flerfaktorsautentisering",
        "stark autentisering", "multi factor authentication", "two factor authentication", "2fa",
      ],
      "encryption_transit": ["kryptering vid överföring", "krypterad överföring", "tls", "encryption in transit"],
      "encryption_rest": ["kryptering i vila", "krypterad lagring", "encryption at rest"],
      "logging": ["loggning", "behandlingshistorik", "åtkomstloggning", "logs"],
      "log_review": ["logguppföljning", "loggkontroll", "granskning av loggar", "log review", "log follow up"],
      "pseudonymisation": ["pseudonymisering", "pseudonymization"],
      "backup": ["säkerhetskopiering", "säkerhetskopior", "backup", "backups"],
      "restore_test": ["återläsningstest", "test av återläsning", "restore test"],
      "testing": ["regelbunden testning", "säkerhetstester", "penetrationstester", "regular testing"],
      "confidentiality_undertaking": [
        "tystnadsplikt", "sekretessförbindelse", "tystnadsförbindelse", "confidentiality agreement",
      ],
    ], values: DocumentSchema.securityMeasures, field: "measures")

  static let recipientTypes = table(
    [
      "same_authority": ["inom myndigheten", "inom kommunen", "internt", "internal"],
      "other_authority": ["annan myndighet", "myndighet", "authority"],
      "processor": ["personuppgiftsbiträde", "biträde", "pub"],
      "sub_processor": ["underbiträde", "underleverantör"],
      "third_party": ["tredje part", "tredjepart"],
      "public": ["allmänheten", "publicering", "the public"],
    ], values: ["same_authority", "other_authority", "processor", "sub_processor", "third_party", "public"],
    field: "type")

  static let dpiaStatuses = table(
    [
      "not_screened": ["ej bedömd", "inte bedömd", "ej gjord", "nej", "no"],
      "screened_not_required": ["krävs inte", "behövs inte", "ej nödvändig", "not required"],
      "required": ["krävs", "behövs", "ska göras"],
      "in_progress": ["pågår", "påbörjad", "under arbete", "in progress"],
      "done": ["genomförd", "gjord", "klar", "ja", "yes", "completed"],
      "covered_by_legislation": ["täcks av lagstiftningen", "gjord i lagstiftningen"],
    ], values: DPIAStatus.allCases.map(\.rawValue))

  static let ownerFunctions = table(
    [
      "finance": ["ekonomi", "ekonomiavdelningen", "ekonomistaben"],
      "hr": ["personal", "hr-avdelningen", "personalavdelningen", "human resources"],
      "it": ["it-avdelningen", "digitalisering"],
      "communication": ["kommunikation", "kommunikationsavdelningen"],
      "quality": ["kvalitet", "kvalitetsavdelningen", "kvalitet och utveckling"],
      "sustainability": ["hållbarhet", "miljö"],
      "operations": ["verksamhet", "verksamheten", "kärnverksamhet"],
      "other": ["annat", "annan", "övrigt"],
    ], values: DocumentSchema.ownerFunctions, field: "function")

  static let indicatorSources = table(
    [
      "system": ["verksamhetssystem", "systemuttag"], "manual": ["manuell", "manuellt", "för hand", "by hand"],
      "survey": ["enkät"], "register": ["register"],
    ], values: IndicatorSource.allCases.map(\.rawValue), field: "source")

  static let frequencies = table(
    [
      "daily": ["dagligen", "daglig", "varje dag", "per dag", "every day"],
      "weekly": ["veckovis", "varje vecka", "per vecka", "every week"],
      "monthly": ["månadsvis", "varje månad", "per månad", "every month"],
      "tertial": ["tertialvis", "per tertial", "varje tertial"],
      "quarterly": ["kvartalsvis", "varje kvartal", "per kvartal", "every quarter"],
      "semiannual": ["halvårsvis", "varje halvår", "per halvår", "halvår", "twice a year", "half yearly"],
      "yearly": [
        "årligen", "årsvis", "varje år", "en gång per år", "en gång om året", "per år", "annually", "annual",
        "once a year",
      ],
      "once": ["en gång", "engångs", "one off"],
    ], values: Frequency.names, field: "frequency")

  /// Words that say "none" in a list cell: an empty list is an answer, not a gap.
  static let noneWords: Set<String> = Set(
    ["inga", "ingen", "inget", "nej", "none", "no", "n a", "saknas inte", "inga mottagare", "ingen överföring"].map(
      NameNormalization.normalized))

  static func isNone(_ text: String) -> Bool {
    let normalized = NameNormalization.normalized(text)
    return noneWords.contains(normalized) || text.trimmingCharacters(in: .whitespaces) == "-"
      || text.trimmingCharacters(in: .whitespaces) == "–"
  }
}
