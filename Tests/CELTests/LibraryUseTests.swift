import CEL
import Testing

/// The library as another program uses it (only its public interface, no `@testable`): the
/// example of docs/cel.md.
@Suite struct LibraryUseTests {
  /// A program's own record, read lazily.
  struct Ticket: LazyRecord {
    let priority: Int
    let tags: [String]
    var fieldNames: [String] { ["priority", "tags"] }
    func field(_ name: String) -> Value? {
      switch name {
      case "priority": return .int(Int64(priority))
      case "tags": return .list(ListValue(tags.map(Value.string)))
      default: return nil
      }
    }
  }

  @Test func aProgramAddsAFunctionAndEvaluatesOverItsOwnRecords() throws {
    let shout = Function("shout", global: [1]) { arguments, _ in
      guard case .string(let text) = arguments[0] else { throw StandardLibrary.overload("shout", arguments) }
      return .string(text.uppercased() + "!")
    }
    let library = FunctionLibrary.standard.adding([shout])
    let rule = try CompiledExpression(
      "ticket.priority > 2 && 'urgent' in ticket.tags ? shout('page') : 'wait'", variables: ["ticket"],
      functions: library)
    let today = try #require(CalendarDate("2026-12-01"))
    let urgent = Value.map(MapValue(record: Ticket(priority: 3, tags: ["urgent"])))
    #expect(try rule.evaluate(["ticket": urgent], today: today) == .string("PAGE!"))
    let calm = Value.map(MapValue(record: Ticket(priority: 1, tags: [])))
    #expect(try rule.evaluate(["ticket": calm], today: today) == .string("wait"))
    #expect(rule.references.fields["ticket"] == ["priority", "tags"])
  }

  @Test func anUnknownFunctionIsACompileErrorAtItsPlace() {
    do {
      _ = try CompiledExpression("1 + shout('x')")
      Issue.record("compiled")
    } catch {
      #expect(error.range.lowerBound == 4)
      #expect(error.message.en == "unknown function 'shout'")
    }
  }
}
