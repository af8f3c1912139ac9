import CEL
import TillitModel
import TillitYAML

/// The functions a message may call besides those of rules, each answering in the language of
/// the text it is in: a pack's Swedish message is compiled with `library(.sv)`, its English one
/// with `library(.en)`, so `{{ length(thresholds.dpia_max_age) }}` reads "tre år" in one and
/// "three years" in the other, also inside a larger expression (`'efter ' + length(p)`).
///
/// They exist only in messages: a rule's condition does not depend on the reader's language.
/// Most values need none of them, since a message renders a value by its type (see
/// `MessageTemplate`); they are for what the type does not tell (a figure that is hours, a
/// count with its noun, an id that names a role) and for text built inside an expression.
/// docs/packs.md lists them for authors of packs.
enum MessageFunctions {
  /// Slot of `ws` in every rule's activation (`RuleScope.variables`): names are looked up there.
  private static let workspaceSlot = RuleScope.variables.firstIndex(of: "ws")!

  /// The functions, by name, as docs/packs.md lists them.
  static let names = ["count", "every", "fte", "hours", "label", "length", "list", "name", "number", "percent"]

  /// Rules' functions plus these, in `language`.
  static func library(_ language: Language) -> FunctionLibrary {
    switch language {
    case .sv: return swedish
    case .en: return english
    }
  }

  private static let swedish = TillitFunctions.library.adding(functions(.sv))
  private static let english = TillitFunctions.library.adding(functions(.en))

  private static func functions(_ language: Language) -> [Function] {
    [
      // name(x): a document's or a record's name; an id of a role, forum, committee,
      // collection or follow-up by the name it has in the workspace.
      Function("name", global: [1]) { args, activation in
        .string(name(args[0], activation: activation, language))
      },
      // label(x), label(x, 'field'): a value (or each of a list) by its label.
      Function("label", global: [1, 2]) { args, _ in
        var field: String?
        if args.count == 2 {
          guard case .string(let name) = args[1] else { throw StandardLibrary.overload("label", args) }
          field = name
        }
        return .string(MessageTemplate.display(args[0], field: field, language: language, workspace: nil))
      },
      // length(p): a period as a length of time ("tre år"); CEL's own `period` makes one from text.
      Function("length", global: [1]) { args, _ in
        guard let period = period(args[0]) else { return try nothing(args, "length") }
        return .string(ValueWords.period(period, language))
      },
      Function("every", global: [1]) { args, _ in
        guard let period = period(args[0]) else { return try nothing(args, "every") }
        return .string(ValueWords.every(period, language))
      },
      Function("number", global: [1, 2]) { args, _ in
        guard let value = double(args[0]) else { return try nothing(args, "number") }
        var decimals = 2
        if args.count == 2 {
          guard case .int(let d) = args[1], d >= 0, d <= Int64(TillitFunctions.maxRoundDigits) else {
            throw StandardLibrary.overload("number", args)
          }
          decimals = Int(d)
        }
        return .string(ValueWords.decimal(value, maxDecimals: decimals, language))
      },
      // hours(x): whole hours from ten up, one decimal below ("3 888 timmar", "2,5 timmar").
      Function("hours", global: [1]) { args, _ in
        guard let value = double(args[0]) else { return try nothing(args, "hours") }
        let text = ValueWords.decimal(value, maxDecimals: abs(value) >= 10 ? 0 : 1, language)
        if text == "1" { return .string(Texts.messageHour.text(language)) }
        return .string(Texts.messageHours(hours: text).text(language))
      },
      Function("fte", global: [1]) { args, _ in
        guard let value = double(args[0]) else { return try nothing(args, "fte") }
        let text = NumberFormat.fte(value, language)
        if text == NumberFormat.fte(1, language) { return .string(Texts.messageOneFte.text(language)) }
        return .string(Texts.messageFte(fte: text).text(language))
      },
      // percent(share): 0.125 → "12,5 %".
      Function("percent", global: [1]) { args, _ in
        guard let value = double(args[0]) else { return try nothing(args, "percent") }
        let text = ValueWords.decimal(value * 100, maxDecimals: 1, language)
        return .string(Texts.messagePercent(value: text).text(language))
      },
      // count(n, 'gång', 'gånger'): the number in digits and the noun that agrees with it.
      Function("count", global: [3]) { args, _ in
        guard let value = double(args[0]), case .string(let one) = args[1], case .string(let other) = args[2] else {
          if StandardLibrary.isNothing(args[0]) { return .null }
          throw StandardLibrary.overload("count", args)
        }
        return .string(ValueWords.decimal(value, language) + " " + (value == 1 ? one : other))
      },
      // list(x): a list as a sentence lists it, each element rendered by its value.
      Function("list", global: [1]) { args, activation in
        .string(
          MessageTemplate.display(
            args[0], field: nil, language: language, workspace: activation.slots[workspaceSlot]))
      },
    ]
  }

  /// The name of a record or of an id in the workspace, in `language`; the id itself when the
  /// workspace has no such thing.
  static func name(_ value: Value, activation: Activation?, _ language: Language) -> String {
    let workspace = activation.map { $0.slots.indices.contains(workspaceSlot) ? $0.slots[workspaceSlot] : .null }
    return name(value, workspace: workspace, language)
  }

  static func name(_ value: Value, workspace: Value?, _ language: Language) -> String {
    switch value {
    case .map(let record):
      if let name = record["name"], let text = localized(name, language), !text.isEmpty { return text }
      if case .string(let id)? = record["id"] { return id }
      return MessageTemplate.display(value, field: nil, language: language, workspace: nil)
    case .string(let id):
      guard case .map(let ws)? = workspace else { return id }
      // Roles, forums and committees are named; collections and follow-ups keep their id
      // beside the name, since the reader may look for their file.
      for index in ["roles", "forums", "controllers"] {
        if case .map(let entries)? = ws[index], case .map(let entry)? = entries[.string(id)],
          let name = entry["name"].flatMap({ localized($0, language) }), !name.isEmpty
        {
          return name
        }
      }
      for index in ["collections", "followups"] {
        if case .map(let entries)? = ws[index], case .map(let entry)? = entries[.string(id)],
          case .string(let name)? = entry["name"], !name.isEmpty
        {
          return "\(name) (\(id))"
        }
      }
      return id
    case .list(let list):
      return ValueWords.list(list.items.map { name($0, workspace: workspace, language) }, language)
    default:
      return MessageTemplate.display(value, field: nil, language: language, workspace: nil)
    }
  }

  /// A text, or a `{sv, en}` text in `language`.
  static func localized(_ value: Value, _ language: Language) -> String? {
    switch value {
    case .string(let text): return text
    case .map(let map):
      // The language asked for, else the other one rather than nothing.
      for key in [language.rawValue] + Language.allCases.map(\.rawValue) {
        if case .string(let text)? = map[key] { return text }
      }
      return nil
    default: return nil
    }
  }

  private static func period(_ value: Value) -> Period? {
    switch value {
    case .period(let period): return period
    case .string(let text): return Period(text)
    default: return nil
    }
  }

  private static func double(_ value: Value) -> Double? {
    switch value {
    case .int(let i): return Double(i)
    case .uint(let u): return Double(u)
    case .double(let d): return d
    default: return nil
    }
  }

  /// Null for null or blank input, as every domain function (RULES.md §9.3); a wrong type is an error.
  private static func nothing(_ args: [Value], _ function: String) throws -> Value {
    if StandardLibrary.isNothing(args[0]) { return .null }
    throw StandardLibrary.overload(function, args)
  }
}
