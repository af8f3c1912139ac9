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
      File(path: InitExampleDocuments.paths(language).followUp, text: InitExampleDocuments.followUp(language)),
      File(
        path: InitExampleDocuments.paths(language).dataCollection, text: InitExampleDocuments.dataCollection(language)),
      File(path: ".github/workflows/tillit.yml", text: workflow(language)),
      File(path: ".pre-commit-config.yaml", text: preCommit(language)),
    ]
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
    return id.isEmpty ? Texts.initDefaultOrganizationId.text(language) : String(id.prefix(60))
  }

  /// A YAML double-quoted scalar: any name the user gives stays one string.
  static func quoted(_ text: String) -> String { YAMLDoubleQuoted.scalar(text) }

  static func configuration(_ language: Language) -> String {
    """
    \(Texts.initTemplateConfiguration.text(language))
    packs: [trust, burden, gdpr, se, dpia]
    language: \(language.rawValue)
    fail_on: error
    \(Texts.initTemplateConfigurationThresholds.text(language))
    # thresholds:
    #   review_interval: P1Y
    #   large_scale_subjects: 5000

    """
  }

  static func organization(name: String, id: String, language: Language) -> String {
    let say = { (text: LocalizedText) in text.text(language) }
    let header = say(Texts.initTemplateOrganization(name: name.replacingOccurrences(of: "\n", with: " ")))
    let rolesComment = say(Texts.initTemplateOrganizationRoles)
    let forumsComment = say(Texts.initTemplateOrganizationForums)
    let budgetsComment = say(Texts.initTemplateOrganizationBudgets)
    let controllersComment = say(Texts.initTemplateOrganizationControllers)
    let dpoComment = say(Texts.initTemplateOrganizationDpo)
    let breachComment = say(Texts.initTemplateOrganizationBreachProcedure)
    let dpoName = say(Texts.initTemplateOrganizationDpoName)
    return """
      \(header)
      apiVersion: tillit/v1
      kind: Organization
      id: \(id)
      name: \(quoted(name))
      currency: SEK
      annual_hours_per_fte: 1700
      \(say(Texts.initTemplateOrganizationPopulation))
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

  static func workflow(_ language: Language) -> String {
    let comment = Texts.initTemplateWorkflow.text(language)
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
    let comment = Texts.initTemplatePreCommit.text(language)
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
