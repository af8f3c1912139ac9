/// One key of the catalogue with its Swedish and English template.
struct CatalogueEntry {
  let key: String
  let line: Int
  let sv: MessageTemplateText
  let en: MessageTemplateText
}
