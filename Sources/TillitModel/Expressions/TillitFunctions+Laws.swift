import CEL
import TillitYAML

extension TillitFunctions {
  /// `repealed_law(text)`: the act a statute reference cites, when `policies/laws.yaml` knows it
  /// as repealed, else null. Any SFS number in the text counts ("Socialtjänstlagen (2001:453)
  /// 4 kap. 1 §" cites 2001:453), so the act is found however it is named. The answer is
  ///
  ///     {sfs, name: {sv, en}, short: {sv, en}, in_force, repealed, source,
  ///      replaced_by: [{sfs, name: {sv, en}, url}], replacement: {sv, en}}
  ///
  /// with dates as dates (`repealed <= today()` decides whether the citation is out of date:
  /// the function does not know the day) and `replacement` the replacing acts named in one
  /// phrase per language ("dataskyddslagen (2018:218) och …"). Null or blank text, or a text
  /// naming no repealed act, gives null; a text beyond `maxLegalReferenceLength` is an error.
  static let lawFunctions: [Function] = [
    Function("repealed_law", global: [1]) { args, _ in
      if StandardLibrary.isNothing(args[0]) { return .null }
      guard case .string(let text) = args[0] else { throw StandardLibrary.overload("repealed_law", args) }
      if text.utf8.count > maxLegalReferenceLength, text.unicodeScalars.count > maxLegalReferenceLength {
        throw EvaluationError(.inputTooLong(function: "repealed_law", limit: maxLegalReferenceLength))
      }
      return LawRegister.builtIn.repealedLaw(citedIn: text).map(lawValue) ?? .null
    }
  ]

  /// A register entry as the map `repealed_law` answers.
  static func lawValue(_ law: LawRegister.Law) -> Value {
    func text(_ t: LocalizedText) -> Value {
      var map = MapValue()
      map.insert(.string("sv"), .string(t.sv))
      map.insert(.string("en"), .string(t.en))
      return .map(map)
    }
    var map = MapValue()
    map.insert(.string("sfs"), .string(law.sfs))
    map.insert(.string("name"), text(law.name))
    map.insert(.string("short"), text(law.short))
    map.insert(.string("in_force"), law.inForce.map(Value.date) ?? .null)
    map.insert(.string("repealed"), law.repealed.map(Value.date) ?? .null)
    map.insert(.string("source"), law.source.map(Value.string) ?? .null)
    map.insert(
      .string("replaced_by"),
      .list(
        ListValue(
          law.replacedBy.map { replacement in
            var entry = MapValue()
            entry.insert(.string("sfs"), replacement.sfs.map(Value.string) ?? .null)
            entry.insert(.string("name"), text(replacement.name))
            entry.insert(.string("url"), replacement.url.map(Value.string) ?? .null)
            return .map(entry)
          })))
    map.insert(
      .string("replacement"),
      text(
        LocalizedText(
          sv: joined(law.replacedBy.map(\.name.sv), and: "och"),
          en: joined(law.replacedBy.map(\.name.en), and: "and"))))
    return .map(map)
  }

  /// "a", "a och b", "a, b och c".
  static func joined(_ parts: [String], and word: String) -> String {
    guard parts.count > 1 else { return parts.first ?? "" }
    return parts.dropLast().joined(separator: ", ") + " \(word) " + parts[parts.count - 1]
  }
}
