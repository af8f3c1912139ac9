import TillitYAML

/// The two example documents `tillit init` writes for the user to copy, a FollowUp and a
/// DataCollection, each kept whole in Swedish and in English.
///
/// Why not in the message catalogue like the other templates' comments: these are documents,
/// not prose around a document. Their ids, names, indicator names and file names are in the
/// chosen language too, and each comment sits beside the field it explains; cut into catalogue
/// entries, neither language could be read as the file it becomes. `InitCommandTests` checks
/// that both versions are valid documents, and tillit check reads them.
enum InitExampleDocuments {
  /// Where the two examples to copy go; their names (and ids) are in the chosen language.
  static func paths(_ language: Language) -> (followUp: String, dataCollection: String) {
    language == .sv
      ? ("followups/exempel-uppfoljning.yaml", "collections/exempel-insamling.yaml")
      : ("followups/example-follow-up.yaml", "collections/example-collection.yaml")
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
}
