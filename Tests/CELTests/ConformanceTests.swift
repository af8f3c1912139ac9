import Foundation
import Testing
import TillitTestSupport

@testable import CEL

/// Runs the official CEL conformance cases (`../shared/cel-conformance/`, read in place) and
/// holds the interpreter to at least 99 % of the core cases. Every case that still fails must
/// be listed, with its reason, in `Tests/Fixtures/ConformanceKnownFailures.txt`; a listed
/// case that passes again must be taken off the list.
@Suite struct ConformanceTests {
  // Tests/CELTests/ConformanceTests.swift → the repository's parent folder.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/cel-conformance")

  struct Case: Decodable {
    var id: String
    var expr: String
    var bindings: [String: Tagged]?
    var expected: Tagged?
    var error: Bool
    var disableCheck: Bool

    enum CodingKeys: String, CodingKey {
      case id, expr, bindings, expected, error
      case disableCheck = "disable_check"
    }
  }

  /// A tagged JSON value as the cases write them: `{"int": "-5"}`, `{"list": [...]}`.
  struct Tagged: Decodable {
    var value: Value

    init(from decoder: Decoder) throws {
      let container = try decoder.container(keyedBy: AnyKey.self)
      guard let key = container.allKeys.first else {
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "empty value"))
      }
      switch key.stringValue {
      case "int": value = .int(Int64(try container.decode(String.self, forKey: key))!)
      case "uint": value = .uint(UInt64(try container.decode(String.self, forKey: key))!)
      case "double":
        if let text = try? container.decode(String.self, forKey: key) {
          value = .double(text == "NaN" ? .nan : text == "Infinity" ? .infinity : -.infinity)
        } else {
          value = .double(try container.decode(Double.self, forKey: key))
        }
      case "string": value = .string(try container.decode(String.self, forKey: key))
      case "bytes": value = .bytes(Array(Data(base64Encoded: try container.decode(String.self, forKey: key))!))
      case "bool": value = .bool(try container.decode(Bool.self, forKey: key))
      case "null": value = .null
      case "list": value = .list(try container.decode([Tagged].self, forKey: key).map(\.value))
      case "map":
        var map = MapValue()
        for pair in try container.decode([[Tagged]].self, forKey: key) { map.insert(pair[0].value, pair[1].value) }
        value = .map(map)
      case "type":
        let name = try container.decode(String.self, forKey: key)
        value = .type(ValueType.byName[name] ?? .named(name))
      case "timestamp": value = .timestamp(Timestamp(rfc3339: try container.decode(String.self, forKey: key))!)
      case "duration": value = .duration(Duration(text: try container.decode(String.self, forKey: key))!)
      default:
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: key.stringValue))
      }
    }
  }

  struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// The upstream matching rules: kinds must match exactly, doubles numerically (NaN matches
  /// NaN), lists in order, maps as sets of entries, types by name.
  static func matches(_ actual: Value, _ expected: Value) -> Bool {
    switch (actual, expected) {
    case (.double(let a), .double(let b)): return a == b || (a.isNaN && b.isNaN)
    case (.int(let a), .int(let b)): return a == b
    case (.uint(let a), .uint(let b)): return a == b
    case (.list(let a), .list(let b)):
      return a.items.count == b.items.count && zip(a.items, b.items).allSatisfy { matches($0, $1) }
    case (.map(let a), .map(let b)):
      guard a.count == b.count else { return false }
      for (key, value) in zip(b.keys, b.values) {
        guard let index = a.keys.firstIndex(where: { matches($0, key) }), matches(a.values[index], value) else {
          return false
        }
      }
      return true
    case (.int, _), (.uint, _), (.double, _), (.list, _), (.map, _): return false
    default: return actual.type.name == expected.type.name && Value.equal(actual, expected)
    }
  }

  /// Nil when the case passes, else why not.
  static func run(_ testCase: Case) -> String? {
    let names = (testCase.bindings ?? [:]).keys.sorted()
    let program: CompiledExpression
    do {
      program = try CompiledExpression(testCase.expr, variables: names, strict: !testCase.disableCheck)
    } catch {
      return testCase.error ? nil : "does not compile: \(error.message.en)"
    }
    let bindings = (testCase.bindings ?? [:]).mapValues(\.value)
    do {
      let result = try program.evaluate(bindings, today: CalendarDate("2025-01-01")!)
      if testCase.error { return "expected an error, got \(result)" }
      guard let expected = testCase.expected?.value else { return "no expected value" }
      return matches(result, expected) ? nil : "expected \(expected), got \(result)"
    } catch {
      return testCase.error ? nil : "error: \(error.message.en)"
    }
  }

  static func load(_ name: String) throws -> [Case]? {
    let url = folder.appendingPathComponent(name)
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    return try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
  }

  static func knownFailures() throws -> [String: String] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/ConformanceKnownFailures.txt")
    var table: [String: String] = [:]
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.isEmpty || text.hasPrefix("#") { continue }
      let parts = text.components(separatedBy: " — ")
      table[parts[0]] = parts.count > 1 ? parts[1] : ""
    }
    return table
  }

  @Test func atLeastNinetyNinePercentOfTheCoreCasesPassAndEveryFailureIsListed() throws {
    guard SharedFolder.isPresent(Self.folder.appendingPathComponent("cases.json")),
      let core = try Self.load("cases.json")
    else { return }
    let timestamps = try Self.load("timestamps.json") ?? []
    let known = try Self.knownFailures()
    var failures: [String: String] = [:]
    var corePassed = 0
    for testCase in core {
      if let reason = Self.run(testCase) { failures[testCase.id] = reason } else { corePassed += 1 }
    }
    var timestampsPassed = 0
    for testCase in timestamps {
      if let reason = Self.run(testCase) { failures[testCase.id] = reason } else { timestampsPassed += 1 }
    }
    let share = Double(corePassed) / Double(core.count)
    print(
      "CEL conformance: core \(corePassed)/\(core.count) (\(String(format: "%.1f", share * 100)) %), "
        + "timestamps \(timestampsPassed)/\(timestamps.count)")
    #expect(share >= 0.99, "only \(corePassed) of \(core.count) core cases pass")
    for (id, reason) in failures.sorted(by: { $0.key < $1.key }) where known[id] == nil {
      Issue.record("\(id) fails and is not in ConformanceKnownFailures.txt: \(reason)")
    }
    for id in known.keys.sorted() where failures[id] == nil {
      Issue.record("\(id) passes now: take it off ConformanceKnownFailures.txt")
    }
  }
}
