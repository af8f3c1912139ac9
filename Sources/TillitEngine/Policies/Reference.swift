import CEL
import TillitFacts
import TillitModel
import TillitYAML

/// A source a rule rests on: an article of law, a principle, or a document with its address.
public struct Reference: Sendable, Hashable, Codable {
  public var article: String?
  public var principle: String?
  public var source: String?
  public var title: String?
  public var url: String?

  /// One line for people: "Art. 6(1); Bringselius P1 (https://…)".
  public var text: String {
    let parts = [article, principle, title, source].compactMap { $0 }.filter { !$0.isEmpty }
    let main = parts.joined(separator: "; ")
    guard let url, !url.isEmpty else { return main }
    return main.isEmpty ? url : "\(main) (\(url))"
  }

  init(_ node: YAMLNode) {
    article = node.text("article")
    principle = node.text("principle")
    source = node.text("source")
    title = node.text("title")
    url = node.text("url")
  }
}
