import CEL

extension BurdenCalendar {
  /// Month names as an official writes them in running text (lower case in Swedish).
  public static let monthNames: [(sv: String, en: String)] = [
    ("januari", "January"), ("februari", "February"), ("mars", "March"), ("april", "April"), ("maj", "May"),
    ("juni", "June"), ("juli", "July"), ("augusti", "August"), ("september", "September"),
    ("oktober", "October"), ("november", "November"), ("december", "December"),
  ]

  /// `facts.role_burden[role].peak` for BUR-15: the role's heaviest month with its name in
  /// both languages and the processes that meet there, or null for a year without hours.
  /// The thresholds stay in the rule; the facts only say which month is heaviest.
  static func peakFact(_ year: RoleYear?) -> Value {
    guard let year, let month = year.peakMonth else { return .null }
    let names = monthNames[month - 1]
    return .object([
      "month": .int(Int64(month)), "hours": .double(year.hours[month - 1]),
      "name": .object(["sv": .string(names.sv), "en": .string(names.en)]),
      "processes": .list(
        ListValue(
          year.processes[month - 1].map { .string($0.name.isEmpty ? $0.followUpID : "\($0.name) (\($0.followUpID))") })),
    ])
  }
}
