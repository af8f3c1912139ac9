import TillitYAML

extension ControllerReport {
  /// The help of `tillit report`, kept with the report's other texts in
  /// `texts/TillitReports.yaml` so that the catalogue's tests check it too.
  package enum CommandHelp {
    package static let abstract = Texts.reportHelpAbstract
    package static let discussion = Texts.reportHelpDiscussion
    package static let controller = Texts.reportHelpController
    package static let format = Texts.reportHelpFormat
    package static let since = Texts.reportHelpSince
    package static let out = Texts.reportHelpOut
    package static let paths = Texts.reportHelpPaths
  }
}
