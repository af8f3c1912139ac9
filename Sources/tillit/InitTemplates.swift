import Foundation
import TillitYAML

/// The files `tillit init` writes, as Swift text rather than bundle resources: the release
/// binary is one static file, and text compiled into it cannot go missing beside it.
///
/// Each template is a starting point in the chosen language: the comments say what to
/// change, and what is left open on purpose shows as findings in `tillit check`, so the first
/// check is the list of what is left to fill in.
enum InitTemplates {
  /// A file to create: its path inside the new folder and its text.
  struct File: Equatable {
    var path: String
    var text: String
  }

  static func files(name: String, language: Language) -> [File] {
    let id = documentID(from: name, language: language)
    return [
      File(path: "tillit.yaml", text: configuration(language)),
      File(path: "organization.yaml", text: organization(name: name, id: id, language: language)),
      File(path: examplePaths(language).followUp, text: followUp(language)),
      File(path: examplePaths(language).dataCollection, text: dataCollection(language)),
      File(path: ".github/workflows/tillit.yml", text: workflow(language)),
      File(path: ".pre-commit-config.yaml", text: preCommit(language)),
    ]
  }

  /// Where the two examples to copy go; their names (and ids) are in the chosen language.
  static func examplePaths(_ language: Language) -> (followUp: String, dataCollection: String) {
    language == .sv
      ? ("followups/exempel-uppfoljning.yaml", "collections/exempel-insamling.yaml")
      : ("followups/example-follow-up.yaml", "collections/example-collection.yaml")
  }

  /// The Organization's id from its name: lower-case a–z, digits and hyphens, with å, ä and ö
  /// as a, a and o ("Exempelby kommun" → `exempelby-kommun`).
  static func documentID(from name: String, language: Language) -> String {
    var id = ""
    for character in name.lowercased().folding(options: .diacriticInsensitive, locale: nil) {
      if character.isASCII && (character.isLetter || character.isNumber) {
        id.append(character)
      } else if !id.isEmpty && id.last != "-" {
        id.append("-")
      }
    }
    while id.hasSuffix("-") { id.removeLast() }
    return id.isEmpty ? (language == .sv ? "kommunen" : "municipality") : String(id.prefix(60))
  }

  /// A YAML double-quoted scalar: any name the user gives stays one string.
  static func quoted(_ text: String) -> String { YAMLDoubleQuoted.scalar(text) }

  static func configuration(_ language: Language) -> String {
    language == .sv
      ? """
      # tillit.yaml – inställningar för tillit i den här mappen.
      # Regelpaket: trust (tillitsbaserad uppföljning), burden (rapporteringsbörda),
      # gdpr (registerförteckning och dataskydd), se (svensk lag: dataskyddslagen,
      # OSL, arkivlagen, KLASSA) och dpia (konsekvensbedömning).
      packs: [trust, burden, gdpr, se, dpia]
      language: sv
      fail_on: error
      # Egna gränsvärden, till exempel:
      # thresholds:
      #   review_interval: P1Y
      #   large_scale_subjects: 5000

      """
      : """
      # tillit.yaml – tillit's settings for this folder.
      # Packs: trust (trust-based follow-up), burden (reporting burden), gdpr (record of
      # processing and data protection), se (Swedish law: Data Protection Act, Public Access
      # to Information and Secrecy Act, Archives Act, KLASSA) and dpia (impact assessment).
      packs: [trust, burden, gdpr, se, dpia]
      language: en
      fail_on: error
      # Your own thresholds, for example:
      # thresholds:
      #   review_interval: P1Y
      #   large_scale_subjects: 5000

      """
  }

  static func organization(name: String, id: String, language: Language) -> String {
    let sv = language == .sv
    let header =
      sv
      ? """
      # \(name.replacingOccurrences(of: "\n", with: " ")) – organisation, roller, nämnder och dataskydd.
      # UTGÅNGSPUNKT ATT REDIGERA: rollerna, antalen, timkostnaderna och nämnderna nedan är
      # vad en svensk kommun brukar ha, inte era uppgifter. Ändra dem till era egna, ta bort
      # det ni inte har och lägg till det som saknas. Timkostnader är fullt belastade
      # (lön, arbetsgivaravgifter och semester) i kronor per timme.
      """
      : """
      # \(name.replacingOccurrences(of: "\n", with: " ")) – organisation, roles, committees and data protection.
      # A STARTING POINT TO EDIT: the roles, headcounts, hourly costs and committees below are
      # what a Swedish municipality usually has, not your figures. Change them to your own,
      # remove what you do not have and add what is missing. Hourly costs are fully loaded
      # (salary, payroll taxes and holidays), in kronor per hour.
      """
    let rolesComment =
      sv
      ? "# Personalgrupper som svarar på uppföljning: antal (headcount) och timkostnad. ÄNDRA."
      : "# Staff groups who answer follow-up: headcount and hourly cost. CHANGE THESE."
    let forumsComment =
      sv
      ? "# Där resultaten används: nämnder, ledningsgrupper. Sammanträden per år: ÄNDRA efter er plan."
      : "# Where results are used: committees, management groups. Meetings a year: CHANGE to your plan."
    let budgetsComment =
      sv
      ? "# Tak för hur stor del av arbetstiden uppföljning får ta (tillitsbaserad styrning)."
      : "# Caps on the share of working time follow-up may take (trust-based governance)."
    let controllersComment =
      sv
      ? "# Personuppgiftsansvariga: i en kommun varje nämnd. Kontaktuppgifter och organisationsnummer: ÄNDRA."
      : "# Controllers: in a municipality each committee. Contact details and organisation number: CHANGE."
    let dpoComment =
      sv
      ? "# Dataskyddsombudet. Fyll i när ombudet anmäldes till IMY (reported_to_supervisor: ÅÅÅÅ-MM-DD)."
      : "# The data protection officer. Add when they were reported to IMY (reported_to_supervisor: YYYY-MM-DD)."
    let breachComment =
      sv
      ? "# Hänvisning till rutinen för personuppgiftsincidenter, till exempel diarienumret:"
      : "# Reference to the procedure for personal data breaches, for example its file number:"
    let dpoName = sv ? "Dataskyddsombudet" : "Data protection officer"
    return """
      \(header)
      apiVersion: tillit/v1
      kind: Organization
      id: \(id)
      name: \(quoted(name))
      currency: SEK
      annual_hours_per_fte: 1700
      # \(sv ? "Antal invånare: ÄNDRA." : "Number of residents: CHANGE.")
      population: 20000

      \(rolesComment)
      roles:
        - {id: teacher, name: {sv: Lärare, en: Teacher}, headcount: 350, hourly_cost: 400, frontline: true}
        - {id: preschool_teacher, name: {sv: Förskollärare, en: Preschool teacher}, headcount: 160, hourly_cost: 410, frontline: true}
        - {id: principal, name: {sv: Rektor, en: Principal}, headcount: 16, hourly_cost: 560}
        - {id: assistant_nurse, name: {sv: Undersköterska, en: Assistant nurse}, headcount: 450, hourly_cost: 410, frontline: true}
        - {id: nurse, name: {sv: Sjuksköterska, en: Registered nurse}, headcount: 45, hourly_cost: 470, frontline: true}
        - {id: social_worker, name: {sv: Socialsekreterare, en: Social worker}, headcount: 70, hourly_cost: 450, frontline: true}
        - {id: needs_assessor, name: {sv: Biståndshandläggare, en: Needs assessor}, headcount: 18, hourly_cost: 460, frontline: true}
        - {id: unit_manager, name: {sv: Enhetschef, en: Unit manager}, headcount: 55, hourly_cost: 520}
        - {id: operations_manager, name: {sv: Verksamhetschef, en: Head of operations}, headcount: 10, hourly_cost: 550}
        - {id: financial_controller, name: {sv: Controller, en: Financial controller}, headcount: 8, hourly_cost: 500}
        - {id: hr_partner, name: {sv: HR-partner, en: HR business partner}, headcount: 9, hourly_cost: 490}
        - {id: quality_strategist, name: {sv: Kvalitetsstrateg, en: Quality strategist}, headcount: 4, hourly_cost: 500}

      \(forumsComment)
      forums:
        - {id: kf, name: {sv: Kommunfullmäktige, en: Municipal council}, meets: {per_year: 10}}
        - {id: ks, name: {sv: Kommunstyrelsen, en: Municipal executive board}, meets: {per_year: 11}}
        - {id: bun, name: {sv: Barn- och utbildningsnämnden, en: Education committee}, meets: {per_year: 10}}
        - {id: son, name: {sv: Socialnämnden, en: Social services committee}, meets: {per_year: 11}}
        - {id: von, name: {sv: Vård- och omsorgsnämnden, en: Health and social care committee}, meets: {per_year: 10}}
        - {id: kfn, name: {sv: Kultur- och fritidsnämnden, en: Culture and leisure committee}, meets: {per_year: 8}}
        - {id: sbn, name: {sv: Samhällsbyggnadsnämnden, en: Planning and building committee}, meets: {per_year: 10}}
        - {id: klg, name: {sv: Kommunledningsgruppen, en: Municipal management group}, meets: weekly}

      \(budgetsComment)
      budgets:
        - {role: teacher, max_share_of_time: 0.02}
        - {role: assistant_nurse, max_share_of_time: 0.005}
        - {role: unit_manager, max_share_of_time: 0.08}

      \(controllersComment)
      controllers:
        - {id: ks, name: {sv: Kommunstyrelsen, en: Municipal executive board}, contact: kommunstyrelsen@kommunen.example}
        - {id: bun, name: {sv: Barn- och utbildningsnämnden, en: Education committee}, contact: bun@kommunen.example}
        - {id: son, name: {sv: Socialnämnden, en: Social services committee}, contact: socialnamnden@kommunen.example}
        - {id: von, name: {sv: Vård- och omsorgsnämnden, en: Health and social care committee}, contact: von@kommunen.example}
        - {id: kfn, name: {sv: Kultur- och fritidsnämnden, en: Culture and leisure committee}, contact: kfn@kommunen.example}
        - {id: sbn, name: {sv: Samhällsbyggnadsnämnden, en: Planning and building committee}, contact: sbn@kommunen.example}

      \(dpoComment)
      dpo:
        name: \(dpoName)
        contact: dataskyddsombud@kommunen.example

      \(breachComment)
      # breach_procedure: "KS 2025/123"

      """
  }

  static func followUp(_ language: Language) -> String {
    language == .sv
      ? """
      # EXEMPEL ATT KOPIERA: en uppföljning (FollowUp). Kopiera filen för varje uppföljning
      # ni gör och skriv in era egna uppgifter. Det som står med ÄNDRA eller FYLL I är
      # platshållare; det som saknas visar tillit check som fynd.
      apiVersion: tillit/v1
      kind: FollowUp
      id: exempel-uppfoljning
      name: Kvartalsuppföljning av hemtjänsten
      # Vilken stabsfunktion äger uppföljningen, och vem (titel räcker).
      owner: {function: quality, person: Kvalitetsstrateg}
      purpose:
        statement: Följa upp att brukarna får den hjälp som beslutats, och lära av avvikelserna
        types: [learning, development]
      # true när syftet är förankrat hos dem som rapporterar, och när de var med och utformade uppföljningen.
      shared_understanding: true
      designed_with_respondents: false
      # När uppföljningen senast prövades och hur ofta det ska göras. FYLL I last: ÅÅÅÅ-MM-DD.
      review: {every: P1Y}
      # Vilka som lägger tid på att rapportera: antal (standard: rollens antal), minuter per svar och hur ofta.
      respondents:
        - {role: unit_manager, count: 20, minutes_per_response: 60, frequency: quarterly}
      indicators:
        - id: beviljad-utford-tid
          name: Andel utförd tid av beviljad tid
          definition: Utförda timmar delat med beviljade timmar per enhet och kvartal
          kind: quantitative
          level: process
          perspective: user
          source: system
          system: Verksamhetssystemet
          unit_of_analysis: unit
          # Vilka roller och forum som använder siffran, och vilka beslut den ligger till grund för.
          users: [unit_manager, von]
          decisions:
            - {name: Bemanning och planering i hemtjänsten, forum: von, frequency: quarterly}
        - id: avvikelser-kommentar
          name: Kommentar till avvikelser
          kind: qualitative
          perspective: staff
          source: manual
          minutes: 30
          unit_of_analysis: unit
          # FYLL I vem som använder kommentaren (users) och vilket beslut den stöder (decisions).
      # Vem analyserar och tolkar siffrorna.
      qualitative_analysis:
        by: [professions, management]
      # Hur resultaten går tillbaka till dem som rapporterade. FYLL I within_days och arena.
      feedback:
        to_respondents: true
      audiences:
        - {forum_or_role: von, format: summary}

      """
      : """
      # AN EXAMPLE TO COPY: a follow-up (FollowUp). Copy this file for each follow-up you run
      # and enter your own details. What says CHANGE or FILL IN is a placeholder; what is
      # missing, tillit check shows as findings.
      apiVersion: tillit/v1
      kind: FollowUp
      id: example-follow-up
      name: Quarterly follow-up of home care
      # Which staff function owns the follow-up, and who (a title is enough).
      owner: {function: quality, person: Quality strategist}
      purpose:
        statement: Check that users receive the help that was decided, and learn from the deviations
        types: [learning, development]
      # true when the purpose is agreed with those who report, and when they helped design the follow-up.
      shared_understanding: true
      designed_with_respondents: false
      # When the follow-up was last justified and how often that is to be done. FILL IN last: YYYY-MM-DD.
      review: {every: P1Y}
      # Who spends time reporting: count (default: the role's headcount), minutes per response and how often.
      respondents:
        - {role: unit_manager, count: 20, minutes_per_response: 60, frequency: quarterly}
      indicators:
        - id: granted-time-delivered
          name: Share of granted time delivered
          definition: Hours delivered divided by hours granted, per unit and quarter
          kind: quantitative
          level: process
          perspective: user
          source: system
          system: The case management system
          unit_of_analysis: unit
          # The roles and forums that use the figure, and the decisions it informs.
          users: [unit_manager, von]
          decisions:
            - {name: Staffing and planning in home care, forum: von, frequency: quarterly}
        - id: deviation-comment
          name: Comment on deviations
          kind: qualitative
          perspective: staff
          source: manual
          minutes: 30
          unit_of_analysis: unit
          # FILL IN who uses the comment (users) and which decision it supports (decisions).
      # Who analyses and interprets the figures.
      qualitative_analysis:
        by: [professions, management]
      # How results go back to those who reported. FILL IN within_days and arena.
      feedback:
        to_respondents: true
      audiences:
        - {forum_or_role: von, format: summary}

      """
  }

  static func dataCollection(_ language: Language) -> String {
    language == .sv
      ? """
      # EXEMPEL ATT KOPIERA: en behandling av personuppgifter (DataCollection), en rad i
      # registerförteckningen (art. 30.1 i dataskyddsförordningen). Kopiera filen för varje
      # behandling. Det som står med ÄNDRA eller FYLL I är platshållare; det som saknas
      # visar tillit check som fynd.
      apiVersion: tillit/v1
      kind: DataCollection
      id: exempel-insamling
      name: Synpunkter och klagomål
      type: case_system
      status: active
      # Den personuppgiftsansvariga nämnden: ett id under controllers i organization.yaml.
      controller: ks
      # Varje ändamål med sin rättsliga grund (art. 6.1) och, för uppgift av allmänt intresse, lagen.
      purposes:
        - id: hantera
          description: Besvara och åtgärda invånarnas synpunkter och klagomål
          legal_basis: public_task
          law: "Förvaltningslagen (2017:900) 6 §"
      # Vilka uppgifterna gäller och ungefär hur många. ÄNDRA antalet.
      data_subjects:
        - {category: resident, estimated_count: 500}
      # Varje personuppgift med sin kategori, sitt ändamål och varifrån den kommer.
      fields:
        - {id: namn, category: identity.name, purposes: [hantera], source: data_subject}
        - {id: epost, category: contact.email, purposes: [hantera], source: data_subject}
        - {id: synpunkt, category: content.free_text, purposes: [hantera], source: data_subject, free_text: true}
      # Vilka som får uppgifterna; skriv recipients: [] när ingen gör det.
      recipients: []
      # Gallring: FYLL I plan_entry (posten i informationshanteringsplanen) och period.
      retention:
        record_type: allman_handling
        action: dispose
      # Informationsklassning (KLASSA) och säkerhetsåtgärder. FYLL I classification.
      security:
        measures: [rbac, logging]
      # Var de registrerade får information om behandlingen. FYLL I notice (en adress).
      automated_decisions: {exists: false}
      # Uppgifter som avgör om en konsekvensbedömning (DPIA) behövs.
      processing:
        evaluation_scoring: false
        systematic_monitoring: false
        large_scale: auto
      # FYLL I dpia (status och datum) och review (senaste genomgång).

      """
      : """
      # AN EXAMPLE TO COPY: a processing of personal data (DataCollection), one row of the
      # record of processing activities (Article 30(1) GDPR). Copy this file for each
      # processing. What says CHANGE or FILL IN is a placeholder; what is missing, tillit
      # check shows as findings.
      apiVersion: tillit/v1
      kind: DataCollection
      id: example-collection
      name: Comments and complaints
      type: case_system
      status: active
      # The controller committee: an id under controllers in organization.yaml.
      controller: ks
      # Each purpose with its legal basis (Article 6(1)) and, for a public task, the statute.
      purposes:
        - id: handle
          description: Answer and act on residents' comments and complaints
          legal_basis: public_task
          law: "Förvaltningslagen (2017:900) 6 §"
      # Whom the data is about and roughly how many. CHANGE the count.
      data_subjects:
        - {category: resident, estimated_count: 500}
      # Each item of personal data with its category, its purpose and where it comes from.
      fields:
        - {id: name, category: identity.name, purposes: [handle], source: data_subject}
        - {id: email, category: contact.email, purposes: [handle], source: data_subject}
        - {id: comment, category: content.free_text, purposes: [handle], source: data_subject, free_text: true}
      # Who receives the data; write recipients: [] when nobody does.
      recipients: []
      # Retention: FILL IN plan_entry (the entry in the records retention plan) and period.
      retention:
        record_type: allman_handling
        action: dispose
      # Information classification (KLASSA) and security measures. FILL IN classification.
      security:
        measures: [rbac, logging]
      # Where the data subjects learn of the processing. FILL IN notice (an address).
      automated_decisions: {exists: false}
      # Facts that decide whether an impact assessment (DPIA) is needed.
      processing:
        evaluation_scoring: false
        systematic_monitoring: false
        large_scale: auto
      # FILL IN dpia (status and date) and review (last review).

      """
  }

  static func workflow(_ language: Language) -> String {
    let comment =
      language == .sv
      ? """
      # Kör tillit check på varje pull request och på main: fynden visas vid de ändrade
      # raderna, i code scanning (SARIF) och i en kommentar på pull requesten.
      # ÄNDRA OWNER/tillit till det arkiv ni hämtar tillit från, vid en release-tagg.
      # Utan en incheckad baslinje räknas varje fynd; för att utgå från dagens läge, kör
      # tillit baseline create . en gång och checka in .tillit-baseline.json.
      """
      : """
      # Runs tillit check on every pull request and on main: findings appear on the changed
      # lines, in code scanning (SARIF) and in a comment on the pull request.
      # CHANGE OWNER/tillit to the repository you take tillit from, at a release tag.
      # Without a committed baseline every finding counts; to start from today's state, run
      # tillit baseline create . once and commit .tillit-baseline.json.
      """
    return """
      \(comment)
      name: tillit
      on:
        pull_request:
        push:
          branches: [main]
      permissions:
        contents: read
        security-events: write
        pull-requests: write
      jobs:
        check:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v4
              with: {fetch-depth: 0}
            - uses: OWNER/tillit@v1
              with:
                paths: .
                baseline: .tillit-baseline.json
                fail-on: error
                lang: \(language.rawValue)
                comment: "true"

      """
  }

  static func preCommit(_ language: Language) -> String {
    let comment =
      language == .sv
      ? """
      # För verktyget pre-commit (pre-commit.com): kör tillit validate och tillit check före
      # varje incheckning som ändrar en YAML-fil. tillit måste finnas i PATH. Krokarna är
      # lokala, så filen fungerar utan ändringar; de motsvarar krokarna tillit-validate och
      # tillit-check i tillits arkiv (.pre-commit-hooks.yaml).
      """
      : """
      # For the pre-commit tool (pre-commit.com): runs tillit validate and tillit check before
      # every commit that changes a YAML file. tillit must be on PATH. The hooks are local, so
      # the file works as it is; they are the hooks tillit-validate and tillit-check of
      # tillit's repository (.pre-commit-hooks.yaml).
      """
    return """
      \(comment)
      repos:
        - repo: local
          hooks:
            - id: tillit-validate
              name: tillit validate
              entry: tillit validate
              language: system
              files: \\.(yaml|yml)$
              pass_filenames: false
              require_serial: true
              args: ["."]
            - id: tillit-check
              name: tillit check
              entry: tillit check
              language: system
              files: \\.(yaml|yml)$
              pass_filenames: false
              require_serial: true
              args: [".", --baseline, .tillit-baseline.json]

      """
  }
}
