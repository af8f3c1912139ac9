import CEL
import TillitYAML

extension LocalizedText {
  /// The expression library's message (a parse, check or evaluation error) as tillit's text.
  public init(_ message: CELMessage) {
    self.init(sv: message.sv, en: message.en)
  }
}

extension CELMessage {
  /// A text of tillit's catalogue as a message of the expression library, for errors tillit
  /// raises while handling an expression (a message template that never closes).
  public init(_ text: LocalizedText) {
    self.init(sv: text.sv, en: text.en)
  }
}
