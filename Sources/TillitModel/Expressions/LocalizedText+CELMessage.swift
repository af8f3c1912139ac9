import CEL
import TillitYAML

extension LocalizedText {
  /// The expression library's message (a parse, check or evaluation error) as tillit's text.
  public init(_ message: CELMessage) {
    self.init(sv: message.sv, en: message.en)
  }
}
