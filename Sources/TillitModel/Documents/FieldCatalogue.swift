import TillitYAML

/// What every field of tillit's files means, in Swedish and English: one catalogue from which
/// both the JSON Schema's `title`/`description` (editor hover) and the field tables in `docs/`
/// are written, so that the two cannot say different things.
///
/// An entry is found by `Shape.key` (the `ObjectShape`'s name and the field's key), else by the
/// key alone, for fields that mean the same wherever they appear (`contact`, `ref`). A test
/// fails when a field of any schema (documents, `tillit.yaml`, packs) has no entry.
public enum FieldCatalogue {
  /// A field's short name and what it is for.
  public struct Entry: Sendable {
    public let title: LocalizedText
    public let description: LocalizedText
  }

  /// The entry for `key` in the object shape called `shape`, or nil when none is written.
  public static func entry(shape: String, key: String) -> Entry? {
    entries["\(shape).\(key)"] ?? entries[key]
  }

  private static func e(_ key: String, _ svTitle: String, _ enTitle: String, sv: String, en: String) -> (
    String, Entry
  ) {
    (key, Entry(title: LocalizedText(sv: svTitle, en: enTitle), description: LocalizedText(sv: sv, en: en)))
  }

  private static let entries: [String: Entry] = Dictionary(
    general + header + organization + thresholds + followUp + dataCollection + waiver + action + configuration + pack,
    uniquingKeysWith: { first, _ in first })

  // MARK: Fields that mean the same wherever they appear

  private static let general = [
    e(
      "contact", "Kontakt", "Contact", sv: "E-postadress eller annan väg att nå dem.",
      en: "E-mail address or other way to reach them."),
    e(
      "ref", "Hänvisning", "Reference", sv: "Diarienummer eller annan hänvisning till handlingen.",
      en: "Case number or other reference to the document."),
    e("date", "Datum", "Date", sv: "Dagen det gjordes (ÅÅÅÅ-MM-DD).", en: "The day it was done (YYYY-MM-DD)."),
    e(
      "law", "Författning", "Statute", sv: "Lagrummet, t.ex. \"Skollagen (2010:800) 2 kap. 25 §\".",
      en: "The statutory provision, e.g. \"Skollagen (2010:800) 2 kap. 25 §\"."),
    e(
      "country", "Land", "Country", sv: "Landskod enligt ISO 3166-1 (SE, IE, US …).",
      en: "Country code by ISO 3166-1 (SE, IE, US …)."),
    e(
      "frequency", "Frekvens", "Frequency",
      sv:
        "Hur ofta: daily (220 gånger om året), weekly (45), monthly (12), tertial (3), quarterly (4), semiannual (2), yearly (1), once, eller {per_year: N}.",
      en:
        "How often: daily (220 times a year), weekly (45), monthly (12), tertial (3), quarterly (4), semiannual (2), yearly (1), once, or {per_year: N}."
    ),
    e("sv", "Svenska", "Swedish", sv: "Benämningen på svenska.", en: "The label in Swedish."),
    e("en", "Engelska", "English", sv: "Benämningen på engelska.", en: "The label in English."),
  ]

  // MARK: Every document

  private static let header = [
    e(
      "apiVersion", "API-version", "API version",
      sv: "Alltid tillit/v1: säger att filen är ett dokument för tillit och i vilken version av formatet.",
      en: "Always tillit/v1: says that the file is a tillit document and in which version of the format."),
    e(
      "kind", "Slag", "Kind", sv: "Vilket slags dokument: Organization, FollowUp, DataCollection, Waiver eller Action.",
      en: "Which kind of document: Organization, FollowUp, DataCollection, Waiver or Action."),
    e(
      "id", "Id", "Id",
      sv: "Dokumentets id, unikt bland dokument av samma slag: små bokstäver a–z, siffror och bindestreck.",
      en: "The document's id, unique among documents of its kind: lower-case letters a–z, digits and hyphens."),
    e("name", "Namn", "Name", sv: "Namnet som människor känner igen.", en: "The name people know it by."),
  ]

  // MARK: Organization

  private static let organization = [
    e(
      "Organization.currency", "Valuta", "Currency", sv: "Valutan för timkostnader och kostnader (standard SEK).",
      en: "The currency of hourly costs and costs (default SEK)."),
    e(
      "Organization.annual_hours_per_fte", "Årsarbetstid", "Annual hours per FTE",
      sv: "Timmar som en heltidsanställd arbetar per år; räknar om timmar till årsarbeten.",
      en: "Hours a full-time employee works a year; turns hours into full-time equivalents."),
    e(
      "Organization.roles", "Roller", "Roles",
      sv:
        "De yrkesgrupper som lämnar uppgifter till uppföljning: hur många de är och vad en timme av deras tid kostar.",
      en: "The staff groups who answer follow-up: how many they are and what an hour of their time costs."),
    e(
      "Organization.forums", "Forum", "Forums", sv: "Där resultat används: nämnder, ledningsgrupper, dialogforum.",
      en: "Where results are used: committees, management groups, dialogue arenas."),
    e(
      "Organization.budgets", "Budgetar", "Budgets",
      sv: "Tak för hur stor del av en rolls arbetstid uppföljning får ta.",
      en: "Caps on the share of a role's working time that follow-up may take."),
    e(
      "Organization.controllers", "Personuppgiftsansvariga", "Controllers",
      sv: "De personuppgiftsansvariga, i en kommun varje nämnd; en behandling anger en av dem.",
      en: "The controllers, in a municipality each committee; a collection names one of them."),
    e(
      "Organization.dpo", "Dataskyddsombud", "Data protection officer",
      sv: "Dataskyddsombudet och när det anmäldes till tillsynsmyndigheten.",
      en: "The data protection officer and when they were reported to the supervisory authority."),
    e(
      "Organization.breach_procedure", "Rutin för personuppgiftsincidenter", "Breach procedure",
      sv: "Hänvisning till rutinen för personuppgiftsincidenter.",
      en: "Reference to the procedure for personal data breaches."),
    e(
      "Organization.adequacy", "Adekvata länder", "Adequacy",
      sv: "Länder med ett beslut om adekvat skyddsnivå, som organisationen senast kontrollerade dem.",
      en: "Countries with an adequacy decision, as the organisation last checked them."),
    e(
      "Organization.retention_plans", "Informationshanteringsplaner", "Retention plans",
      sv: "Dokumenthanterings- eller informationshanteringsplaner med sina poster om gallring och bevarande.",
      en: "Records retention plans with their entries on disposal and keeping."),
    e(
      "Organization.population", "Invånarantal", "Population",
      sv: "Antal invånare; används när omfattande behandling bedöms.",
      en: "Number of residents; used when judging large-scale processing."),
    e(
      "Organization.thresholds", "Gränsvärden", "Thresholds",
      sv: "Organisationens egna gränsvärden, som går före regelpaketens och tillit.yaml.",
      en: "The organisation's own thresholds, which take precedence over the packs' and tillit.yaml."),
    e(
      "Organization.taxonomy", "Egna kategorier", "Own categories",
      sv: "Organisationens tillägg till kategorierna av uppgifter och registrerade.",
      en: "The organisation's additions to the categories of data and data subjects."),
    e(
      "Role.id", "Id", "Id", sv: "Rollens id, som uppföljningar och budgetar hänvisar till.",
      en: "The role's id, which follow-ups and budgets refer to."),
    e(
      "Role.name", "Namn", "Name", sv: "Rollens namn, en text eller {sv: …, en: …}.",
      en: "The role's name, a text or {sv: …, en: …}."),
    e("Role.headcount", "Antal", "Headcount", sv: "Hur många som har rollen.", en: "How many people hold the role."),
    e(
      "Role.hourly_cost", "Timkostnad", "Hourly cost", sv: "Kostnaden för en timme med lön och arbetsgivaravgifter.",
      en: "The cost of an hour including salary and employer's contributions."),
    e(
      "Role.frontline", "Kärnverksamhet", "Frontline",
      sv: "true när rollen arbetar i kärnverksamheten (undervisning, vård, omsorg) snarare än i ledning eller stöd.",
      en: "true when the role works in the core operations (teaching, care) rather than in management or support."),
    e(
      "Forum.id", "Id", "Id", sv: "Forumets id, som beslut och målgrupper hänvisar till.",
      en: "The forum's id, which decisions and audiences refer to."),
    e(
      "Forum.name", "Namn", "Name", sv: "Forumets namn, en text eller {sv: …, en: …}.",
      en: "The forum's name, a text or {sv: …, en: …}."),
    e(
      "Forum.meets", "Sammanträder", "Meets", sv: "Hur ofta forumet sammanträder; ett beslut där fattas inte oftare.",
      en: "How often the forum meets; a decision there is not taken more often."),
    e(
      "Budget.role", "Roll", "Role", sv: "Id för rollen som budgeten gäller.",
      en: "The id of the role the budget is for."),
    e(
      "Budget.max_share_of_time", "Högsta andel av arbetstiden", "Maximum share of time",
      sv: "Högsta andel av rollens arbetstid som uppföljning får ta, mellan 0 och 1 (0.02 är 2 %).",
      en: "The largest share of the role's working time follow-up may take, between 0 and 1 (0.02 is 2 %)."),
    e(
      "Controller.id", "Id", "Id", sv: "Den personuppgiftsansvariges id, som behandlingar och planer hänvisar till.",
      en: "The controller's id, which collections and plans refer to."),
    e(
      "Controller.name", "Namn", "Name", sv: "Den personuppgiftsansvariges namn, en text eller {sv: …, en: …}.",
      en: "The controller's name, a text or {sv: …, en: …}."),
    e(
      "Controller.org_no", "Organisationsnummer", "Organisation number", sv: "Organisationsnumret.",
      en: "The Swedish organisation number."),
    e(
      "DataProtectionOfficer.name", "Namn", "Name", sv: "Dataskyddsombudets namn eller funktion.",
      en: "The data protection officer's name or function."),
    e(
      "DataProtectionOfficer.reported_to_supervisor", "Anmält till IMY", "Reported to the supervisor",
      sv: "Dagen ombudet anmäldes till Integritetsskyddsmyndigheten.",
      en: "The day the officer was reported to the Swedish Authority for Privacy Protection."),
    e(
      "Adequacy.countries", "Länder", "Countries", sv: "Landskoderna för länder med ett beslut om adekvat skyddsnivå.",
      en: "The country codes of countries with an adequacy decision."),
    e(
      "Adequacy.us_dpf", "Dataskyddsramverket EU–USA", "EU–US Data Privacy Framework",
      sv: "true när amerikanska mottagare som är certifierade enligt ramverket räknas som adekvata.",
      en: "true when US recipients certified under the framework count as adequate."),
    e(
      "Adequacy.as_of", "Kontrollerat", "Checked on",
      sv: "Dagen listan senast kontrollerades mot kommissionens beslut.",
      en: "The day the list was last checked against the Commission's decisions."),
    e(
      "RetentionPlan.id", "Id", "Id", sv: "Planens id; en behandling hänvisar till en post som <plan-id>/<post-id>.",
      en: "The plan's id; a collection refers to an entry as <plan id>/<entry id>."),
    e(
      "RetentionPlan.controller", "Ansvarig", "Controller", sv: "Id för den personuppgiftsansvarige vars plan det är.",
      en: "The id of the controller whose plan it is."),
    e(
      "RetentionPlan.entries", "Poster", "Entries", sv: "Planens poster, en per handlingstyp.",
      en: "The plan's entries, one per document type."),
    e(
      "RetentionPlanEntry.id", "Id", "Id", sv: "Postens nummer i planen, t.ex. 3.2.1.",
      en: "The entry's number in the plan, e.g. 3.2.1."),
    e(
      "RetentionPlanEntry.document_type", "Handlingstyp", "Document type", sv: "Vilka handlingar posten gäller.",
      en: "Which records the entry is for."),
    e(
      "RetentionPlanEntry.action", "Åtgärd", "Action", sv: "keep (bevaras) eller dispose (gallras).",
      en: "keep (kept for ever) or dispose (disposed of)."),
    e(
      "RetentionPlanEntry.period", "Gallringsfrist", "Period",
      sv: "Hur länge handlingarna sparas innan de gallras, t.ex. P3Y.",
      en: "How long the records are kept before disposal, e.g. P3Y."),
    e(
      "TaxonomyExtension.categories", "Uppgiftskategorier", "Data categories",
      sv: "Nya kategorier av uppgifter; en punktad nyckel ärver flaggorna från sina överordnade.",
      en: "New data categories; a dotted key inherits the flags of its ancestors."),
    e(
      "TaxonomyExtension.subjects", "Kategorier av registrerade", "Data subject categories",
      sv: "Nya kategorier av registrerade.", en: "New categories of data subjects."),
    e(
      "TaxonomyCategory.key", "Nyckel", "Key", sv: "Kategorins punktade nyckel, t.ex. social.placement_history.",
      en: "The category's dotted key, e.g. social.placement_history."),
    e(
      "TaxonomyCategory.special", "Känslig kategori", "Special category",
      sv: "Den känsliga kategori enligt artikel 9 som uppgifterna hör till.",
      en: "The Article 9 special category the data belongs to."),
    e(
      "TaxonomyCategory.criminal", "Lagöverträdelser", "Criminal offences",
      sv: "true för uppgifter om lagöverträdelser (artikel 10).", en: "true for data on criminal offences (Article 10)."
    ),
    e(
      "TaxonomyCategory.national_id", "Personnummer", "National id", sv: "true för personnummer och samordningsnummer.",
      en: "true for personal identity and coordination numbers."),
    e(
      "TaxonomyCategory.highly_personal", "Särskilt integritetskänslig", "Highly personal",
      sv: "true för uppgifter av mycket personlig art, t.ex. ekonomi eller sociala förhållanden.",
      en: "true for data of a highly personal nature, e.g. finances or social circumstances."),
    e(
      "TaxonomySubject.key", "Nyckel", "Key", sv: "Kategorins nyckel, t.ex. foster_child.",
      en: "The category's key, e.g. foster_child."),
    e(
      "TaxonomySubject.vulnerable", "Sårbar", "Vulnerable",
      sv: "true när de registrerade är i en sårbar ställning (barn, patienter, brukare).",
      en: "true when the data subjects are vulnerable (children, patients, care recipients)."),
  ]

  // MARK: Thresholds (Organization, tillit.yaml, packs)

  private static let thresholds = [
    e(
      "Thresholds.review_interval", "Omprövningsintervall", "Review interval",
      sv: "Hur ofta en uppföljning eller behandling ska omprövas som längst (standard P1Y).",
      en: "The longest time between reviews of a follow-up or collection (default P1Y)."),
    e(
      "Thresholds.feedback_within_days", "Återkoppling inom dagar", "Feedback within days",
      sv: "Inom hur många dagar resultaten ska återkopplas till dem som lämnat uppgifterna.",
      en: "Within how many days results must go back to those who reported."),
    e(
      "Thresholds.stale_decision_cycles", "Oanvända beslutscykler", "Stale decision cycles",
      sv: "Efter hur många av beslutens cykler utan användning en indikator räknas som oanvänd.",
      en: "After how many of its decisions' cycles without use an indicator counts as unused."),
    e(
      "Thresholds.stale_min_days", "Minsta tid utan användning", "Minimum days unused",
      sv: "Det kortaste antal dagar efter vilket en indikator kan räknas som oanvänd (standard 90).",
      en: "The fewest days after which an indicator can count as unused (default 90)."),
    e(
      "Thresholds.max_indicators", "Högsta antal indikatorer", "Maximum indicators",
      sv: "Hur många indikatorer en uppföljning får ha innan den räknas som för bred.",
      en: "How many indicators a follow-up may have before it counts as too broad."),
    e(
      "Thresholds.process_burden_fte", "Största börda per uppföljning", "Process burden in FTE",
      sv: "Hur många årsarbeten en enskild uppföljning får ta innan den ska motiveras särskilt.",
      en: "How many full-time equivalents one follow-up may take before it needs a particular justification."),
    e(
      "Thresholds.respondent_share_of_time", "Andel av respondenternas tid", "Respondent share of time",
      sv: "Högsta andel av en respondents arbetstid som en uppföljning får ta, mellan 0 och 1.",
      en: "The largest share of a respondent's working time one follow-up may take, between 0 and 1."),
    e(
      "Thresholds.excess_share", "Andel överskott", "Excess share",
      sv: "Hur stor del av en uppföljnings börda som får vara överskott, mellan 0 och 1.",
      en: "How much of a follow-up's burden may be excess, between 0 and 1."),
    e(
      "Thresholds.top_savings", "Största besparingar", "Top savings",
      sv: "Hur många av de största besparingarna som rapporten om uppgiftsbörda visar (standard 10).",
      en: "How many of the largest savings the burden report shows (default 10)."),
    e(
      "Thresholds.peak_factor", "Toppmånadens faktor", "Peak factor",
      sv:
        "Hur många gånger sitt månadsgenomsnitt en roll får lägga på uppföljning under en enskild månad (standard 2,0).",
      en: "How many times its monthly average a role may spend on follow-up in a single month (default 2.0)."),
    e(
      "Thresholds.peak_min_hours_per_head", "Minsta topptimmar per person", "Peak minimum hours per head",
      sv: "Hur många timmar per person en månad ska ta innan den räknas som toppmånad (standard 2).",
      en: "How many hours per person a month must take before it counts as a peak month (default 2)."),
    e(
      "Thresholds.min_purpose_chars", "Kortaste ändamål", "Minimum purpose length",
      sv: "Det minsta antal tecken som ett ändamål ska beskrivas med.",
      en: "The fewest characters a purpose must be described with."),
    e(
      "Thresholds.vague_purpose_terms", "Vaga ändamål", "Vague purpose terms",
      sv: "Ord som ensamma inte beskriver ett ändamål (t.ex. övrigt, allmänt).",
      en: "Words that on their own do not describe a purpose (e.g. övrigt, allmänt)."),
    e(
      "Thresholds.klassa_c_baseline", "Grundnivå för konfidentialitet", "Baseline confidentiality",
      sv: "Den KLASSA-nivå för konfidentialitet från vilken grundläggande skyddsåtgärder krävs (0–4).",
      en: "The KLASSA confidentiality level from which basic security measures are required (0–4)."),
    e(
      "Thresholds.klassa_c_strong", "Hög nivå för konfidentialitet", "Strong confidentiality",
      sv: "Den KLASSA-nivå för konfidentialitet från vilken starkare skyddsåtgärder krävs (0–4).",
      en: "The KLASSA confidentiality level from which stronger security measures are required (0–4)."),
    e(
      "Thresholds.adequacy_max_age", "Högsta ålder på adekvansuppgifterna", "Adequacy maximum age",
      sv: "Hur gammal kontrollen av adekvata länder får vara, t.ex. P1Y.",
      en: "How old the check of adequate countries may be, e.g. P1Y."),
    e(
      "Thresholds.dpia_max_age", "Högsta ålder på konsekvensbedömningen", "DPIA maximum age",
      sv: "Hur gammal en konsekvensbedömning får vara innan den ska göras om, t.ex. P3Y.",
      en: "How old a DPIA may be before it must be redone, e.g. P3Y."),
    e(
      "Thresholds.large_scale_subjects", "Omfattande behandling", "Large-scale subjects",
      sv: "Från hur många registrerade en behandling räknas som omfattande (standard 5000).",
      en: "From how many data subjects processing counts as large-scale (default 5000)."),
  ]

  // MARK: FollowUp

  private static let followUp = [
    e(
      "FollowUp.owner", "Ägare", "Owner", sv: "Vilken stödfunktion som äger uppföljningen, och vem.",
      en: "Which staff function owns the follow-up, and who."),
    e("FollowUp.purpose", "Syfte", "Purpose", sv: "Varför uppföljningen görs.", en: "Why the follow-up is done."),
    e(
      "FollowUp.shared_understanding", "Gemensam förståelse", "Shared understanding",
      sv: "true när syftet är förankrat hos de professioner som rapporterar.",
      en: "true when the purpose is agreed with the professions who report."),
    e(
      "FollowUp.designed_with_respondents", "Utformad med respondenterna", "Designed with respondents",
      sv: "true när de som lämnar uppgifterna var med och utformade uppföljningen.",
      en: "true when those who report took part in designing the follow-up."),
    e(
      "FollowUp.review", "Omprövning", "Review", sv: "När uppföljningen senast motiverades och hur ofta det ska göras.",
      en: "When the follow-up was last justified and how often that is to be done."),
    e(
      "FollowUp.respondents", "Respondenter", "Respondents",
      sv: "Vilka som lägger tid på att lämna uppgifter, hur många, hur länge och hur ofta: grunden för uppgiftsbördan.",
      en: "Who spends time reporting, how many, for how long and how often: the basis of the reporting burden."),
    e(
      "FollowUp.indicators", "Indikatorer", "Indicators",
      sv: "Vad som samlas in, vem som använder det och vilka beslut det ger underlag för.",
      en: "What is collected, who uses it and which decisions it informs."),
    e(
      "FollowUp.citizen_perspective", "Medborgarperspektiv", "Citizen perspective",
      sv: "Hur medborgarnas eller brukarnas röst fångas.", en: "How the citizens' or users' voice is heard."),
    e(
      "FollowUp.qualitative_analysis", "Kvalitativ analys", "Qualitative analysis",
      sv: "Vilka som analyserar och tolkar siffrorna.", en: "Who analyses and interprets the figures."),
    e(
      "FollowUp.feedback", "Återkoppling", "Feedback",
      sv: "Hur resultaten går tillbaka till dem som lämnat uppgifterna.",
      en: "How results go back to those who reported."),
    e(
      "FollowUp.audiences", "Målgrupper", "Audiences", sv: "Vilka som får resultaten, i en form anpassad för dem.",
      en: "Who receives the results, in a form suited to them."),
    e(
      "FollowUp.side_effects", "Bieffekter", "Side effects",
      sv: "Oönskade effekter som har övervägts, t.ex. underrapportering eller glidande mätvärden.",
      en: "Unwanted effects that were considered, e.g. under-reporting or gaming."),
    e(
      "FollowUp.collections", "Behandlingar", "Collections",
      sv: "Id för de behandlingar (DataCollection) vars personuppgifter uppföljningen använder.",
      en: "The ids of the collections (DataCollection) whose personal data the follow-up uses."),
    e(
      "Owner.function", "Funktion", "Function",
      sv:
        "finance (ekonomi), hr (personal), it, communication (kommunikation), quality (kvalitet), sustainability (hållbarhet), operations (verksamheten) eller other.",
      en: "finance, hr, it, communication, quality, sustainability, operations or other."),
    e(
      "Owner.person", "Person", "Person", sv: "Den som ansvarar, med namn eller befattning.",
      en: "The person responsible, by name or title."),
    e(
      "Purpose.statement", "Syftesbeskrivning", "Statement", sv: "Syftet med egna ord.",
      en: "The purpose in your own words."),
    e(
      "Purpose.types", "Slag av syfte", "Types",
      sv:
        "learning (lärande), development (utveckling), control (kontroll), accountability (ansvarsutkrävande), resource_allocation (resursfördelning), legal_requirement (krav i lag).",
      en: "learning, development, control, accountability, resource_allocation, legal_requirement (required by law)."),
    e(
      "Purpose.law", "Lagkrav", "Statute",
      sv: "Lagrummet som kräver uppföljningen; bördan är då inte organisationens eget val.",
      en: "The provision that requires the follow-up; its burden is then not the organisation's own choice."),
    e("Review.last", "Senast", "Last", sv: "Dagen för den senaste omprövningen.", en: "The day of the last review."),
    e(
      "Review.every", "Intervall", "Every", sv: "Hur ofta omprövningen görs, t.ex. P1Y.",
      en: "How often the review is done, e.g. P1Y."),
    e(
      "RespondentGroup.role", "Roll", "Role", sv: "Id för en roll i Organization.",
      en: "The id of a role in the Organization."),
    e(
      "RespondentGroup.count", "Antal", "Count", sv: "Hur många som svarar; standard är rollens antal.",
      en: "How many respond; the role's headcount by default."),
    e(
      "RespondentGroup.minutes_per_response", "Minuter per svar", "Minutes per response",
      sv: "Hur många minuter ett svar tar för en person.", en: "How many minutes one response takes one person."),
    e(
      "RespondentGroup.frequency", "Frekvens", "Frequency", sv: "Hur ofta gruppen svarar.",
      en: "How often the group responds."),
    e(
      "RespondentGroup.hourly_cost", "Timkostnad", "Hourly cost", sv: "Timkostnaden om den avviker från rollens.",
      en: "The hourly cost when it differs from the role's."),
    e(
      "RespondentGroup.business_as_usual_share", "Andel som görs ändå", "Business-as-usual share",
      sv:
        "Den del av arbetet som gruppen skulle göra ändå för egen räkning, mellan 0 och 1; den räknas inte som börda.",
      en:
        "The part of the work the group would do anyway for its own use, between 0 and 1; it does not count as burden."),
    e(
      "RespondentGroup.months", "Månader", "Months",
      sv:
        "De månader (1–12) gruppen svarar i, för årshjulet. Utan månader sprids svaren efter frekvensen: monthly, weekly och daily över årets alla månader, quarterly i mars, juni, september och december, tertial i april, augusti och december, semiannual i juni och december, yearly och once i månaden för senaste omprövningen (review.last) eller annars december, och {per_year: N} över N jämnt fördelade månader som slutar i december (från 12 gånger per år alla månader). Gruppens timmar fördelas lika på svarsmånaderna.",
      en:
        "The months (1–12) the group responds in, for the reporting calendar. Without months the responses are spread by frequency: monthly, weekly and daily over every month of the year, quarterly in March, June, September and December, tertial in April, August and December, semiannual in June and December, yearly and once in the month of the latest review (review.last) or else December, and {per_year: N} over N evenly spaced months ending in December (every month from 12 times a year). The group's hours are shared equally over its months."
    ),
    e(
      "Indicator.id", "Id", "Id", sv: "Indikatorns id inom uppföljningen.",
      en: "The indicator's id within the follow-up."),
    e(
      "Indicator.name", "Namn", "Name",
      sv: "Indikatorns namn; samma normaliserade namn från samma roll i två uppföljningar är en dubblett.",
      en: "The indicator's name; the same normalised name from the same role in two follow-ups is a duplicate."),
    e(
      "Indicator.key", "Nyckel", "Key",
      sv: "Identitet över uppföljningar, t.ex. kolada:N00090; samma nyckel i två uppföljningar är en dubblett.",
      en: "Identity across follow-ups, e.g. kolada:N00090; the same key in two follow-ups is a duplicate."),
    e(
      "Indicator.definition", "Definition", "Definition", sv: "Hur indikatorn räknas.",
      en: "How the indicator is calculated."),
    e(
      "Indicator.kind", "Slag", "Kind", sv: "quantitative (kvantitativ) eller qualitative (kvalitativ).",
      en: "quantitative or qualitative."),
    e(
      "Indicator.level", "Nivå", "Level", sv: "structure (struktur), process eller outcome (resultat).",
      en: "structure, process or outcome."),
    e(
      "Indicator.perspective", "Perspektiv", "Perspective",
      sv: "citizen (medborgare), user (brukare), staff (medarbetare), finance (ekonomi) eller operations (verksamhet).",
      en: "citizen, user, staff, finance or operations."),
    e(
      "Indicator.source", "Källa", "Source",
      sv: "system (hämtas ur ett system), manual (tas fram för hand), survey (enkät) eller register.",
      en: "system (taken from a system), manual (produced by hand), survey or register."),
    e(
      "Indicator.system", "System", "System", sv: "Systemet som uppgiften hämtas ur.",
      en: "The system the figure is taken from."),
    e(
      "Indicator.available_in", "Finns redan i", "Available in",
      sv: "Var uppgiften redan finns (kolada, scb eller ett systems namn); att samla in den för hand är då överskott.",
      en: "Where the figure is already held (kolada, scb or a system's name); collecting it by hand is then excess."),
    e(
      "Indicator.minutes", "Minuter", "Minutes",
      sv: "Hur många minuter av ett svar indikatorn tar; utan den delas resten av svaret lika.",
      en: "How many minutes of a response the indicator takes; without it the rest of the response is split equally."),
    e(
      "Indicator.asked_of", "Frågas", "Asked of", sv: "Id för de roller som tillfrågas; standard är alla grupper.",
      en: "The ids of the roles asked for it; every group by default."),
    e(
      "Indicator.frequency", "Frekvens", "Frequency",
      sv: "Hur ofta indikatorn samlas in; standard är respondenternas frekvens.",
      en: "How often the indicator is collected; the respondents' frequency by default."),
    e(
      "Indicator.unit_of_analysis", "Analysenhet", "Unit of analysis",
      sv: "individual (individ), unit (enhet), operation (verksamhet) eller organisation.",
      en: "individual, unit, operation or organisation."),
    e(
      "Indicator.used_for_ranking", "Används för rangordning", "Used for ranking",
      sv: "true när indikatorn används för att rangordna enheter eller personer.",
      en: "true when the indicator is used to rank units or people."),
    e(
      "Indicator.users", "Användare", "Users", sv: "Id för de roller och forum som använder indikatorn.",
      en: "The ids of the roles and forums that use the indicator."),
    e(
      "Indicator.decisions", "Beslut", "Decisions", sv: "De beslut indikatorn ger underlag för.",
      en: "The decisions the indicator informs."),
    e(
      "Indicator.last_used", "Senast använd", "Last used", sv: "Dagen indikatorn senast användes.",
      en: "The day the indicator was last used."),
    e(
      "Indicator.personal_data", "Personuppgifter", "Personal data",
      sv: "true när indikatorn bygger på personuppgifter; uppföljningen ska då ange sina behandlingar i collections.",
      en: "true when the indicator rests on personal data; the follow-up must then name its collections."),
    e("Decision.name", "Namn", "Name", sv: "Vad som beslutas.", en: "What is decided."),
    e(
      "Decision.forum", "Forum", "Forum", sv: "Id för forumet där beslutet fattas.",
      en: "The id of the forum where the decision is taken."),
    e(
      "Decision.frequency", "Frekvens", "Frequency",
      sv: "Hur ofta beslutet fattas; att samla in oftare än så är överskott.",
      en: "How often the decision is taken; collecting more often is excess."),
    e(
      "Decision.kind", "Slag", "Kind",
      sv:
        "governance (styrning, högst så ofta forumet möts) eller operational (det dagliga arbetet: planering, fakturering, vård).",
      en: "governance (at most as often as the forum meets) or operational (daily work: planning, invoicing, care)."),
    e(
      "CitizenPerspective.methods", "Metoder", "Methods",
      sv:
        "survey (enkät), dialogue (dialog), complaints (synpunkter och klagomål), user_panel (brukarpanel), observation.",
      en: "survey, dialogue, complaints, user_panel, observation."),
    e(
      "QualitativeAnalysis.by", "Av", "By",
      sv:
        "professions (professionerna), staff_function (stödfunktion), management (ledningen), citizens (medborgare), external (extern part).",
      en: "professions, staff_function, management, citizens, external."),
    e(
      "Feedback.to_respondents", "Till respondenterna", "To respondents",
      sv: "true när resultaten går tillbaka till dem som lämnat uppgifterna.",
      en: "true when results go back to those who reported."),
    e(
      "Feedback.within_days", "Inom dagar", "Within days",
      sv: "Inom hur många dagar efter insamlingen återkopplingen sker.",
      en: "Within how many days of collection the feedback comes."),
    e("Feedback.arena", "Arena", "Arena", sv: "Där resultaten samtalas om.", en: "Where the results are discussed."),
    e("FeedbackArena.name", "Namn", "Name", sv: "Arenans namn.", en: "The arena's name."),
    e(
      "FeedbackArena.kind", "Slag", "Kind",
      sv:
        "collegial_dialogue (kollegialt samtal), quality_dialogue (kvalitetsdialog), workplace_meeting (arbetsplatsträff), management_group (ledningsgrupp), user_council (brukarråd) eller other.",
      en: "collegial_dialogue, quality_dialogue, workplace_meeting, management_group, user_council or other."),
    e(
      "FeedbackArena.frequency", "Frekvens", "Frequency", sv: "Hur ofta arenan möts.", en: "How often the arena meets."),
    e(
      "FeedbackArena.participants", "Deltagare", "Participants",
      sv: "Id för de roller som deltar i arenan, till exempel de som lämnat uppgifterna.",
      en: "The ids of the roles that take part in the arena, such as those who reported the data."),
    e(
      "Audience.forum_or_role", "Forum eller roll", "Forum or role",
      sv: "Id för ett forum eller en roll, eller citizens för allmänheten.",
      en: "The id of a forum or role, or citizens for the public."),
    e(
      "Audience.format", "Form", "Format",
      sv:
        "summary (sammanfattning), dashboard (instrumentpanel), report (rapport), web (webb), presentation eller open_data (öppna data).",
      en: "summary, dashboard, report, web, presentation or open_data."),
  ]

  // MARK: DataCollection

  private static let dataCollection = [
    e(
      "DataCollection.type", "Slag", "Type",
      sv:
        "survey (enkät), register, case_system (ärendesystem), follow_up_dataset (underlag för uppföljning) eller other.",
      en: "survey, register, case_system, follow_up_dataset or other."),
    e(
      "DataCollection.status", "Status", "Status", sv: "planned (planerad), active (pågår) eller retired (avslutad).",
      en: "planned, active or retired."),
    e(
      "DataCollection.controller", "Personuppgiftsansvarig", "Controller",
      sv: "Id för den personuppgiftsansvarige i Organization.", en: "The id of the controller in the Organization."),
    e(
      "DataCollection.role", "Roll", "Role",
      sv: "controller (personuppgiftsansvarig) eller processor (personuppgiftsbiträde åt någon annan).",
      en: "controller, or processor (processing on someone else's behalf)."),
    e(
      "DataCollection.on_behalf_of", "För räkning av", "On behalf of",
      sv: "De personuppgiftsansvariga som behandlingen görs åt, när rollen är processor.",
      en: "The controllers the processing is done for, when the role is processor."),
    e(
      "DataCollection.joint_controllers", "Gemensamt ansvariga", "Joint controllers",
      sv: "Andra som bestämmer ändamål och medel tillsammans med er, och er överenskommelse (artikel 26).",
      en: "Others who decide purposes and means with you, and your arrangement (Article 26)."),
    e(
      "DataCollection.purposes", "Ändamål", "Purposes",
      sv: "Varför uppgifterna behandlas, var och ett med sin rättsliga grund.",
      en: "Why the data is processed, each purpose with its legal basis."),
    e(
      "DataCollection.data_subjects", "Registrerade", "Data subjects", sv: "Vilka uppgifterna handlar om.",
      en: "Whom the data is about."),
    e(
      "DataCollection.fields", "Uppgifter", "Fields",
      sv: "Vilka personuppgifter som behandlas, var och en med sin kategori.",
      en: "Which personal data is processed, each item with its category."),
    e(
      "DataCollection.special_category_basis", "Grund för känsliga uppgifter", "Special category basis",
      sv: "Undantaget i artikel 9.2 för varje känslig kategori som förekommer.",
      en: "The Article 9(2) exception for each special category present."),
    e(
      "DataCollection.criminal_data_basis", "Grund för uppgifter om lagöverträdelser", "Criminal data basis",
      sv: "Stödet för att behandla uppgifter om lagöverträdelser (artikel 10).",
      en: "The basis for processing data on criminal offences (Article 10)."),
    e(
      "DataCollection.national_id_justification", "Motivering för personnummer", "National id justification",
      sv: "Varför personnummer behövs (dataskyddslagen 3 kap. 10 §).",
      en: "Why personal identity numbers are needed (Data Protection Act, ch. 3 s. 10)."),
    e(
      "DataCollection.recipients", "Mottagare", "Recipients",
      sv: "Vilka uppgifterna lämnas till; skriv recipients: [] när de inte lämnas till någon.",
      en: "Who receives the data; write recipients: [] when nobody does."),
    e(
      "DataCollection.transfers", "Överföringar", "Transfers",
      sv: "Överföringar till länder utanför EU/EES och vad de vilar på.",
      en: "Transfers to countries outside the EU/EEA and what they rest on."),
    e(
      "DataCollection.retention", "Bevarande och gallring", "Retention",
      sv: "Hur länge uppgifterna sparas och vad som sedan händer.",
      en: "How long the data is kept and what happens then."),
    e(
      "DataCollection.security", "Säkerhet", "Security", sv: "Informationsklassning och skyddsåtgärder.",
      en: "Information classification and security measures."),
    e(
      "DataCollection.transparency", "Information till de registrerade", "Transparency",
      sv: "Hur de registrerade får veta om behandlingen.", en: "How the data subjects learn of the processing."),
    e(
      "DataCollection.automated_decisions", "Automatiserade beslut", "Automated decisions",
      sv: "Om beslut fattas automatiskt och med vilka skyddsåtgärder (artikel 22).",
      en: "Whether decisions are made automatically, and with which safeguards (Article 22)."),
    e(
      "DataCollection.processing", "Behandlingens art", "Processing",
      sv: "Uppgifter om behandlingen som avgör om en konsekvensbedömning behövs.",
      en: "Facts about the processing that decide whether a DPIA is needed."),
    e(
      "DataCollection.dpia", "Konsekvensbedömning", "DPIA",
      sv: "Konsekvensbedömningen avseende dataskydd och dess status.",
      en: "The data protection impact assessment and its status."),
    e(
      "DataCollection.review", "Omprövning", "Review",
      sv: "När behandlingen senast sågs över och hur ofta det ska göras.",
      en: "When the collection was last reviewed and how often that is to be done."),
    e("ControllerServed.name", "Namn", "Name", sv: "Den personuppgiftsansvariges namn.", en: "The controller's name."),
    e("JointController.name", "Namn", "Name", sv: "Den gemensamt ansvariges namn.", en: "The joint controller's name."),
    e(
      "JointController.arrangement", "Överenskommelse", "Arrangement",
      sv: "Hänvisning till överenskommelsen om ansvaret.", en: "Reference to the arrangement on responsibilities."),
    e(
      "ProcessingPurpose.id", "Id", "Id", sv: "Ändamålets id, som uppgifterna hänvisar till.",
      en: "The purpose's id, which fields refer to."),
    e(
      "ProcessingPurpose.description", "Beskrivning", "Description",
      sv: "Ändamålet, tydligt nog att en registrerad förstår det.",
      en: "The purpose, clearly enough for a data subject to understand it."),
    e(
      "ProcessingPurpose.legal_basis", "Rättslig grund", "Legal basis",
      sv:
        "Artikel 6.1: consent (a, samtycke), contract (b, avtal), legal_obligation (c, rättslig förpliktelse), vital_interests (d, grundläggande intressen), public_task (e, uppgift av allmänt intresse), official_authority (e, myndighetsutövning), legitimate_interests (f, berättigat intresse).",
      en:
        "Article 6(1): consent (a), contract (b), legal_obligation (c), vital_interests (d), public_task (e), official_authority (e, exercise of official authority), legitimate_interests (f)."
    ),
    e(
      "ProcessingPurpose.law", "Författning", "Statute",
      sv: "Lagrummet som grunden vilar på; krävs för legal_obligation, public_task och official_authority.",
      en: "The provision the basis rests on; required for legal_obligation, public_task and official_authority."),
    e(
      "ProcessingPurpose.consent", "Samtycke", "Consent",
      sv: "Hur samtycket är frivilligt, kan återkallas och dokumenteras.",
      en: "How consent is voluntary, withdrawn and recorded."),
    e(
      "ProcessingPurpose.derived_from", "Härlett från", "Derived from",
      sv: "Id för behandlingar vars uppgifter återanvänds; då krävs en förenlighetsbedömning eller egen grund.",
      en: "The ids of collections whose data is reused; a compatibility assessment or own basis is then needed."),
    e(
      "ProcessingPurpose.compatibility", "Förenlighetsbedömning", "Compatibility",
      sv: "Hänvisning till bedömningen enligt artikel 6.4.", en: "Reference to the assessment under Article 6(4)."),
    e(
      "Consent.voluntary_because", "Frivilligt eftersom", "Voluntary because",
      sv: "Varför samtycket är frivilligt trots att en myndighet frågar.",
      en: "Why consent is voluntary although an authority asks."),
    e(
      "Consent.withdrawal", "Återkallelse", "Withdrawal", sv: "Hur den registrerade återkallar samtycket.",
      en: "How the data subject withdraws consent."),
    e(
      "Consent.record", "Dokumentation", "Record", sv: "Var samtyckena dokumenteras.",
      en: "Where consents are recorded."),
    e(
      "DataSubjectGroup.category", "Kategori", "Category",
      sv: "En kategori av registrerade ur taxonomin (pupil, employee, care_recipient …).",
      en: "A data subject category from the taxonomy (pupil, employee, care_recipient …)."),
    e(
      "DataSubjectGroup.min_age", "Lägsta ålder", "Minimum age", sv: "Den yngstas ålder, för att känna igen barn.",
      en: "The youngest's age, to recognise children."),
    e(
      "DataSubjectGroup.estimated_count", "Uppskattat antal", "Estimated count",
      sv: "Ungefär hur många de registrerade är.", en: "Roughly how many data subjects there are."),
    e("DataField.id", "Id", "Id", sv: "Uppgiftens id inom behandlingen.", en: "The field's id within the collection."),
    e(
      "DataField.category", "Kategori", "Category",
      sv:
        "En kategori ur taxonomin, t.ex. identity.national_id.personnummer eller special.health; flaggorna följer av den.",
      en:
        "A category from the taxonomy, e.g. identity.national_id.personnummer or special.health; its flags follow from it."
    ),
    e(
      "DataField.purposes", "Ändamål", "Purposes", sv: "Id för de ändamål uppgiften behövs för.",
      en: "The ids of the purposes the field is needed for."),
    e(
      "DataField.source", "Källa", "Source",
      sv:
        "data_subject (den registrerade), other_authority (annan myndighet), population_register (folkbokföringen), staff (personalen), derived (härledd) eller other.",
      en: "data_subject, other_authority, population_register, staff, derived or other."),
    e(
      "DataField.update_mechanism", "Uppdatering", "Update mechanism", sv: "Hur uppgiften hålls riktig.",
      en: "How the field is kept accurate."),
    e(
      "DataField.secrecy", "Sekretess", "Secrecy",
      sv: "Sekretessbestämmelsen i offentlighets- och sekretesslagen, t.ex. OSL 26 kap. 1 §.",
      en: "The provision of the Public Access to Information and Secrecy Act, e.g. OSL 26 kap. 1 §."),
    e(
      "DataField.free_text", "Fritext", "Free text",
      sv: "true när uppgiften är fritext, där vad som helst kan skrivas.",
      en: "true when the field is free text, where anything can be written."),
    e(
      "SpecialCategoryBasis.categories", "Kategorier", "Categories",
      sv:
        "De känsliga kategorierna: racial_ethnic, political, religious_philosophical, trade_union, genetic, biometric_id, health, sex_life_orientation.",
      en:
        "The special categories: racial_ethnic, political, religious_philosophical, trade_union, genetic, biometric_id, health, sex_life_orientation."
    ),
    e(
      "SpecialCategoryBasis.gdpr", "Undantag", "Exception", sv: "Undantaget i artikel 9.2, från 9.2.a till 9.2.j.",
      en: "The Article 9(2) exception, from 9.2.a to 9.2.j."),
    e(
      "SpecialCategoryBasis.law", "Författning", "Statute",
      sv: "Lagrummet som undantaget vilar på, t.ex. dataskyddslagen 3 kap. 3 §.",
      en: "The provision the exception rests on, e.g. Dataskyddslagen 3 kap. 3 §."),
    e(
      "SpecialCategoryBasis.sensitive_search_ban_respected", "Sökförbudet respekteras", "Search ban respected",
      sv: "true när det inte går att söka fram personer efter känsliga uppgifter.",
      en: "true when people cannot be searched for by their sensitive data."),
    e(
      "NationalIDJustification.ground", "Grund", "Ground",
      sv:
        "purpose (ändamålet), secure_identification (säker identifiering), other_considerable_reason (annat beaktansvärt skäl) eller consent (samtycke).",
      en: "purpose, secure_identification, other_considerable_reason or consent."),
    e(
      "NationalIDJustification.motivation", "Motivering", "Motivation", sv: "Varför grunden gäller här.",
      en: "Why the ground applies here."),
    e(
      "Recipient.id", "Id", "Id", sv: "Mottagarens id, som överföringar hänvisar till.",
      en: "The recipient's id, which transfers refer to."),
    e("Recipient.name", "Namn", "Name", sv: "Mottagarens namn.", en: "The recipient's name."),
    e(
      "Recipient.type", "Slag", "Type",
      sv:
        "same_authority (samma myndighet), other_authority (annan myndighet), processor (personuppgiftsbiträde), sub_processor (underbiträde), third_party (tredje part) eller public (allmänheten).",
      en: "same_authority, other_authority, processor, sub_processor, third_party or public."),
    e(
      "Recipient.country", "Land", "Country", sv: "Landet där mottagaren behandlar uppgifterna.",
      en: "The country where the recipient processes the data."),
    e(
      "Recipient.dpa", "Biträdesavtal", "Processing agreement",
      sv: "Personuppgiftsbiträdesavtalet och vilka punkter i artikel 28.3 det täcker.",
      en: "The data processing agreement and which points of Article 28(3) it covers."),
    e(
      "Recipient.sub_processors", "Underbiträden", "Sub-processors", sv: "Biträdets underbiträden och var de finns.",
      en: "The processor's sub-processors and where they are."),
    e(
      "Recipient.disclosure_basis", "Grund för utlämnande", "Disclosure basis",
      sv: "Bestämmelsen som tillåter utlämnandet, t.ex. OSL 10 kap. 28 §.",
      en: "The provision that allows the disclosure, e.g. OSL 10 kap. 28 §."),
    e(
      "ProcessingAgreement.clauses", "Punkter", "Clauses", sv: "De punkter a–h i artikel 28.3 som avtalet täcker.",
      en: "The points a–h of Article 28(3) the agreement covers."),
    e("SubProcessor.name", "Namn", "Name", sv: "Underbiträdets namn.", en: "The sub-processor's name."),
    e(
      "Transfer.recipient", "Mottagare", "Recipient", sv: "Id för mottagaren i recipients.",
      en: "The id of the recipient in recipients."),
    e(
      "Transfer.country", "Land", "Country", sv: "Landet utanför EU/EES som uppgifterna går till.",
      en: "The country outside the EU/EEA the data goes to."),
    e(
      "Transfer.mechanism", "Grund", "Mechanism",
      sv:
        "adequacy (adekvat skyddsnivå), dpf (dataskyddsramverket EU–USA), scc (standardavtalsklausuler), bcr (bindande företagsbestämmelser), authority_arrangement (överenskommelse mellan myndigheter) eller derogation (undantag i artikel 49).",
      en:
        "adequacy, dpf (Data Privacy Framework), scc (standard contractual clauses), bcr (binding corporate rules), authority_arrangement or derogation (Article 49)."
    ),
    e(
      "Transfer.derogation", "Undantag", "Derogation",
      sv: "Undantaget i artikel 49.1 (49.1.a–49.1.g eller 49.1.second_subparagraph) när grunden är derogation.",
      en: "The Article 49(1) derogation (49.1.a–49.1.g or 49.1.second_subparagraph) when the mechanism is derogation."),
    e(
      "Transfer.scc_module", "Modul", "SCC module", sv: "Modulen 1–4 i standardavtalsklausulerna när grunden är scc.",
      en: "The module 1–4 of the standard contractual clauses when the mechanism is scc."),
    e(
      "Transfer.tia", "Bedömning av överföringen", "Transfer impact assessment",
      sv: "Bedömningen av mottagarlandets lagar och praxis.",
      en: "The assessment of the recipient country's laws and practice."),
    e(
      "Retention.record_type", "Slag av handling", "Record type",
      sv: "allman_handling (allmän handling), arbetsmaterial eller mixed (båda).",
      en: "allman_handling (an official record), arbetsmaterial (working material) or mixed (both)."),
    e(
      "Retention.plan_entry", "Post i planen", "Plan entry",
      sv: "Posten i en informationshanteringsplan, som <plan-id>/<post-id>.",
      en: "The entry of a retention plan, as <plan id>/<entry id>."),
    e(
      "Retention.law", "Författning", "Statute",
      sv: "En författning som bestämmer hur länge uppgifterna sparas, i stället för eller utöver planen.",
      en: "A statute that sets how long the data is kept, instead of or besides the plan."),
    e(
      "Retention.action", "Åtgärd", "Action", sv: "keep (bevaras) eller dispose (gallras).",
      en: "keep (kept for ever) or dispose (disposed of)."),
    e(
      "Retention.period", "Gallringsfrist", "Period", sv: "Hur länge uppgifterna sparas innan de gallras, t.ex. P3Y.",
      en: "How long the data is kept before disposal, e.g. P3Y."),
    e(
      "Retention.trigger", "Räknas från", "Trigger",
      sv: "Från vilken händelse fristen räknas, t.ex. efter avslutad skolgång.",
      en: "The event the period counts from, e.g. after leaving school."),
    e(
      "Security.classification", "Informationsklassning", "Classification",
      sv: "KLASSA-nivåerna 0–4 för konfidentialitet, riktighet och tillgänglighet.",
      en: "The KLASSA levels 0–4 for confidentiality, integrity and availability."),
    e(
      "Security.measures", "Skyddsåtgärder", "Measures",
      sv:
        "rbac (behörighetsstyrning), mfa (flerfaktorsinloggning), encryption_transit och encryption_rest (kryptering vid överföring och lagring), logging (loggning), log_review (logguppföljning), pseudonymisation (pseudonymisering), backup (säkerhetskopiering), restore_test (återläsningsprov), testing (regelbunden prövning), confidentiality_undertaking (tystnadsförbindelse).",
      en:
        "rbac (role-based access), mfa (multi-factor login), encryption_transit and encryption_rest (encryption in transit and at rest), logging, log_review, pseudonymisation, backup, restore_test, testing (regular testing), confidentiality_undertaking."
    ),
    e(
      "Security.hosting", "Drift", "Hosting", sv: "Vem som driftar systemet och var.",
      en: "Who hosts the system, and where."),
    e(
      "KlassaClassification.c", "Konfidentialitet", "Confidentiality", sv: "Nivån för konfidentialitet, 0–4.",
      en: "The confidentiality level, 0–4."),
    e(
      "KlassaClassification.i", "Riktighet", "Integrity", sv: "Nivån för riktighet, 0–4.",
      en: "The integrity level, 0–4."),
    e(
      "KlassaClassification.a", "Tillgänglighet", "Availability", sv: "Nivån för tillgänglighet, 0–4.",
      en: "The availability level, 0–4."),
    e("Hosting.provider", "Leverantör", "Provider", sv: "Den som driftar systemet.", en: "Who runs the system."),
    e(
      "Transparency.notice", "Information", "Notice",
      sv: "Var informationen till de registrerade finns, t.ex. en webbadress.",
      en: "Where the information to data subjects is, e.g. a web address."),
    e(
      "Transparency.art14_exemption", "Undantag från informationsplikt", "Article 14 exemption",
      sv: "none, eller undantaget a–d i artikel 14.5 när uppgifterna inte kommer från den registrerade.",
      en: "none, or the exemption a–d of Article 14(5) when the data does not come from the data subject."),
    e(
      "Transparency.exemption_motivation", "Motivering", "Motivation", sv: "Varför undantaget gäller.",
      en: "Why the exemption applies."),
    e(
      "AutomatedDecisions.exists", "Förekommer", "Exists",
      sv: "true när beslut fattas utan att en människa prövar dem.",
      en: "true when decisions are made without a person examining them."),
    e(
      "AutomatedDecisions.effect", "Verkan", "Effect",
      sv: "none (ingen), legal (rättslig verkan) eller similarly_significant (på liknande sätt betydande).",
      en: "none, legal (legal effects) or similarly_significant."),
    e(
      "AutomatedDecisions.profiling", "Profilering", "Profiling", sv: "true när besluten bygger på profilering.",
      en: "true when the decisions rest on profiling."),
    e(
      "AutomatedDecisions.basis", "Grund", "Basis",
      sv: "law (lag), contract (avtal) eller explicit_consent (uttryckligt samtycke), enligt artikel 22.2.",
      en: "law, contract or explicit_consent, under Article 22(2)."),
    e(
      "AutomatedDecisions.basis_ref", "Hänvisning", "Basis reference",
      sv: "Lagrummet eller avtalet som grunden vilar på.", en: "The provision or contract the basis rests on."),
    e(
      "AutomatedDecisions.safeguards", "Skyddsåtgärder", "Safeguards",
      sv: "human_review (mänsklig prövning), contest (möjlighet att bestrida), explain_logic (förklaring av logiken).",
      en: "human_review, contest, explain_logic."),
    e(
      "ProcessingFacts.evaluation_scoring", "Bedömning eller poängsättning", "Evaluation or scoring",
      sv: "true när personer bedöms eller poängsätts (kriterium C1).",
      en: "true when people are evaluated or scored (criterion C1)."),
    e(
      "ProcessingFacts.systematic_monitoring", "Systematisk övervakning", "Systematic monitoring",
      sv: "true när personer övervakas systematiskt (kriterium C3).",
      en: "true when people are monitored systematically (criterion C3)."),
    e(
      "ProcessingFacts.publicly_accessible_area", "Allmän plats", "Publicly accessible area",
      sv: "true när övervakningen sker på en plats dit allmänheten har tillträde.",
      en: "true when the monitoring covers a publicly accessible area."),
    e(
      "ProcessingFacts.innovative_technology", "Ny teknik", "Innovative technology",
      sv: "Den nya tekniken, t.ex. AI-baserad textanalys, eller tomt (kriterium C8).",
      en: "The innovative technology, e.g. AI text analysis, or empty (criterion C8)."),
    e(
      "ProcessingFacts.prevents_right_or_service", "Hindrar rättighet eller tjänst", "Prevents a right or service",
      sv: "true när behandlingen kan hindra någon från en rättighet, tjänst eller ett avtal (kriterium C9).",
      en: "true when the processing can keep someone from a right, service or contract (criterion C9)."),
    e(
      "ProcessingFacts.combines", "Samkör", "Combines",
      sv: "Id för behandlingar vars uppgifter samkörs med dessa (kriterium C6).",
      en: "The ids of collections whose data is matched or combined with this one (criterion C6)."),
    e(
      "ProcessingFacts.large_scale", "Omfattande", "Large scale",
      sv: "true, false eller auto (bedöms av antalet registrerade mot gränsvärdet large_scale_subjects).",
      en: "true, false or auto (judged from the number of data subjects against the large_scale_subjects threshold)."),
    e(
      "ProcessingFacts.online_service", "Tjänst på nätet", "Online service",
      sv:
        "true när behandlingen är en informationssamhällets tjänst direkt till de registrerade; barns samtycke kräver då vårdnadshavare (artikel 8).",
      en:
        "true when offered as an information society service directly to data subjects; a child's consent then needs a guardian (Article 8)."
    ),
    e(
      "DPIA.screening_overrides", "Ändrade bedömningar", "Screening overrides",
      sv: "Dataskyddsombudets eller handläggarens egna bedömningar av ett beräknat kriterium, med motivering.",
      en: "A recorded judgement that replaces a computed screening criterion, with its motivation."),
    e(
      "DPIA.status", "Status", "Status",
      sv:
        "not_screened (inte bedömd), screened_not_required (bedömd, behövs inte), required (krävs), in_progress (pågår), done (klar) eller covered_by_legislation (gjord i lagstiftningen).",
      en: "not_screened, screened_not_required, required, in_progress, done or covered_by_legislation."),
    e("DPIA.date", "Datum", "Date", sv: "Dagen bedömningen blev klar.", en: "The day the assessment was completed."),
    e(
      "DPIA.dpo_advice", "Ombudets råd", "DPO advice", sv: "Dagen dataskyddsombudet gav sina råd.",
      en: "The day the data protection officer gave advice."),
    e(
      "DPIA.residual_high_risk", "Hög kvarstående risk", "Residual high risk",
      sv: "true när en hög risk kvarstår efter åtgärderna; då krävs förhandssamråd.",
      en: "true when a high risk remains after the measures; prior consultation is then required."),
    e(
      "DPIA.prior_consultation", "Förhandssamråd", "Prior consultation",
      sv: "Förhandssamrådet med Integritetsskyddsmyndigheten (artikel 36).",
      en: "The prior consultation with the supervisory authority (Article 36)."),
    e(
      "ScreeningOverride.criterion", "Kriterium", "Criterion", sv: "Kriteriet C1–C9 som bedöms.",
      en: "The criterion C1–C9 judged."),
    e("ScreeningOverride.value", "Värde", "Value", sv: "Om kriteriet är uppfyllt.", en: "Whether the criterion holds."),
    e(
      "ScreeningOverride.motivation", "Motivering", "Motivation",
      sv: "Varför bedömningen skiljer sig från den beräknade.", en: "Why the judgement differs from the computed one."),
  ]

  // MARK: Waiver

  private static let waiver = [
    e(
      "Waiver.name", "Namn", "Name", sv: "Ett namn för undantaget (frivilligt).",
      en: "A name for the waiver (optional)."),
    e(
      "Waiver.rule", "Regel", "Rule", sv: "Id för regeln vars fynd godtas.",
      en: "The id of the rule whose finding is accepted."),
    e(
      "Waiver.target", "Dokument", "Target", sv: "Id för dokumentet med fyndet.",
      en: "The id of the document with the finding."),
    e(
      "Waiver.path", "Ställe", "Path",
      sv: "Begränsar undantaget till ett ställe i dokumentet och det som finns i det, t.ex. indicators[2].",
      en: "Narrows the waiver to one place in the document and what is inside it, e.g. indicators[2]."),
    e("Waiver.reason", "Skäl", "Reason", sv: "Varför fyndet godtas.", en: "Why the finding is accepted."),
    e(
      "Waiver.approved_by", "Beslutat av", "Approved by", sv: "Vem som beslutade om undantaget.",
      en: "Who approved the waiver."),
    e(
      "Waiver.until", "Till och med", "Until", sv: "Sista dagen undantaget gäller; därefter är det självt ett fel.",
      en: "The last day the waiver holds; after it, it is itself an error."),
  ]

  // MARK: Action

  private static let action = [
    e(
      "Action.name", "Namn", "Name", sv: "Ett namn för åtgärden (frivilligt).", en: "A name for the action (optional)."),
    e(
      "Action.finding", "Fynd", "Finding",
      sv: "Fyndet som åtgärden ska rätta: regel och dokument (och ställe), eller fyndets fingeravtryck.",
      en: "The finding the action is to remedy: rule and document (and place), or the finding's fingerprint."),
    e(
      "ActionFinding.rule", "Regel", "Rule", sv: "Id för regeln bakom fyndet.",
      en: "The id of the rule behind the finding."),
    e(
      "ActionFinding.target", "Dokument", "Target", sv: "Id för dokumentet med fyndet.",
      en: "The id of the document with the finding."),
    e(
      "ActionFinding.path", "Ställe", "Path",
      sv: "Begränsar åtgärden till ett ställe i dokumentet och det som finns i det, t.ex. indicators[2].",
      en: "Narrows the action to one place in the document and what is inside it, e.g. indicators[2]."),
    e(
      "ActionFinding.fingerprint", "Fingeravtryck", "Fingerprint",
      sv: "Fyndets fingeravtryck (16 hexadecimala tecken) som rapporterna visar; i stället för regel och dokument.",
      en: "The finding's fingerprint (16 hexadecimal digits) as the reports show it; instead of rule and target."),
    e(
      "Action.owner", "Ansvarig", "Owner", sv: "Id för den roll som ansvarar, eller en persons namn.",
      en: "The id of the role responsible, or a person's name."),
    e(
      "Action.due", "Klar senast", "Due", sv: "Dagen då åtgärden ska vara genomförd; därefter är den försenad.",
      en: "The day by which the action is to be done; after it, it is overdue."),
    e(
      "Action.status", "Läge", "Status",
      sv: "planned (planerad), in_progress (pågår) eller done (genomförd).",
      en: "planned, in_progress or done."),
    e(
      "Action.case_number", "Diarienummer", "Case number", sv: "Diarienumret för ärendet eller beslutet.",
      en: "The registry number of the matter or decision."),
    e("Action.note", "Anteckning", "Note", sv: "En fri anteckning om åtgärden.", en: "A free note on the action."),
  ]

  // MARK: tillit.yaml

  private static let configuration = [
    e(
      "Configuration.packs", "Regelpaket", "Packs",
      sv:
        "Regelpaketen som används: inbyggda namn (trust, burden, gdpr, se, dpia) eller sökvägar till YAML-filer; standard är alla inbyggda.",
      en:
        "The policy packs in use: built-in names (trust, burden, gdpr, se, dpia) or paths of YAML files; every built-in pack by default."
    ),
    e(
      "Configuration.disable", "Avstängda regler", "Disabled rules", sv: "Id för regler som inte körs.",
      en: "The ids of rules that do not run."),
    e(
      "Configuration.severity", "Allvarlighetsgrad", "Severity",
      sv: "Ändrad allvarlighetsgrad per regel-id: error, warning eller info.",
      en: "Changed severity by rule id: error, warning or info."),
    e(
      "Configuration.fail_on", "Misslyckas vid", "Fail on",
      sv: "Från vilken allvarlighetsgrad en kontroll misslyckas: error, warning, info eller never.",
      en: "From which severity a check fails: error, warning, info or never."),
    e(
      "Configuration.language", "Språk", "Language", sv: "sv eller en, när --lang inte anges.",
      en: "sv or en, when --lang is not given."),
    e(
      "Configuration.include", "Ta med", "Include",
      sv:
        "Mönster för YAML-filer i mappar som läses, räknat från mappen med tillit.yaml (*, ?, **); utan mönster läses alla.",
      en:
        "Patterns of the YAML files in folders that are read, counted from the folder holding tillit.yaml (*, ?, **); without patterns every file is."
    ),
    e(
      "Configuration.exclude", "Utelämna", "Exclude",
      sv: "Mönster för YAML-filer i mappar som aldrig läses; går före include.",
      en: "Patterns of the YAML files in folders that are never read; wins over include."),
    e(
      "Configuration.thresholds", "Gränsvärden", "Thresholds",
      sv: "Gränsvärden som går före regelpaketens; Organization går i sin tur före dessa.",
      en: "Thresholds over the packs' defaults; the Organization's in turn take precedence."),
  ]

  // MARK: Policy packs

  private static let pack = [
    e("PolicyPack.apiVersion", "API-version", "API version", sv: "Alltid tillit/v1.", en: "Always tillit/v1."),
    e("PolicyPack.kind", "Slag", "Kind", sv: "Alltid PolicyPack.", en: "Always PolicyPack."),
    e(
      "PolicyPack.id", "Id", "Id", sv: "Paketets id: små bokstäver, siffror och bindestreck.",
      en: "The pack's id: lower-case letters, digits and hyphens."),
    e(
      "PolicyPack.version", "Version", "Version", sv: "Paketets version, t.ex. \"1.0.0\".",
      en: "The pack's version, e.g. \"1.0.0\"."),
    e(
      "PolicyPack.title", "Titel", "Title", sv: "Paketets namn, {sv: …, en: …}.", en: "The pack's name, {sv: …, en: …}."
    ),
    e(
      "PolicyPack.description", "Beskrivning", "Description", sv: "Vad paketet kontrollerar och varför.",
      en: "What the pack checks and why."),
    e(
      "PolicyPack.references", "Källor", "References", sv: "Källor som hela paketet bygger på.",
      en: "Sources the whole pack rests on."),
    e(
      "PolicyPack.extends", "Bygger på", "Extends",
      sv: "Paket vars regler detta paket tar över: inbyggda namn eller sökvägar från paketets mapp.",
      en: "Packs whose rules this pack takes over: built-in names or paths from the pack's folder."),
    e(
      "PolicyPack.disable", "Avstängda regler", "Disabled rules", sv: "Regler i de övertagna paketen som inte körs.",
      en: "Rules of the extended packs that do not run."),
    e(
      "PolicyPack.severity", "Allvarlighetsgrad", "Severity", sv: "Ändrad allvarlighetsgrad per regel-id.",
      en: "Changed severity by rule id."),
    e(
      "PolicyPack.thresholds", "Gränsvärden", "Thresholds", sv: "Standardvärden för gränsvärden som reglerna läser.",
      en: "Default values of the thresholds the rules read."),
    e(
      "PolicyPack.variables", "Variabler", "Variables",
      sv: "Uttryck som beräknas en gång per dokument, när de först används, och läses som vars.<namn>.",
      en: "Expressions computed once per document, when first used, and read as vars.<name>."),
    e("PolicyPack.rules", "Regler", "Rules", sv: "Paketets regler.", en: "The pack's rules."),
    e(
      "Variable.name", "Namn", "Name", sv: "Variabelns namn, läses som vars.<namn>.",
      en: "The variable's name, read as vars.<name>."),
    e(
      "Variable.expression", "Uttryck", "Expression", sv: "CEL-uttrycket som ger variabelns värde.",
      en: "The CEL expression that gives the variable's value."),
    e(
      "Rule.id", "Id", "Id", sv: "Regelns id, unikt bland paketen, t.ex. EGNA-001.",
      en: "The rule's id, unique among the packs, e.g. EGNA-001."),
    e(
      "Rule.title", "Titel", "Title", sv: "En rad om vad som saknas eller är fel.",
      en: "One line on what is missing or wrong."),
    e("Rule.description", "Beskrivning", "Description", sv: "Varför regeln finns.", en: "Why the rule exists."),
    e(
      "Rule.message", "Meddelande", "Message", sv: "Fyndets text; {{ uttryck }} fylls i från dokumentet.",
      en: "The finding's text; {{ expression }} parts are filled in from the document."),
    e(
      "Rule.remediation", "Åtgärd", "Remediation", sv: "Vad den som äger dokumentet gör åt fyndet.",
      en: "What the document's owner does about the finding."),
    e(
      "Rule.severity", "Allvarlighetsgrad", "Severity", sv: "error, warning eller info.", en: "error, warning or info."),
    e(
      "Rule.escalate", "Skärpning", "Escalation", sv: "En högre allvarlighetsgrad för de fynd där ett villkor gäller.",
      en: "A higher severity for the findings where a condition holds."),
    e(
      "Rule.applies_to", "Gäller", "Applies to",
      sv: "Dokumentslaget eller en lista av slag: Organization, FollowUp, DataCollection, Waiver, Action.",
      en: "The document kind, or a list of kinds: Organization, FollowUp, DataCollection, Waiver, Action."),
    e(
      "Rule.for_each", "För varje", "For each",
      sv:
        "En lista i dokumentet (indicators, indicators[*].decisions) eller bland fakta; regeln prövas för varje element, item.",
      en:
        "A list in the document (indicators, indicators[*].decisions) or among the facts; the rule is tried on each element, item."
    ),
    e(
      "Rule.path", "Ställe", "Path", sv: "Var i item eller dokumentet fyndet pekar.",
      en: "Where in item or the document the finding points."),
    e(
      "Rule.when", "När", "When", sv: "Villkor för att regeln alls gäller.",
      en: "The condition for the rule to apply at all."),
    e(
      "Rule.assert", "Krav", "Assert", sv: "Det som ska gälla; annars blir det ett fynd.",
      en: "What must hold; otherwise there is a finding."),
    e(
      "Rule.references", "Källor", "References", sv: "Lagrum, principer och källor som regeln bygger på.",
      en: "Provisions, principles and sources the rule rests on."),
    e(
      "Rule.tags", "Etiketter", "Tags", sv: "Ord att välja regler med (tillit rules --tag).",
      en: "Words to select rules by (tillit rules --tag)."),
    e(
      "Rule.examples", "Exempel", "Examples",
      sv: "Dokument som regeln prövas på med tillit test, med de fynd som väntas.",
      en: "Documents the rule is tried on by tillit test, with the findings expected."),
    e("Escalation.to", "Till", "To", sv: "Den högre allvarlighetsgraden.", en: "The higher severity."),
    e("Escalation.when", "När", "When", sv: "Villkoret för skärpningen.", en: "The condition for escalation."),
    e(
      "Reference.article", "Artikel", "Article", sv: "Artikel eller lagrum, t.ex. Art. 30.1.",
      en: "Article or provision, e.g. Art. 30(1)."),
    e(
      "Reference.principle", "Princip", "Principle", sv: "Principen som regeln uttrycker.",
      en: "The principle the rule expresses."),
    e(
      "Reference.source", "Källa", "Source", sv: "Var kravet kommer ifrån, t.ex. en vägledning.",
      en: "Where the requirement comes from, e.g. a guideline."),
    e("Reference.url", "Webbadress", "URL", sv: "Adressen till källan.", en: "The address of the source."),
    e("Reference.title", "Titel", "Title", sv: "Källans titel.", en: "The source's title."),
    e("RuleExample.name", "Namn", "Name", sv: "Vad exemplet visar.", en: "What the example shows."),
    e(
      "RuleExample.document", "Dokument", "Document",
      sv: "Dokumentet som regeln prövas på; apiVersion, kind, id och name kan utelämnas.",
      en: "The document the rule is tried on; apiVersion, kind, id and name may be left out."),
    e(
      "RuleExample.organization", "Organisation", "Organization", sv: "En egen Organization för regler som läser den.",
      en: "An Organization of its own, for rules that read it."),
    e(
      "RuleExample.also", "Även", "Also", sv: "Andra dokument i exemplets arbetsyta, vart och ett med sitt kind.",
      en: "Other documents in the example's workspace, each with its kind."),
    e(
      "RuleExample.expect", "Väntade fynd", "Expected findings",
      sv: "Fynden som väntas; tomt när dokumentet ska klara regeln.",
      en: "The findings expected; empty when the document should pass."),
    e(
      "ExpectedFinding.rule", "Regel", "Rule", sv: "Regeln som fyndet väntas från.",
      en: "The rule the finding is expected from."),
    e(
      "ExpectedFinding.path", "Ställe", "Path", sv: "Var fyndet väntas; tomt för dokumentet självt.",
      en: "Where the finding is expected; empty for the document itself."),
    e(
      "ExpectedFinding.severity", "Allvarlighetsgrad", "Severity", sv: "Fyndets väntade allvarlighetsgrad.",
      en: "The finding's expected severity."),
  ]
}
